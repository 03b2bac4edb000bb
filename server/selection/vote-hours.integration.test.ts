// Counting votes into Beijing hours, in process over a local cloud: whatever the clock does (runs at once, runs
// that die before moving the watermark, a slow run finishing after a newer one), every bucket equals a direct
// count of its hour's votes; votes voided later are counted once, by the void, and survive the clock's recounts.
import { campaignRecord, candidateRecord, voteRecord } from '../../test-support/selection-records';
import { localDb } from '../../test-support/in-process';
import { startSeededCloud, type SeededCloud } from '../../test-support/seeded-cloud';
import { hourBucketId, hourStart } from '../../src/shared/selection/vote-trend';
import type { Db } from '../kit/db';
import { campaigns } from './campaigns';
import { candidates } from './candidates';
import { uncount } from './integrity';
import { aggregateVoteHours, countsHours, SETTLE_MS, voteHours } from './vote-hours';
import { votes, type VoteRecord } from './votes';

let env: SeededCloud;
let db: Db;
beforeAll(async () => {
  env = await startSeededCloud({ seed: false });
  db = localDb(env.cloud);
});
afterAll(() => env.close());

const MINUTE = 60_000;
const campaignOf = async (id: string) => (await campaigns.byId(db, id))!;

/** `n` votes from `first`, `step` ms apart, every fifth from a voter stored uncounted (weight 0). */
function castVotes(campaignId: string, prefix: string, first: number, n: number, step: number): VoteRecord[] {
  return Array.from({ length: n }, (_, i) => {
    const record = voteRecord(campaignId, `${campaignId}.a`, `${prefix}-${i}`, new Date(first + i * step));
    return i % 5 === 4 ? { ...record, weight: 0, counted: false } : record;
  });
}

/** What the buckets must say: the votes counted directly, per hour, up to `upTo`. */
function directCount(cast: VoteRecord[], upTo: number) {
  const hours = new Map<string, { cast: number; excluded: number }>();
  for (const vote of cast) {
    if (vote.at.getTime() >= upTo) continue;
    const id = hourBucketId(vote.campaignId, hourStart(vote.at));
    const entry = hours.get(id) ?? { cast: 0, excluded: 0 };
    hours.set(id, { cast: entry.cast + 1, excluded: entry.excluded + (vote.counted ? 0 : 1) });
  }
  return Object.fromEntries([...hours].sort(([a], [b]) => a.localeCompare(b)));
}

async function stored(campaignId: string) {
  const all = await voteHours.readAll(db, { campaignId });
  return Object.fromEntries(all.map((bucket) => [bucket._id, { cast: bucket.cast, excluded: bucket.excluded }]));
}

async function votingCampaign(id: string, now: Date) {
  await campaigns.of(db).add(campaignRecord(id, 'voting', now));
  await candidates.of(db).add(candidateRecord(id, 'a', now));
}

