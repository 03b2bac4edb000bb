// The vote path's campaign snapshot, in process over a local cloud: kept for a few seconds, read again after them,
// and never kept when the clock moves backwards (a test or developer setting the local cloud's date).
import { campaignRecord } from '../../test-support/selection-records';
import { localDb } from '../../test-support/in-process';
import { startSeededCloud, type SeededCloud } from '../../test-support/seeded-cloud';
import type { Db } from '../kit/db';
import { campaignSnapshot } from './campaign-cache';
import { campaigns } from './campaigns';

let env: SeededCloud;
let db: Db;
beforeAll(async () => {
  env = await startSeededCloud({ seed: false });
  db = localDb(env.cloud);
});
afterAll(() => env.close());

const titleAt = async (campaignId: string, now: number) =>
  (await campaignSnapshot(db, campaignId, now))?.campaign.title;

describe('campaignSnapshot', () => {
  it('keeps a campaign for five seconds, reads it again after them, and again when the clock went back', async () => {
    const now = env.now();
    const campaign = campaignRecord('cc-snapshot', 'voting', now, { title: '第一版' });
    await campaigns.of(db).add(campaign);
    const t = now.getTime();
    expect(await titleAt(campaign._id, t)).toBe('第一版');
    await campaigns.of(db).doc(campaign._id).update({ title: '第二版' });
    expect(await titleAt(campaign._id, t + 4_999)).toBe('第一版');
    expect(await titleAt(campaign._id, t + 5_000)).toBe('第二版');
    await campaigns.of(db).doc(campaign._id).update({ title: '第三版' });
    expect(await titleAt(campaign._id, t + 1_000)).toBe('第三版');
  });
});
