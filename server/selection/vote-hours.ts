// Vote hours: the `voteHours` collection, votes cast per campaign and Beijing hour, which 投票监督's trend chart
// reads. Kept off the vote path: the selection clock recounts the hours that votes arrived in since its watermark
// (one aggregate a campaign a minute), and a page reads the buckets, never the votes.
//
// Exactly once per vote, whatever the clock does:
// - a bucket's `cast` and `excluded` are a recount of its hour's votes up to `through`, never an increment, so a
//   run that repeats one (two runs at once, or a run after one that died before moving the watermark) writes the
//   same figures again;
// - a bucket is written only over one that counted up to an earlier instant (`through`), so a slower run cannot
//   put back older figures over newer ones;
// - the watermark moves after the buckets are written, and only forward; a run that dies in between leaves it
//   where it was and the next run recounts the same hours.
// A vote's `at` is taken when its call starts and it is stored within the vote function's timeout (5 s), so the
// clock counts only up to SETTLE_MS ago: no vote can appear later in an hour already counted up to there.
//
// Votes voided later by staff are counted by the void itself (`countVoided`, after each vote's one conditional
// flip), in a field the clock never writes: the two never overwrite each other.
import { beijingHour, hourBucketId, hourStart, HOUR_MS } from '../../src/shared/selection/vote-trend';
import { isDuplicateWrite, storedCollection, type Db } from '../kit/db';
import { campaigns, type CampaignRecord } from './campaigns';
import { votes as votesCollection, type VoteRecord } from './votes';

export interface VoteHourRecord {
  /** `<campaignId>.<Beijing day>T<hour>` (hourBucketId). */
  _id: string;
  campaignId: string;
  /** The Beijing day and hour (0–23) of the bucket. */
  day: string;
  hour: number;
  hourStart: Date;
  /** Every vote cast in the hour, counted or not (the clock's recount). */
  cast: number;
  /** Of those, the votes stored uncounted from the start (a voter WeChat ranks 4: weight 0). */
  excluded: number;
  /** Of those, the votes staff voided later (counted by the void, never by the clock). */
  voided: number;
  /** The instant the clock's recount of this hour runs up to (the hour's end once it is past). */
  through: Date;
}

export const voteHours = storedCollection<VoteHourRecord>('voteHours');

/** Twice the vote function's timeout: a vote is stored at most that long after its `at`. */
export const SETTLE_MS = 10_000;
const MAX_HOURS = 5000;

interface HourCount {
  /** `YYYY-MM-DDTHH`, in UTC. */
  _id: string;
  cast: number;
  excluded: number;
}

/** Whether the clock still has votes of this campaign to count: while voting, and until its last minute is in. */
export function countsHours(campaign: CampaignRecord): boolean {
  if (campaign.stage === 'voting') return true;
  if (campaign.stage !== 'scoring') return false;
  const through = campaign.voteHoursThrough?.getTime() ?? 0;
  return through < campaign.stageChangedAt.getTime() + SETTLE_MS;
}

/**
 * Recounts the hours of one campaign that votes arrived in since its watermark, up to SETTLE_MS before `now`,
 * writes their buckets, then moves the watermark. Returns how many buckets it wrote.
 */
export async function aggregateVoteHours(db: Db, campaign: CampaignRecord, now: Date): Promise<number> {
  const _ = db.command;
  const $ = db.command.aggregate;
  const upTo = now.getTime() - SETTLE_MS;
  const watermark = campaign.voteHoursThrough?.getTime() ?? 0;
  if (upTo <= watermark) return 0;
  // From the start of the watermark's hour: that hour is recounted whole, with what came after the watermark.
  const from = hourStart(watermark);
  const { data } = (await votesCollection
    .of(db)
    .aggregate()
    .match({ campaignId: campaign._id, at: _.and([_.gte(new Date(from)), _.lt(new Date(upTo))]) })
    .group({
      // The UTC hour, which starts where the Beijing hour does (vote-trend.ts).
      _id: $.dateToString({ date: '$at', format: '%Y-%m-%dT%H' }),
      cast: $.sum(1),
      // Uncounted from the start: not counted, and not because staff voided it.
      excluded: $.sum($.cond([$.or(['$counted', $.ifNull(['$voided', false])]), 0, 1])),
    })
    .limit(MAX_HOURS)
    .end()) as unknown as { data: HourCount[] };
  for (const row of data) {
    const start = Date.parse(`${row._id}:00:00Z`);
    const through = new Date(Math.min(start + HOUR_MS, upTo));
    await writeHour(db, campaign._id, start, { cast: row.cast, excluded: row.excluded, through });
  }
  // Only forward: a slower run that read an older watermark cannot move it back.
  await campaigns
    .of(db)
    .where({ _id: campaign._id, voteHoursThrough: _.or(_.eq(null), _.lt(new Date(upTo))) })
    .update({ voteHoursThrough: new Date(upTo) });
  return data.length;
}

/** A bucket as first written, before the clock or a void has counted anything in it. */
function emptyHour(campaignId: string, start: number): VoteHourRecord {
  const { day, hour } = beijingHour(start);
  return {
    _id: hourBucketId(campaignId, start),
    campaignId,
    day,
    hour,
    hourStart: new Date(start),
    cast: 0,
    excluded: 0,
    voided: 0,
    through: new Date(start),
  };
}

/** Writes the clock's recount of an hour over any that counted up to an earlier instant, and over nothing else. */
async function writeHour(
  db: Db,
  campaignId: string,
  start: number,
  counts: Pick<VoteHourRecord, 'cast' | 'excluded' | 'through'>,
): Promise<void> {
  const _ = db.command;
  const id = hourBucketId(campaignId, start);
  const newer = () =>
    voteHours
      .of(db)
      .where({ _id: id, through: _.lt(counts.through) })
      .update(counts);
  if ((await newer()).updated === 1) return;
  try {
    await voteHours.of(db).add({ ...emptyHour(campaignId, start), ...counts });
  } catch (error) {
    if (!isDuplicateWrite(error)) throw error;
    // Another writer created it meanwhile: ours goes in if it counted further.
    await newer();
  }
}

/**
 * Counts votes staff have just voided (each flipped once, by a conditional update) in their hours' buckets. Only
 * `voided` is incremented here, which the clock never writes.
 */
export async function countVoided(db: Db, voided: Array<Pick<VoteRecord, 'campaignId' | 'at'>>): Promise<void> {
  const _ = db.command;
  const perHour = new Map<string, { campaignId: string; start: number; n: number }>();
  for (const vote of voided) {
    const start = hourStart(vote.at);
    const id = hourBucketId(vote.campaignId, start);
    const entry = perHour.get(id) ?? { campaignId: vote.campaignId, start, n: 0 };
    perHour.set(id, { ...entry, n: entry.n + 1 });
  }
  for (const [id, { campaignId, start, n }] of perHour) {
    const add = () =>
      voteHours
        .of(db)
        .doc(id)
        .update({ voided: _.inc(n) });
    if ((await add()).updated === 1) continue;
    try {
      await voteHours.of(db).add({ ...emptyHour(campaignId, start), voided: n });
    } catch (error) {
      if (!isDuplicateWrite(error)) throw error;
      await add();
    }
  }
}
