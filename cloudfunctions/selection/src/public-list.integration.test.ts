// The public list of a campaign's candidates through the built `selection` function: each approved candidate's
// 编号, the list by 编号 or as a 排行榜 by votes, a search by 编号, and a campaign that hides its counts refusing to
// show their order.
import { randomUUID } from 'node:crypto';
import { data, error, startSeededCloud, type SeededCloud } from '../../../test-support/seeded-cloud';
import { DONGCHENG_WORKERS, openVotingCampaign, type VotingCampaign } from '../../../test-support/voting-campaign';
import { selectionContract } from '../../../src/shared/contracts/selection';
import { voteContract } from '../../../src/shared/contracts/vote';

let env: SeededCloud;
let live: VotingCampaign;
let hidden: VotingCampaign;

beforeAll(async () => {
  env = await startSeededCloud();
  live = await openVotingCampaign(env, { votesPerDay: 3, workers: DONGCHENG_WORKERS.slice(0, 4) });
  hidden = await openVotingCampaign(env, {
    votesPerDay: 3,
    workers: DONGCHENG_WORKERS.slice(0, 4),
    title: '2026年度东城区不公布票数工匠',
    countsVisibility: 'hidden',
  });
  // Votes: the third candidate 3, the second 2, the fourth 1, the first none — the same in both campaigns.
  for (const campaign of [live, hidden]) {
    for (const [voter, picks] of [
      ['voter-a', [2, 1, 3]],
      ['voter-b', [2, 1]],
      ['voter-c', [2]],
    ] as const) {
      for (const i of picks) {
        const answer = await env.call(
          voteContract,
          'cast',
          { campaignId: campaign.campaignId, candidateIds: [campaign.candidates[i]!.id], requestId: randomUUID() },
          voter,
        );
        if (!answer.ok) throw new Error(answer.error.message);
      }
    }
  }
}, 90_000);
afterAll(() => env.close());

interface Listed {
  id: string;
  number: number | null;
  name: string;
  votes: number | null;
}

const list = async (input: Record<string, unknown>) =>
  data(await env.call(selectionContract, 'candidates', input as never, 'persona-public')).candidates as Listed[];

describe('the public list of candidates', () => {
  it('gives each approved candidate the next 编号 of its campaign, and lists them by 编号', async () => {
    const byNumber = await list({ campaignId: live.campaignId });
    expect(byNumber.map((c) => c.number)).toEqual([1, 2, 3, 4]);
    expect(byNumber.map((c) => c.id)).toEqual(live.candidates.map((c) => c.id));
    // Each campaign counts its own.
    expect((await list({ campaignId: hidden.campaignId })).map((c) => c.number)).toEqual([1, 2, 3, 4]);
    const one = data(
      await env.call(selectionContract, 'candidate', { candidateId: live.candidates[2]!.id }, 'persona-public'),
    );
    expect(one.number).toBe(3);
  });

  it('never gives two candidates one 编号, however many approvals race', async () => {
    const racing = await openVotingCampaign(env, {
      votesPerDay: 3,
      workers: DONGCHENG_WORKERS,
      title: '2026年度东城区编号竞速工匠',
      unreviewed: true,
    });
    const answers = await Promise.all(
      racing.candidates.map(({ id }) =>
        env.call(
          selectionContract,
          'reviewNomination',
          { candidateId: id, decision: 'approve' },
          'persona-city-staff',
        ),
      ),
    );
    const numbers = answers.map((answer) => (data(answer) as { number: number | null }).number);
    expect([...numbers].sort((a, b) => a! - b!)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('ranks by votes where the counts are public (排行榜), ties in 编号 order', async () => {
    const ranked = await list({ campaignId: live.campaignId, order: 'votes' });
    expect(ranked.map((c) => [c.number, c.votes])).toEqual([
      [3, 3],
      [2, 2],
      [4, 1],
      [1, 0],
    ]);
    // One category's ranking (candidates alternate between the two categories).
    const k1 = await list({ campaignId: live.campaignId, order: 'votes', categoryId: 'k1' });
    expect(k1.map((c) => c.number)).toEqual([3, 1]);
  });

  it('finds a candidate by 编号, written with or without its leading zeros, and by name as before', async () => {
    for (const keyword of ['2', '002']) {
      expect((await list({ campaignId: live.campaignId, keyword })).map((c) => c.number)).toEqual([2]);
    }
    expect(await list({ campaignId: live.campaignId, keyword: '99' })).toEqual([]);
    const [third] = await list({ campaignId: live.campaignId, keyword: '3' });
    expect(await list({ campaignId: live.campaignId, keyword: third!.name.slice(0, 2) })).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: third!.id })]),
    );
  });

  it('never shows the order of counts a campaign hides: no 排行榜, and its list by 编号 says nothing of votes', async () => {
    expect(
      error(
        await env.call(
          selectionContract,
          'candidates',
          { campaignId: hidden.campaignId, order: 'votes' },
          'persona-public',
        ),
      ),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'order',
      message: '这个评选现在不公布票数，不能按票数排列',
    });
    const listed = await list({ campaignId: hidden.campaignId });
    expect(listed.map((c) => c.number)).toEqual([1, 2, 3, 4]);
    expect(listed.every((c) => c.votes === null)).toBe(true);
    // A search by 编号 or by name answers in 编号 order too.
    const searched = await list({ campaignId: hidden.campaignId, keyword: '东' });
    const numbers = searched.map((c) => c.number!);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });

  it('refuses an order it does not know, naming the field', async () => {
    expect(
      error(
        await env.call(
          selectionContract,
          'candidates',
          { campaignId: live.campaignId, order: 'name' } as never,
          'persona-public',
        ),
      ),
    ).toMatchObject({ code: 'INVALID_INPUT', field: 'order', message: '字段 order：排序方式只能是按编号或按票数' });
  });
});
