// How a stage changes (`advance`), in process over a local cloud: the conditions each next stage needs, one stage
// per move however many movers race, rules frozen when voting opens, and the ranking frozen on entering the result.
import { campaignRecord, candidateRecord, voteRecord } from '../../test-support/selection-records';
import { localDb } from '../../test-support/in-process';
import { startSeededCloud, type SeededCloud } from '../../test-support/seeded-cloud';
import type { Db } from '../kit/db';
import { grants } from '../people/grants';
import { users } from '../people/users';
import { campaigns } from './campaigns';
import { candidates } from './candidates';
import { objections } from './objections';
import { scores } from './scores';
import { chargedDays, voterDays } from './voter-days';
import { votes } from './votes';
import { advance } from './stage-change';

let env: SeededCloud;
let db: Db;
beforeAll(async () => {
  env = await startSeededCloud({ seed: false });
  db = localDb(env.cloud);
});
afterAll(() => env.close());

/** `n` counted votes for `candidateId`, each from its own voter, charged to their days as the vote function does. */
async function storeVotes(campaignId: string, candidateId: string, n: number, now: Date) {
  const cast = Array.from({ length: n }, (_, i) => voteRecord(campaignId, candidateId, `${candidateId}-v${i}`, now));
  await votes.of(db).add(cast);
  await voterDays.of(db).add(chargedDays(cast));
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: { code?: string; message: string }) => ({ code: error.code, message: error.message }),
  );

