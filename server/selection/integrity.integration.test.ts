// Acting on votes after the fact, in process over a local cloud: uncounting takes exactly what it flips off the
// tallies, a second uncount of the same votes takes nothing, and the count check finds every stored figure that
// was altered behind the functions' back (tallies, weighted tallies, voter days, score totals, the frozen result),
// of which the rebuild repairs all but the voter days.
import { campaignRecord, candidateRecord, voteRecord } from '../../test-support/selection-records';
import { localDb } from '../../test-support/in-process';
import { startSeededCloud, type SeededCloud } from '../../test-support/seeded-cloud';
import type { Db } from '../kit/db';
import { grants } from '../people/grants';
import { campaigns } from './campaigns';
import { candidates } from './candidates';
import { checkCounts, rankedResult, rebuildCounts } from './count-check';
import { uncount } from './integrity';
import { scores } from './scores';
import { chargedDays, voterDays } from './voter-days';
import { votes } from './votes';

let env: SeededCloud;
let db: Db;
beforeAll(async () => {
  env = await startSeededCloud({ seed: false });
  db = localDb(env.cloud);
});
afterAll(() => env.close());

/** A campaign with candidates a (3 votes) and b (1 vote), every stored figure consistent. */
async function consistentCampaign(campaignId: string, stage: 'scoring' | 'result' = 'scoring') {
  const now = env.now();
  const a = `${campaignId}.a`;
  const b = `${campaignId}.b`;
  await campaigns.of(db).add(campaignRecord(campaignId, stage, now));
  await candidates.of(db).add(candidateRecord(campaignId, 'a', now, { votes: 3, weighted: 3 }));
  await candidates.of(db).add(candidateRecord(campaignId, 'b', now, { votes: 1, weighted: 1 }));
  const cast = [
    voteRecord(campaignId, a, 'v1', now),
    voteRecord(campaignId, a, 'v2', now),
    voteRecord(campaignId, a, 'v3', now),
    voteRecord(campaignId, b, 'v1', now),
  ];
  await votes.of(db).add(cast);
  await voterDays.of(db).add(chargedDays(cast));
  return { now, a, b, cast };
}

