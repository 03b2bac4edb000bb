// Acting on votes after the fact, in process over a local cloud: uncounting takes exactly what it flips off the
// tallies, a second uncount of the same votes takes nothing, and the recount finds a tally altered behind its back.
import { candidateRecord, voteRecord } from '../../test-support/selection-records';
import { localDb } from '../../test-support/in-process';
import { startSeededCloud, type SeededCloud } from '../../test-support/seeded-cloud';
import type { Db } from '../kit/db';
import { candidates } from './candidates';
import { differences, recountTallies, uncount } from './integrity';
import { votes } from './votes';

let env: SeededCloud;
let db: Db;
beforeAll(async () => {
  env = await startSeededCloud({ seed: false });
  db = localDb(env.cloud);
});
afterAll(() => env.close());

describe('uncount and recount', () => {
  it('takes uncounted votes off the tallies exactly once, and the recount agrees', async () => {
    const now = env.now();
    const campaignId = 'ig-1';
    await candidates.of(db).add(candidateRecord(campaignId, 'a', now, { votes: 3, weighted: 3 }));
    await candidates.of(db).add(candidateRecord(campaignId, 'b', now, { votes: 1, weighted: 1 }));
    const cast = [
      voteRecord(campaignId, `${campaignId}.a`, 'v1', now),
      voteRecord(campaignId, `${campaignId}.a`, 'v2', now),
      voteRecord(campaignId, `${campaignId}.a`, 'v3', now),
      voteRecord(campaignId, `${campaignId}.b`, 'v1', now),
    ];
    await votes.of(db).add(cast);
    const byV1 = cast.filter((vote) => vote.voter === 'v1');
    expect(await uncount(db, byV1, 'staff', '机器账号', now)).toBe(2);
    // Two staff voiding the same account at once: the second finds nothing left to take.
    expect(await uncount(db, byV1, 'staff', '重复操作', now)).toBe(0);
    expect((await candidates.byId(db, `${campaignId}.a`))!).toMatchObject({ votes: 2, weighted: 2 });
    expect((await candidates.byId(db, `${campaignId}.b`))!).toMatchObject({ votes: 0, weighted: 0 });
    const recounted = await recountTallies(db, campaignId);
    expect(Object.fromEntries(recounted)).toEqual({ [`${campaignId}.a`]: 2 });
    expect(differences(await candidates.readAll(db, { campaignId }), recounted)).toEqual([]);
  });

  it('names the candidate whose displayed tally differs from its counted votes', async () => {
    const now = env.now();
    const campaignId = 'ig-2';
    await candidates.of(db).add(candidateRecord(campaignId, 'a', now, { votes: 501, weighted: 1 }));
    await votes.of(db).add([voteRecord(campaignId, `${campaignId}.a`, 'v1', now)]);
    const all = await candidates.readAll(db, { campaignId });
    expect(differences(all, await recountTallies(db, campaignId))).toEqual([
      { candidateId: `${campaignId}.a`, name: '候选人a', displayed: 501, recounted: 1 },
    ]);
  });
});
