// Brushing detection, in process over a local cloud: a cluster of fresh accounts voting once for one candidate is
// flagged once with its evidence, while the same rush spread over every candidate (a popular campaign) raises nothing.
import { campaignRecord, voteRecord } from '../../test-support/selection-records';
import { localDb } from '../../test-support/in-process';
import { startSeededCloud, type SeededCloud } from '../../test-support/seeded-cloud';
import type { Db } from '../kit/db';
import { detectBrushing, WINDOW_MS } from './detection';
import { flags } from './flags';
import { voterDays } from './voter-days';
import { votes } from './votes';

let env: SeededCloud;
let db: Db;
beforeAll(async () => {
  env = await startSeededCloud({ seed: false });
  db = localDb(env.cloud);
});
afterAll(() => env.close());

/** `count` accounts new to the campaign, each casting one vote for `candidateId` a minute before `now`. */
async function newcomers(campaignId: string, candidateId: string, count: number, now: Date) {
  const at = new Date(now.getTime() - 60_000);
  const list = Array.from({ length: count }, (_, i) =>
    voteRecord(campaignId, candidateId, `${candidateId}-new-${i}`, at),
  );
  await votes.of(db).add(list);
  await voterDays.of(db).add(
    list.map((vote) => ({
      _id: `${campaignId}.${vote.day}.${vote.voter}`,
      campaignId,
      voter: vote.voter,
      day: vote.day,
      used: 1,
      candidates: [candidateId],
      requests: [vote.requestId],
      riskRank: 0,
      weight: 1,
      createdAt: at,
      lastAt: at,
    })),
  );
}

// The middle of a detection window, so a minute earlier falls in the same window.
const windowMiddle = (instant: Date) =>
  new Date(Math.floor(instant.getTime() / WINDOW_MS) * WINDOW_MS + WINDOW_MS / 2);

describe('detectBrushing', () => {
  it('flags a cluster of new accounts voting for one candidate, once per window', async () => {
    const now = windowMiddle(env.now());
    const campaign = campaignRecord('dt-cluster', 'voting', now);
    await newcomers(campaign._id, `${campaign._id}.a`, 25, now);
    const raised = await detectBrushing(db, campaign, 3, now);
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({
      candidateId: `${campaign._id}.a`,
      kind: 'new-account-cluster',
      status: 'open',
      evidence: { newVoters: 25, campaignMedianNewVoters: 0 },
    });
    // The clock runs every minute over overlapping windows: the same suspicion is stored once.
    await detectBrushing(db, campaign, 3, new Date(now.getTime() + 60_000));
    expect((await flags.of(db).where({ campaignId: campaign._id }).count()).total).toBe(1);
  });

  it('raises nothing when every candidate gathers new voters alike', async () => {
    const now = windowMiddle(env.now());
    const campaign = campaignRecord('dt-organic', 'voting', now);
    for (const candidate of ['a', 'b', 'c']) await newcomers(campaign._id, `${campaign._id}.${candidate}`, 25, now);
    expect(await detectBrushing(db, campaign, 3, now)).toEqual([]);
  });
});
