// Public voting through the built `vote` function: quotas, one vote per candidate a day, retries, ballots of K,
// risk ranks, and the cost of a vote in database operations.
import { createHash, randomUUID } from 'node:crypto';
import { localAdminApp } from 'cloudbase-local/admin-app';
import { beijingDay } from '../../../src/shared/time/beijing';
import { data, error, startSeededCloud, type SeededCloud } from '../../../test-support/seeded-cloud';
import { DONGCHENG_WORKERS, openVotingCampaign, type VotingCampaign } from '../../../test-support/voting-campaign';
import { selectionContract } from '../../../src/shared/contracts/selection';
import { voteContract } from '../../../src/shared/contracts/vote';

let env: SeededCloud;
let single: VotingCampaign;
let ballots: VotingCampaign;

beforeAll(async () => {
  env = await startSeededCloud();
  env.cloud.wechat.setRules({ riskRank: { 'voter-rank4': 4, 'voter-rank3': 3 } });
  single = await openVotingCampaign(env, { votesPerDay: 3, workers: DONGCHENG_WORKERS });
  ballots = await openVotingCampaign(env, {
    votesPerDay: 4,
    ballotSize: 2,
    workers: DONGCHENG_WORKERS.slice(0, 4),
    title: '2026年度东城最美工匠',
  });
}, 60_000);
afterAll(() => env.close());

const cast = (campaign: VotingCampaign, picks: number[], openid: string, requestId = randomUUID()) =>
  env.call(
    voteContract,
    'cast',
    { campaignId: campaign.campaignId, candidateIds: picks.map((i) => campaign.candidates[i]!.id), requestId },
    openid,
  );
const tally = (campaign: VotingCampaign, i: number) =>
  env.cloud.database.store.collection('candidates').docs.get(campaign.candidates[i]!.id) as unknown as {
    votes: number;
    weighted: number;
  };
const lastOps = () => env.cloud.gateway.journal.recent(1)[0]!;

