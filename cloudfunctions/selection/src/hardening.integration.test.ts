// What someone who should not change a selection's result tried, through the gateway against the demo city, and
// how each attempt now ends: an expert put on a panel by a union that does not run the campaign, a revoked expert's
// scores still counting, a tally altered behind the functions' back (which holds the result until the organisers
// repair it), thirty simultaneous objections from one person, and staff acting on what concerns themselves.
import { randomUUID } from 'node:crypto';
import { localAdminApp } from 'cloudbase-local/admin-app';
import { voterHash } from '../../../server/selection/votes';
import { accountContract } from '../../../src/shared/contracts/account';
import { selectionContract } from '../../../src/shared/contracts/selection';
import { unionContract } from '../../../src/shared/contracts/union';
import { voteContract } from '../../../src/shared/contracts/vote';
import type { RankedRow } from '../../../src/shared/selection/ranking';
import type { Stage } from '../../../src/shared/selection/stages';
import { callerOf, data, error, startSeededCloud, type SeededCloud } from '../../../test-support/seeded-cloud';
import { openVotingCampaign, type VotingCampaign } from '../../../test-support/voting-campaign';

let env: SeededCloud;
const selection = callerOf(selectionContract, () => env);
const union = callerOf(unionContract, () => env);
const city = 'persona-city-staff';
const dongcheng = 'persona-district-staff';
const xihu = 'demo-staff-xihu';
const DAY = 86_400_000;

const userIdOf = async (openid: string) => data(await env.call(accountContract, 'me', {}, openid)).userId as string;
const advance = (campaign: VotingCampaign, from: Stage, by = city) =>
  selection('advanceStage', { campaignId: campaign.campaignId, from, reason: '按计划推进' }, by);
const vote = (campaign: VotingCampaign, pick: number, openid: string) =>
  env.call(
    voteContract,
    'cast',
    { campaignId: campaign.campaignId, candidateIds: [campaign.candidates[pick]!.id], requestId: randomUUID() },
    openid,
  );
const grantExpert = (campaignId: string, userId: string, by: string) =>
  union('grantRole', { role: 'expert', userId, campaignId, reason: '评审专家库' }, by);
const score = (campaign: VotingCampaign, pick: number, points: number, expert: string) =>
  selection(
    'submitScore',
    { campaignId: campaign.campaignId, candidateId: campaign.candidates[pick]!.id, points: [points] },
    expert,
  );

beforeAll(async () => {
  env = await startSeededCloud();
}, 30_000);
afterAll(() => env.close());

