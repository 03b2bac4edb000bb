// What staff do about brushing, and how anyone checks the counts: zeroing a flagged candidate's suspect votes,
// voiding an account, disqualifying a candidate, recounting every tally from the stored votes (which catches a
// tally altered behind the functions' back), and the vote log with voters as per-campaign hashes.
import { randomUUID } from 'node:crypto';
import { localAdminApp } from 'cloudbase-local/admin-app';
import { data, startSeededCloud, type SeededCloud } from '../../../test-support/seeded-cloud';
import { DONGCHENG_WORKERS, openVotingCampaign, type VotingCampaign } from '../../../test-support/voting-campaign';
import { selectionContract } from '../../../src/shared/contracts/selection';
import { unionContract } from '../../../src/shared/contracts/union';
import { voteContract } from '../../../src/shared/contracts/vote';
import type { ActionInput, ActionName } from '../../../src/shared/contracts/contract';

let env: SeededCloud;
let campaign: VotingCampaign;
const staff = 'persona-city-staff';

beforeAll(async () => {
  env = await startSeededCloud();
  campaign = await openVotingCampaign(env, { votesPerDay: 3, workers: DONGCHENG_WORKERS.slice(0, 4) });
}, 60_000);
afterAll(() => env.close());

const selection = <A extends ActionName<typeof selectionContract>>(
  action: A,
  input: ActionInput<typeof selectionContract, A>,
  openid = staff,
) => env.call(selectionContract, action, input, openid);
const vote = (picks: number, openid: string) =>
  env.call(
    voteContract,
    'cast',
    { campaignId: campaign.campaignId, candidateIds: [campaign.candidates[picks]!.id], requestId: randomUUID() },
    openid,
  );
const displayed = async (i: number) =>
  data(await selection('candidate', { candidateId: campaign.candidates[i]!.id }, 'persona-public')).votes as number;

describe('integrity of the count', () => {
  beforeAll(async () => {
    // Organic voters spread their three votes; 40 fresh accounts then each vote once for candidate 0.
    for (let v = 0; v < 30; v++) for (const pick of [0, 1, 2]) data(await vote((pick + v) % 4, `organic-${v}`));
    await Promise.all(Array.from({ length: 40 }, (_, i) => vote(0, `fresh-${i}`).then(data)));
    await env.cloud.gateway.journal.idle();
  });

  it('zeroes the votes a brushing flag points at, visibly, and logs it', async () => {
    const { flags } = (await env.cloud.timers.fire('selection-clock', 'everyMinute')) as { flags: string[] };
    expect(flags).toHaveLength(1);
    const listed = data(await selection('listFlags', { campaignId: campaign.campaignId, status: 'open' }));
    expect(listed.flags[0]).toMatchObject({
      candidateId: campaign.candidates[0]!.id,
      kind: 'new-account-cluster',
      evidence: { newVoters: 40 },
    });
    const before = await displayed(0);
    expect(
      data(await selection('zeroFlagged', { flagId: listed.flags[0]!.id, reason: '新注册账号集中投票，判定为刷票' })),
    ).toEqual({ voided: 40 });
    expect(await displayed(0)).toBe(before - 40);
    // A second press changes nothing: those votes are no longer counted.
    expect(data(await selection('zeroFlagged', { flagId: listed.flags[0]!.id, reason: '重复操作' }))).toEqual({
      voided: 0,
    });
    expect(data(await selection('recount', { campaignId: campaign.campaignId })).differences).toEqual([]);
    const log = data(await env.call(unionContract, 'auditLog', {}, staff));
    expect(log.entries[0]).toMatchObject({ action: 'votes.zeroFlagged', reason: '重复操作' });
    expect(log.entries[1]).toMatchObject({ action: 'votes.zeroFlagged', after: { status: 'actioned', voided: 40 } });
  });

  it('voids one account’s votes from the exported log, which names no one', async () => {
    const exported = data(await selection('exportVotes', { campaignId: campaign.campaignId }));
    expect(JSON.stringify(exported)).not.toMatch(/organic-|fresh-|openid/);
    const voter = exported.votes.find((row: { counted: boolean }) => row.counted)!.voter;
    const theirs = exported.votes.filter(
      (row: { voter: string; counted: boolean }) => row.voter === voter && row.counted,
    );
    const totals = await Promise.all(campaign.candidates.map((_, i) => displayed(i)));
    expect(
      data(
        await selection('voidVoter', { campaignId: campaign.campaignId, voter, reason: '该账号被举报为机器账号' }),
      ),
    ).toEqual({
      voided: theirs.length,
    });
    const after = await Promise.all(campaign.candidates.map((_, i) => displayed(i)));
    expect(totals.reduce((a, b) => a + b, 0) - after.reduce((a, b) => a + b, 0)).toBe(theirs.length);
    expect(data(await selection('recount', { campaignId: campaign.campaignId })).differences).toEqual([]);
  });

  it('recount reports exactly the candidate whose stored tally was altered', async () => {
    const altered = campaign.candidates[2]!;
    const real = await displayed(2);
    await localAdminApp(env.cloud.url)
      .database()
      .collection('candidates')
      .doc(altered.id)
      .update({ votes: real + 500 });
    const report = data(await selection('recount', { campaignId: campaign.campaignId }));
    expect(report.differences).toEqual([
      {
        figure: 'votes',
        subjectId: altered.id,
        label: expect.stringMatching(/ · 票数$/),
        stored: real + 500,
        recounted: real,
      },
    ]);
    await localAdminApp(env.cloud.url).database().collection('candidates').doc(altered.id).update({ votes: real });
  });

  it('disqualifies a candidate with a reason: gone from the public list, logged', async () => {
    const target = campaign.candidates[3]!;
    expect(
      data(await selection('disqualify', { candidateId: target.id, reason: '经查实存在组织刷票行为' })),
    ).toMatchObject({ status: 'disqualified' });
    const visible = data(await selection('candidates', { campaignId: campaign.campaignId }, 'persona-public'));
    expect(visible.candidates.map((c: { id: string }) => c.id)).not.toContain(target.id);
    expect(data(await env.call(unionContract, 'auditLog', {}, staff)).entries[0]).toMatchObject({
      action: 'candidate.disqualify',
      reason: '经查实存在组织刷票行为',
    });
  });
});