describe('uncount and the count check', () => {
  it('takes uncounted votes off the tallies exactly once, and the check agrees', async () => {
    const { now, a, b, cast } = await consistentCampaign('ig-1');
    const campaign = (await campaigns.byId(db, 'ig-1'))!;
    expect((await checkCounts(db, campaign, now)).differences).toEqual([]);
    const byV1 = cast.filter((vote) => vote.voter === 'v1');
    expect(await uncount(db, byV1, 'staff', '机器账号', now)).toBe(2);
    // Two staff voiding the same account at once: the second finds nothing left to take.
    expect(await uncount(db, byV1, 'staff', '重复操作', now)).toBe(0);
    expect((await candidates.byId(db, a))!).toMatchObject({ votes: 2, weighted: 2 });
    expect((await candidates.byId(db, b))!).toMatchObject({ votes: 0, weighted: 0 });
    expect(await checkCounts(db, campaign, now)).toEqual({ candidates: 2, countedVotes: 2, differences: [] });
  });

  it('finds a weighted tally altered alone, which decides the ranking though the votes are untouched', async () => {
    const { now, b } = await consistentCampaign('ig-2');
    await candidates.of(db).doc(b).update({ weighted: 100000 });
    const { differences } = await checkCounts(db, (await campaigns.byId(db, 'ig-2'))!, now);
    expect(differences).toEqual([
      { figure: 'weighted', subjectId: b, label: '候选人b · 加权票数', stored: 100000, recounted: 1 },
    ]);
  });

  it('finds votes stored beyond a voter day’s quota and for a candidate the day never reserved', async () => {
    const { now, b } = await consistentCampaign('ig-3');
    // What a replayed request id once produced: a vote stored and tallied with the day still saying used 1.
    await votes.of(db).add(voteRecord('ig-3', b, 'v2', now));
    await candidates.of(db).doc(b).update({ votes: 2, weighted: 2 });
    const { differences } = await checkCounts(db, (await campaigns.byId(db, 'ig-3'))!, now);
    expect(differences.map((row) => [row.figure, row.stored, row.recounted])).toEqual([
      ['voterDay', 1, 2],
      ['voterDayCandidate', 0, 1],
    ]);
    expect(differences[0]!.label).toMatch(/^投票账号 v2 · \d{4}-\d{2}-\d{2} · 当日有效票$/);
    expect(differences[1]!.label).toContain('投给候选人b的票未经当日配额');
    // Voiding the account's votes clears it.
    await uncount(db, await votes.readAll(db, { campaignId: 'ig-3', voter: 'v2' }), 'staff', '超出配额', now);
    expect((await checkCounts(db, (await campaigns.byId(db, 'ig-3'))!, now)).differences).toEqual([]);
  });

  it('finds a score total and a frozen result row that differ from what they are made of, and rebuilds them', async () => {
    const { now, a, b } = await consistentCampaign('ig-4', 'result');
    await scores.of(db).add([
      {
        _id: `ig-4.a.e1`,
        campaignId: 'ig-4',
        candidateId: a,
        expertId: 'e1',
        expertName: '专家甲',
        points: [80],
        total: 80,
        submittedAt: now,
      },
      {
        _id: `ig-4.b.e1`,
        campaignId: 'ig-4',
        candidateId: b,
        expertId: 'e1',
        expertName: '专家甲',
        points: [70],
        total: 70,
        submittedAt: now,
      },
    ]);
    await grants.of(db).add({
      _id: 'e1.expert.ig-4',
      userId: 'e1',
      role: 'expert',
      orgId: null,
      orgPath: [],
      orgKind: null,
      campaignId: 'ig-4',
      grantedBy: 'test',
      grantedAt: now,
      active: true,
      revokedAt: null,
    });
    const campaign = (await campaigns.byId(db, 'ig-4'))!;
    const { results } = await rankedResult(db, campaign, now);
    await campaigns.of(db).doc('ig-4').update({ results });
    expect((await checkCounts(db, (await campaigns.byId(db, 'ig-4'))!, now)).differences).toEqual([]);
    // Behind the functions' back: b's score total raised, and b's tally raised so the frozen result's votes differ.
    await scores.of(db).doc('ig-4.b.e1').update({ total: 99 });
    await candidates.of(db).doc(b).update({ votes: 9 });
    const held = (await campaigns.byId(db, 'ig-4'))!;
    const found = (await checkCounts(db, held, now)).differences.map((row) => `${row.figure}:${row.label}`);
    expect(found).toEqual(['votes:候选人b · 票数', 'score:专家甲对候选人b的评分 · 总分']);
    // The frozen result itself, tampered: the last-placed candidate put first.
    const tampered = structuredClone(held.results!);
    (tampered.categories[0]!.rows[1] as { rank: number }).rank = 1;
    await campaigns.of(db).doc('ig-4').update({ results: tampered });
    const withResult = (await checkCounts(db, (await campaigns.byId(db, 'ig-4'))!, now)).differences;
    expect(withResult.map((row) => row.figure)).toEqual(['votes', 'score', 'result']);
    expect(withResult[2]!.label).toBe('评选结果 · 制造业 · 候选人b · 名次');
    const rebuilt = await rebuildCounts(db, (await campaigns.byId(db, 'ig-4'))!, now);
    expect(rebuilt.before).toHaveLength(3);
    expect(rebuilt.after.differences).toEqual([]);
    expect((await candidates.byId(db, b))!.votes).toBe(1);
    expect((await scores.byId(db, 'ig-4.b.e1'))!.total).toBe(70);
  });

  it('leaves the scores of an expert whose grant was revoked out of the result', async () => {
    const { now, a, b } = await consistentCampaign('ig-5');
    const grant = (expert: string, active: boolean) => ({
      _id: `${expert}.expert.ig-5`,
      userId: expert,
      role: 'expert',
      orgId: null,
      orgPath: [],
      orgKind: null,
      campaignId: 'ig-5',
      grantedBy: 'test',
      grantedAt: now,
      active,
      revokedAt: null,
    });
    await grants.of(db).add(grant('e1', true));
    await grants.of(db).add(grant('e2', false));
    const score = (expert: string, candidateId: string, points: number) => ({
      _id: `ig-5.${candidateId}.${expert}`,
      campaignId: 'ig-5',
      candidateId,
      expertId: expert,
      expertName: expert,
      points: [points],
      total: points,
      submittedAt: now,
    });
    await scores.of(db).add([score('e1', a, 60), score('e1', b, 60), score('e2', a, 0), score('e2', b, 100)]);
    const { results, experts, unfinished } = await rankedResult(db, (await campaigns.byId(db, 'ig-5'))!, now);
    expect({ experts, unfinished }).toEqual({ experts: 1, unfinished: 0 });
    const rows = results.categories[0]!.rows as Array<{ name: string; expertMean: number }>;
    expect(rows.map((row) => [row.name, row.expertMean])).toEqual([
      ['候选人a', 60],
      ['候选人b', 60],
    ]);
  });
});