describe('casting votes', () => {
  it('lets anyone with WeChat vote, says what is left, and costs three operations once the day has started', async () => {
    const first = data(await cast(single, [0], 'persona-public'));
    expect(first).toMatchObject({
      accepted: true,
      quota: 3,
      remaining: 2,
      votedFor: [single.candidates[0]!.id],
      ballotSize: null,
    });
    const second = data(await cast(single, [1], 'persona-public'));
    expect(second.remaining).toBe(1);
    expect(lastOps()).toMatchObject({ name: 'vote', action: 'cast', dbOps: 3, wxCalls: 0 });
    expect(tally(single, 0).votes).toBe(1);
    expect(
      data(await env.call(voteContract, 'today', { campaignId: single.campaignId }, 'persona-public')),
    ).toMatchObject({
      remaining: 1,
    });
  });

  it('refuses a second vote for the same candidate the same day, and a vote beyond the quota, with clear messages', async () => {
    const voter = 'voter-quota';
    data(await cast(single, [0], voter));
    expect(error(await cast(single, [0], voter))).toMatchObject({
      code: 'CONFLICT',
      message: '今天已经给这位候选人投过票了，明天再来吧',
      field: 'candidateIds',
    });
    data(await cast(single, [1], voter));
    data(await cast(single, [2], voter));
    expect(error(await cast(single, [3], voter))).toMatchObject({
      code: 'CONFLICT',
      message: '今天的3票已经投完了，明天再来吧',
    });
    expect(data(await env.call(voteContract, 'today', { campaignId: single.campaignId }, voter))).toMatchObject({
      remaining: 0,
    });
  });

  it('answers a retried request again without counting it twice', async () => {
    const before = tally(single, 4).votes;
    const requestId = randomUUID();
    const answers = await Promise.all([
      cast(single, [4], 'voter-retry', requestId),
      cast(single, [4], 'voter-retry', requestId),
    ]);
    expect(answers.map((answer) => data(answer).remaining)).toEqual([2, 2]);
    const again = data(await cast(single, [4], 'voter-retry', requestId));
    expect(again).toMatchObject({ remaining: 2, votedFor: [single.candidates[4]!.id] });
    expect(tally(single, 4).votes).toBe(before + 1);
  });

  it('completes a request whose first attempt took the quota but died before storing the vote', async () => {
    const voter = 'voter-timeout';
    data(await cast(single, [0], voter)); // the voter's day starts
    // The voter's day record, found the way the function names it: the campaign's salted hash of the openid.
    const salt = (
      env.cloud.database.store.collection('campaigns').docs.get(single.campaignId) as unknown as { voterSalt: string }
    ).voterSalt;
    const dayId = `${single.campaignId}.${beijingDay(env.now())}.${createHash('sha256').update(`${salt}:${voter}`).digest('hex').slice(0, 32)}`;
    expect(env.cloud.database.store.collection('voterDays').docs.get(dayId)).toMatchObject({ used: 1 });
    // As if an attempt had reserved candidate 1 for this request and then timed out.
    const requestId = randomUUID();
    const admin = localAdminApp(env.cloud.url).database();
    const _ = admin.command;
    await admin
      .collection('voterDays')
      .doc(dayId)
      .update({
        used: _.inc(1),
        candidates: _.push([single.candidates[1]!.id]),
        requests: _.push([requestId]),
        ballots: _.push([{ requestId, candidateIds: [single.candidates[1]!.id] }]),
      });
    const before = tally(single, 1).votes;
    expect(data(await cast(single, [1], voter, requestId))).toMatchObject({ remaining: 1 });
    expect(tally(single, 1).votes).toBe(before + 1);
    // And a second retry finds it stored: nothing more.
    data(await cast(single, [1], voter, requestId));
    expect(tally(single, 1).votes).toBe(before + 1);
  });

  it('lets a request id complete only the ballot it reserved, however many calls reuse it at once', async () => {
    const voter = 'voter-replay';
    const requestId = randomUUID();
    const before = single.candidates.map((_, i) => tally(single, i).votes);
    data(await cast(single, [0], voter, requestId));
    // The same id, sent again naming each other candidate, 25 calls at once.
    const replays = await Promise.all(
      Array.from({ length: 25 }, (_, n) =>
        cast(single, [1 + (n % (single.candidates.length - 1))], voter, requestId),
      ),
    );
    for (const answer of replays) expect(error(answer)).toMatchObject({ code: 'CONFLICT', field: 'requestId' });
    const after = single.candidates.map((_, i) => tally(single, i).votes);
    expect(after.map((n, i) => n - before[i]!)).toEqual(single.candidates.map((_, i) => (i === 0 ? 1 : 0)));
    // The retry of the very ballot is still answered, and counts nothing more.
    expect(data(await cast(single, [0], voter, requestId))).toMatchObject({ remaining: 2 });
    const stored = [...env.cloud.database.store.collection('votes').docs.values()].filter(
      (vote) => vote.requestId === requestId,
    );
    expect(stored).toHaveLength(1);
  });

  it('refuses a K-pick ballot’s request id reused for other picks', async () => {
    const voter = 'voter-ballot-replay';
    const requestId = randomUUID();
    data(await cast(ballots, [0, 1], voter, requestId));
    const before = [0, 1, 2, 3].map((i) => tally(ballots, i).votes);
    expect(error(await cast(ballots, [2, 3], voter, requestId))).toMatchObject({ code: 'CONFLICT' });
    expect(error(await cast(ballots, [0, 2], voter, requestId))).toMatchObject({ code: 'CONFLICT' });
    expect([0, 1, 2, 3].map((i) => tally(ballots, i).votes)).toEqual(before);
    // The same picks in another order are the same ballot.
    data(await cast(ballots, [1, 0], voter, requestId));
    expect([0, 1, 2, 3].map((i) => tally(ballots, i).votes)).toEqual(before);
  });

  it('never exceeds the quota when one voter taps many candidates at once', async () => {
    const before = single.candidates.map((_, i) => tally(single, i).votes);
    const answers = await Promise.all(single.candidates.map((_, i) => cast(single, [i], 'voter-many-phones')));
    expect(answers.filter((answer) => answer.ok)).toHaveLength(3);
    const after = single.candidates.map((_, i) => tally(single, i).votes);
    expect(after.reduce((a, b) => a + b, 0) - before.reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('stores but never counts a voter WeChat ranks 4, and weighs rank 3 by the policy', async () => {
    const before = tally(single, 5);
    data(await cast(single, [5], 'voter-rank4'));
    expect(tally(single, 5)).toEqual(before);
    const stored = [...env.cloud.database.store.collection('votes').docs.values()].filter(
      (vote) => vote.counted === false,
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ riskRank: 4, weight: 0 });
    data(await cast(single, [5], 'voter-rank3'));
    expect(tally(single, 5)).toEqual({
      ...tally(single, 5),
      votes: before.votes + 1,
      weighted: before.weighted + 0.5,
    });
    // The rank is asked once per voter per day, not per vote.
    data(await cast(single, [4], 'voter-rank3'));
    expect(lastOps().wxCalls).toBe(0);
  });

  it('counts a ballot of exactly K picks all or nothing, for K + 2 operations', async () => {
    expect(error(await cast(ballots, [0], 'voter-ballot'))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'candidateIds',
    });
    data(await cast(ballots, [0, 1], 'voter-ballot'));
    const answer = data(await cast(ballots, [2, 3], 'voter-ballot'));
    expect(answer).toMatchObject({ remaining: 0, ballotSize: 2 });
    expect(lastOps().dbOps).toBe(4);
    const other = 'voter-ballot-2';
    data(await cast(ballots, [0, 1], other));
    const before = [0, 1, 2, 3].map((i) => tally(ballots, i).votes);
    // One of the picks was already voted for today: the whole ballot is refused.
    expect(error(await cast(ballots, [1, 2], other)).code).toBe('CONFLICT');
    expect([0, 1, 2, 3].map((i) => tally(ballots, i).votes)).toEqual(before);
    expect(
      error(
        await env.call(
          voteContract,
          'cast',
          { campaignId: ballots.campaignId, candidateIds: ['x', 'x'], requestId: randomUUID() },
          other,
        ),
      ),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'candidateIds',
    });
  });

  it('refuses votes outside the voting stage and for unknown candidates', async () => {
    expect(
      error(
        await env.call(
          voteContract,
          'cast',
          { campaignId: single.campaignId, candidateIds: ['nobody'], requestId: randomUUID() },
          'voter-x',
        ),
      ),
    ).toMatchObject({
      code: 'NOT_FOUND',
      field: 'candidateIds',
    });
    // Close voting: the next stage is expert scoring (the instance's cached campaign may lag by up to 5 seconds).
    data(
      await env.call(
        selectionContract,
        'advanceStage',
        { campaignId: single.campaignId, from: 'voting', reason: '投票结束' },
        'persona-city-staff',
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 5_100));
    expect(error(await cast(single, [0], 'voter-late')).message).toMatch(/^投票已经结束|^投票还没有开始/);
  }, 20_000);
});