describe('advance', () => {
  it('publishes the nominee list only when no nomination waits for review and one is approved', async () => {
    const now = env.now();
    const campaign = campaignRecord('sc-publish', 'review', now);
    await campaigns.of(db).add(campaign);
    await candidates.of(db).add(candidateRecord(campaign._id, 'u1', now, { status: 'submitted' }));
    expect(await refusal(advance(db, campaign, now))).toEqual({
      code: 'CONFLICT',
      message: '还有提名未审核，审核完毕后才能公布候选人',
    });
    await candidates.of(db).doc(`${campaign._id}.u1`).update({ status: 'rejected' });
    expect(await refusal(advance(db, campaign, now))).toEqual({
      code: 'CONFLICT',
      message: '还没有审核通过的候选人',
    });
    await candidates.of(db).doc(`${campaign._id}.u1`).update({ status: 'approved' });
    expect((await advance(db, campaign, now)).to).toBe('published');
    expect((await campaigns.byId(db, campaign._id))!.stage).toBe('published');
  });

  it('moves a campaign one stage when two movers race, and freezes the rules as voting opens', async () => {
    const now = env.now();
    const campaign = campaignRecord('sc-race', 'published', now);
    await campaigns.of(db).add(campaign);
    const outcomes = await Promise.allSettled([advance(db, campaign, now), advance(db, campaign, now)]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    const stored = (await campaigns.byId(db, campaign._id))!;
    expect(stored.stage).toBe('voting');
    expect(stored.rulesFrozenAt?.getTime()).toBe(now.getTime());
  });

  it('freezes the ranking on entering the result only once every expert has scored every candidate', async () => {
    const now = env.now();
    const campaign = campaignRecord('sc-result', 'scoring', now);
    await campaigns.of(db).add(campaign);
    await candidates.of(db).add(candidateRecord(campaign._id, 'a', now, { votes: 10, weighted: 10 }));
    await candidates.of(db).add(candidateRecord(campaign._id, 'b', now, { votes: 5, weighted: 5 }));
    await storeVotes(campaign._id, `${campaign._id}.a`, 10, now);
    await storeVotes(campaign._id, `${campaign._id}.b`, 5, now);
    await users.of(db).add({ _id: 'sc-expert', openid: 'sc-expert', profile: { realName: '评审甲' } });
    await grants
      .of(db)
      .add({ _id: 'sc-expert.expert', userId: 'sc-expert', role: 'expert', campaignId: campaign._id, active: true });
    const score = (candidate: string, total: number) =>
      scores.of(db).add({
        _id: `${campaign._id}.${candidate}.sc-expert`,
        campaignId: campaign._id,
        candidateId: `${campaign._id}.${candidate}`,
        expertId: 'sc-expert',
        expertName: '评审甲',
        points: [total],
        total,
        submittedAt: now,
      });
    await score('a', 80);
    expect(await refusal(advance(db, campaign, now))).toEqual({
      code: 'CONFLICT',
      message: '还有1位专家没有完成评分',
    });
    await score('b', 90);
    const { to, update } = await advance(db, campaign, now);
    expect(to).toBe('result');
    // a: votes 100 points, expert 80 → 0.3×100 + 0.7×80 = 86; b: 50 points, 90 → 0.3×50 + 0.7×90 = 78.
    expect(update.results!.categories[0]!.rows).toMatchObject([
      { candidateId: `${campaign._id}.a`, combined: 86, rank: 1, placed: true },
      { candidateId: `${campaign._id}.b`, combined: 78, rank: 2, placed: false },
    ]);
  });

  it('opens the 公示 with its end fixed from the calendar, and leaves the rules alone past voting', async () => {
    // Five working days counted from the next day end at a Beijing midnight (16:00 UTC), more than five days on.
    const now = env.now();
    const campaign = campaignRecord('sc-publicity', 'result', now);
    await campaigns.of(db).add(campaign);
    const { to, update } = await advance(db, campaign, now);
    expect(to).toBe('publicity');
    expect(update.rulesFrozenAt).toBeUndefined();
    const ends = update.publicityEndsAt!;
    expect(ends.getTime()).toBeGreaterThan(now.getTime() + 5 * 86_400_000);
    expect(ends.getTime() % 86_400_000).toBe(16 * 3600_000);
    expect((await campaigns.byId(db, campaign._id))!.publicityEndsAt?.getTime()).toBe(ends.getTime());
  });

  it('closes the 公示 only once it has run its course and every objection is answered; nothing after final', async () => {
    const now = env.now();
    const endsAt = new Date(now.getTime() + 3600_000);
    const campaign = campaignRecord('sc-final', 'publicity', now, { publicityEndsAt: endsAt });
    await campaigns.of(db).add(campaign);
    expect((await refusal(advance(db, campaign, now)))?.message).toMatch(/^公示期尚未结束（.+结束）$/);
    expect((await refusal(advance(db, campaign, new Date(endsAt.getTime() - 1))))?.code).toBe('CONFLICT');
    const objection = {
      _id: 'sc-final.o1',
      campaignId: campaign._id,
      candidateId: null,
      by: 'someone',
      name: '王明',
      contact: { sealed: 'x', masked: '139****5678' },
      reason: '核实获奖年份',
      createdAt: now,
      answer: null,
    };
    await objections.of(db).add(objection);
    expect(await refusal(advance(db, campaign, endsAt))).toEqual({ code: 'CONFLICT', message: '还有1条异议未答复' });
    await objections
      .of(db)
      .doc('sc-final.o1')
      .update({ answer: { text: '已核实', by: 'u', byName: '钱雅琴', at: now } });
    expect((await advance(db, campaign, endsAt)).to).toBe('final');
    const final = (await campaigns.byId(db, campaign._id))!;
    expect(final.stage).toBe('final');
    expect(await refusal(advance(db, final, endsAt))).toEqual({ code: 'CONFLICT', message: '评选已结束' });

    const untimed = campaignRecord('sc-final-untimed', 'publicity', now);
    await campaigns.of(db).add(untimed);
    expect((await refusal(advance(db, untimed, now)))?.message).toBe('公示期尚未结束（结束）');
  });

  it('refuses a result with no expert on the panel', async () => {
    const now = env.now();
    const campaign = campaignRecord('sc-no-expert', 'scoring', now);
    await campaigns.of(db).add(campaign);
    await candidates.of(db).add(candidateRecord(campaign._id, 'a', now, { votes: 1, weighted: 1 }));
    await storeVotes(campaign._id, `${campaign._id}.a`, 1, now);
    expect(await refusal(advance(db, campaign, now))).toEqual({
      code: 'CONFLICT',
      message: '本次评选还没有评审专家',
    });
  });

  it('says the stage was just changed when another mover got there first', async () => {
    const now = env.now();
    const campaign = campaignRecord('sc-stale', 'draft', now);
    await campaigns.of(db).add(campaign);
    await advance(db, campaign, now);
    expect(await refusal(advance(db, campaign, now))).toEqual({
      code: 'CONFLICT',
      message: '活动阶段刚刚已被更新，请刷新后再试',
    });
  });
});