describe('an expert panel', () => {
  let campaign: VotingCampaign;
  beforeAll(async () => {
    campaign = await openVotingCampaign(env, {
      orgId: 'org-dongcheng',
      votesPerDay: 3,
      workers: ['persona-worker', 'demo-zhou'],
      title: '东城区最美工匠',
    });
    data(await vote(campaign, 0, 'panel-voter-1'));
    data(await vote(campaign, 1, 'panel-voter-2'));
  }, 60_000);

  it('is set by the campaign’s organisers only, on a campaign that exists, and they can take a grant back', async () => {
    const xihuWorker = await userIdOf('demo-mw-build');
    // 西湖区's staff manage the person but do not run 东城区's campaign.
    expect(error(await grantExpert(campaign.campaignId, xihuWorker, xihu))).toMatchObject({ code: 'FORBIDDEN' });
    expect(error(await grantExpert('no-such-campaign', await userIdOf('persona-worker'), dongcheng))).toMatchObject({
      code: 'NOT_FOUND',
      field: 'campaignId',
    });
    // The city, over both, may put 西湖's worker on 东城's panel; 东城 (the organiser) can take it back.
    const granted = data(await grantExpert(campaign.campaignId, xihuWorker, city));
    expect(data(await union('revokeRole', { grantId: granted.id, reason: '回避调整' }, dongcheng))).toEqual({});
    // Nobody grants themselves, and a nominee is not on their own campaign's panel.
    expect(error(await grantExpert(campaign.campaignId, await userIdOf(dongcheng), dongcheng))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(error(await grantExpert(campaign.campaignId, await userIdOf('persona-worker'), city))).toMatchObject({
      code: 'CONFLICT',
      field: 'userId',
    });
  });

  it('is logged by names people read: the campaign’s title and the category’s name, never their ids', async () => {
    const log = data(await union('auditLog', {}, city));
    const entries = log.entries as Array<{ action: string; before: unknown; after: unknown }>;
    const granted = entries.find((entry) => entry.action === 'grant.expert');
    expect(granted?.after).toMatchObject({ campaign: '东城区最美工匠' });
    const nominated = entries.find((entry) => entry.action === 'nomination.create');
    expect(nominated?.after).toEqual({ category: expect.stringMatching(/^(制造业|服务业)$/) });
    const shown = JSON.stringify(entries.map((entry) => [entry.before, entry.after]));
    expect(shown).not.toContain(campaign.campaignId);
    // A category's id may sit inside a category beside its name (the log shows the name); never as a value alone.
    expect(shown).not.toMatch(/"(?!id")\w+":"k\d+"/);
  });

  it('counts only the scores of experts still on it: progress and the result follow a revocation', async () => {
    // The experts work outside 东城区, so the city puts them on the panel; 东城, the organiser, may revoke them.
    const kept = data(await grantExpert(campaign.campaignId, await userIdOf('persona-expert'), city));
    const revoked = data(await grantExpert(campaign.campaignId, await userIdOf('demo-expert-2'), city));
    expect(kept.role).toBe('expert');
    data(await advance(campaign, 'voting'));
    for (const pick of [0, 1]) data(await score(campaign, pick, 60 + pick * 10, 'persona-expert'));
    // The second expert scores all-zero, then their grant is revoked.
    for (const pick of [0, 1]) data(await score(campaign, pick, 0, 'demo-expert-2'));
    data(await union('revokeRole', { grantId: revoked.id, reason: '专家利益冲突' }, dongcheng));
    const progress = data(await selection('scoringProgress', { campaignId: campaign.campaignId }, dongcheng));
    expect(progress.experts).toEqual([{ name: '吴振华', scored: 2, finished: true }]);
    data(await advance(campaign, 'scoring'));
    const result = data(await selection('result', { campaignId: campaign.campaignId }, 'persona-public'));
    const means = result.categories.flatMap((category: { rows: RankedRow[] }) =>
      category.rows.map((row) => row.expertMean),
    );
    expect(means.sort()).toEqual([60, 70]);
    // Once the result is out the panel is frozen with it.
    expect(error(await grantExpert(campaign.campaignId, await userIdOf('demo-expert-2'), city))).toMatchObject({
      code: 'CONFLICT',
      field: 'campaignId',
    });
  });
});

describe('a result that rests on altered figures', () => {
  let campaign: VotingCampaign;
  beforeAll(async () => {
    campaign = await openVotingCampaign(env, {
      votesPerDay: 3,
      workers: ['demo-zhou', 'demo-mw-power'],
      title: '计票核对评选',
    });
    for (let v = 0; v < 5; v++) data(await vote(campaign, 0, `count-voter-${v}`));
    data(await vote(campaign, 1, 'count-voter-9'));
    data(await grantExpert(campaign.campaignId, await userIdOf('persona-expert'), city));
  }, 60_000);

  it('is held until the organisers repair it: refused by hand, held by the clock, rebuilt with a reason', async () => {
    const weakest = campaign.candidates[1]!.id;
    const admin = localAdminApp(env.cloud.url).database();
    // Votes untouched; only the weighted tally, which decides the ranking, raised.
    await admin.collection('candidates').doc(weakest).update({ weighted: 100000 });
    expect(
      error(await selection('rebuildCounts', { campaignId: campaign.campaignId, reason: '核实' }, city)).message,
    ).toContain('投票还在进行');
    data(await advance(campaign, 'voting'));
    for (const pick of [0, 1]) data(await score(campaign, pick, 80, 'persona-expert'));
    const refused = error(await advance(campaign, 'scoring'));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toMatch(/加权票数（记录 100000，重算 1）/);

    // At the result's date the clock cannot move it either: it records why, and tells the organisers' log.
    const staffView = async () =>
      data(await selection('staffCampaign', { campaignId: campaign.campaignId }, city)) as {
        stage: string;
        countHold: { summary: string } | null;
        schedule: { result: string };
      };
    const before = env.now();
    env.cloud.clock.set(Date.parse((await staffView()).schedule.result) + 60_000);
    try {
      const tick = (await env.cloud.timers.fire('selection-clock', 'everyMinute')) as { held: string[] };
      expect(tick.held).toContain(campaign.campaignId);
      expect((await staffView()).countHold?.summary).toMatch(/加权票数/);
      const recount = data(await selection('recount', { campaignId: campaign.campaignId }, city));
      expect(recount.hold).not.toBeNull();
      expect(recount.differences.map((row: { figure: string }) => row.figure)).toEqual(['weighted']);
      const log = data(await union('auditLog', {}, city));
      expect(log.entries.find((entry: { action: string }) => entry.action === 'campaign.countHold')).toMatchObject({
        actorName: '系统（按日程）',
      });

      // 按投票记录重算: repaired, audited, the hold lifted; the next tick produces the result.
      expect(
        error(
          await selection('rebuildCounts', { campaignId: campaign.campaignId, reason: '核实' }, 'demo-staff-xihu'),
        ).code,
      ).toBe('FORBIDDEN');
      const rebuilt = data(
        await selection(
          'rebuildCounts',
          { campaignId: campaign.campaignId, reason: '核实为数据被改动，按投票记录恢复' },
          city,
        ),
      );
      expect(rebuilt).toEqual({ repaired: 1, remaining: [] });
      const after = data(await union('auditLog', {}, city));
      expect(after.entries[0]).toMatchObject({
        action: 'counts.rebuild',
        reason: '核实为数据被改动，按投票记录恢复',
      });
      expect((await staffView()).countHold).toBeNull();
      await env.cloud.timers.fire('selection-clock', 'everyMinute');
      expect((await staffView()).stage).toBe('result');
      const result = data(await selection('result', { campaignId: campaign.campaignId }, 'persona-public'));
      const rows = result.categories.flatMap((category: { rows: RankedRow[] }) => category.rows);
      expect(rows.find((row: RankedRow) => row.candidateId === weakest)!.votePoints).toBe(100);
    } finally {
      env.cloud.clock.set(before);
    }
  });

  it('takes at most five objections from one person, however many arrive at once', async () => {
    const admin = localAdminApp(env.cloud.url).database();
    await admin
      .collection('campaigns')
      .doc(campaign.campaignId)
      .update({ stage: 'publicity', publicityEndsAt: new Date(env.now().getTime() + 5 * DAY) });
    const lodge = (n: number) =>
      selection(
        'lodgeObjection',
        {
          campaignId: campaign.campaignId,
          name: '张先生',
          contact: '13800001234',
          reason: `第${n}条异议：获奖时间与事实不符，请核查。`,
        },
        'objection-storm',
      );
    const answers = await Promise.all(Array.from({ length: 30 }, (_, n) => lodge(n)));
    expect(answers.filter((answer) => answer.ok)).toHaveLength(5);
    expect(answers.filter((answer) => !answer.ok).map((answer) => error(answer).code)).toEqual(
      Array(25).fill('RATE_LIMITED'),
    );
    const mine = data(await selection('myObjections', { campaignId: campaign.campaignId }, 'objection-storm'));
    expect(mine.objections).toHaveLength(5);
  });
});

describe('recusal', () => {
  it('refuses staff voiding their own votes and disqualifying themselves, saying why', async () => {
    const campaign = await openVotingCampaign(env, {
      orgId: 'org-dongcheng',
      votesPerDay: 3,
      workers: ['persona-district-staff', 'demo-mw-power'],
      title: '东城区回避测试评选',
    });
    data(await vote(campaign, 1, dongcheng));
    const salt = (
      env.cloud.database.store.collection('campaigns').docs.get(campaign.campaignId) as unknown as {
        voterSalt: string;
      }
    ).voterSalt;
    const own = error(
      await selection(
        'voidVoter',
        { campaignId: campaign.campaignId, voter: voterHash(salt, dongcheng), reason: '清理自己的票' },
        dongcheng,
      ),
    );
    expect(own).toMatchObject({ code: 'FORBIDDEN', field: 'voter' });
    expect(own.message).toContain('回避');
    const self = error(
      await selection('disqualify', { candidateId: campaign.candidates[0]!.id, reason: '本人放弃' }, dongcheng),
    );
    expect(self).toMatchObject({ code: 'FORBIDDEN', field: 'candidateId' });
    // A colleague above may.
    data(await selection('disqualify', { candidateId: campaign.candidates[0]!.id, reason: '本人申请放弃' }, city));
  });
});