describe('vote hours', () => {
  it('counts every vote once under concurrent runs, across Beijing midnight, and not those still settling', async () => {
    // 23:20 to 00:40 Beijing, a vote every 47 s: three hours over two days, a vote at 23:59:59 and one at 00:00:00.
    const first = Date.parse('2026-11-22T23:20:00+08:00');
    const now = new Date(first + 80 * MINUTE);
    await votingCampaign('vh-1', now);
    const cast = [
      ...castVotes('vh-1', 'v', first, 103, 47_000),
      voteRecord('vh-1', 'vh-1.a', 'edge-late', new Date('2026-11-22T23:59:59+08:00')),
      voteRecord('vh-1', 'vh-1.a', 'edge-midnight', new Date('2026-11-23T00:00:00+08:00')),
      // Cast within the last SETTLE_MS: its call may still be storing votes of that instant.
      voteRecord('vh-1', 'vh-1.a', 'settling', new Date(now.getTime() - SETTLE_MS / 2)),
    ];
    await votes.of(db).add(cast);

    const campaign = await campaignOf('vh-1');
    await Promise.all(Array.from({ length: 4 }, () => aggregateVoteHours(db, campaign, now)));
    const expected = directCount(cast, now.getTime() - SETTLE_MS);
    expect(Object.keys(expected)).toEqual(['vh-1.2026-11-22T23', 'vh-1.2026-11-23T00']);
    expect(await stored('vh-1')).toEqual(expected);
    expect((await campaignOf('vh-1')).voteHoursThrough).toEqual(new Date(now.getTime() - SETTLE_MS));

    // A minute later, more votes, runs at once again (each from the watermark it read): still exact.
    const later = new Date(now.getTime() + MINUTE);
    const more = castVotes('vh-1', 'w', now.getTime() - 20_000, 30, 1000);
    await votes.of(db).add(more);
    const again = await campaignOf('vh-1');
    await Promise.all([
      aggregateVoteHours(db, again, later),
      aggregateVoteHours(db, again, later),
      aggregateVoteHours(db, campaign, later),
    ]);
    expect(await stored('vh-1')).toEqual(directCount([...cast, ...more], later.getTime() - SETTLE_MS));
  });

  it('recounts, never adds, when a run died before moving the watermark, and keeps a newer count over a slower run’s', async () => {
    const first = Date.parse('2026-11-24T09:10:00+08:00');
    const now = new Date(first + 60 * MINUTE);
    await votingCampaign('vh-2', now);
    const cast = castVotes('vh-2', 'v', first, 50, 61_000);
    await votes.of(db).add(cast);
    const before = await campaignOf('vh-2');
    await aggregateVoteHours(db, before, now);
    // As if that run had died after its buckets: the watermark goes back, and the next run does it all again.
    await campaigns.of(db).doc('vh-2').update({ voteHoursThrough: null });
    await aggregateVoteHours(db, await campaignOf('vh-2'), now);
    expect(await stored('vh-2')).toEqual(directCount(cast, now.getTime() - SETTLE_MS));

    // A slow run that counted only up to 09:30 finishes last: the buckets and the watermark keep the newer count.
    await aggregateVoteHours(db, before, new Date(first + 20 * MINUTE + SETTLE_MS));
    expect(await stored('vh-2')).toEqual(directCount(cast, now.getTime() - SETTLE_MS));
    expect((await campaignOf('vh-2')).voteHoursThrough).toEqual(new Date(now.getTime() - SETTLE_MS));
  });

  it('counts votes voided later once, in the hour they were cast, and the clock’s recounts keep them', async () => {
    const first = Date.parse('2026-11-25T15:00:00+08:00');
    const now = new Date(first + 30 * MINUTE);
    await votingCampaign('vh-3', now);
    await candidates.of(db).doc('vh-3.a').update({ votes: 12, weighted: 12 });
    const cast = castVotes('vh-3', 'v', first, 15, MINUTE);
    await votes.of(db).add(cast);
    const toVoid = cast.filter((vote) => vote.counted).slice(0, 3);
    // Voided before the clock ever counted the hour, then again at once by two staff: three, not six.
    await Promise.all([uncount(db, toVoid, 'staff', '刷票', now), uncount(db, toVoid, 'staff', '刷票', now)]);
    const bucket = hourBucketId('vh-3', first);
    expect((await voteHours.byId(db, bucket))?.voided).toBe(3);
    await Promise.all([
      aggregateVoteHours(db, await campaignOf('vh-3'), now),
      aggregateVoteHours(db, await campaignOf('vh-3'), now),
    ]);
    await aggregateVoteHours(db, await campaignOf('vh-3'), new Date(now.getTime() + MINUTE));
    expect(await voteHours.byId(db, bucket)).toMatchObject({ cast: 15, excluded: 3, voided: 3 });
    // One more voided after the clock counted: four.
    await uncount(db, [cast[0]!, cast[5]!], 'staff', '刷票', now);
    await aggregateVoteHours(db, await campaignOf('vh-3'), new Date(now.getTime() + 2 * MINUTE));
    expect(await voteHours.byId(db, bucket)).toMatchObject({ cast: 15, excluded: 3, voided: 4 });
  });

  it('counts a campaign until the last minute of its voting is in, and then leaves it', () => {
    const now = new Date('2026-11-26T10:00:00+08:00');
    const scoring = campaignRecord('vh-4', 'scoring', now, { stageChangedAt: now });
    expect(countsHours(campaignRecord('vh-4', 'voting', now))).toBe(true);
    expect(countsHours(campaignRecord('vh-4', 'published', now))).toBe(false);
    expect(countsHours(scoring)).toBe(true);
    expect(countsHours({ ...scoring, voteHoursThrough: new Date(now.getTime() + SETTLE_MS) })).toBe(false);
  });
});
