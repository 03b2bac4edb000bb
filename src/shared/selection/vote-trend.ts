// The vote trend of a campaign: votes cast per Beijing hour and per Beijing day, as 投票监督 charts them. The
// selection clock stores one bucket per campaign and hour (server/selection/vote-hours.ts); these pure rules say
// which bucket a vote belongs to and how buckets add up to a day, on the server and in the page alike.
//
// China keeps no daylight saving and its offset is a whole number of hours, so a Beijing hour starts exactly where
// a UTC hour does: an hour bucket is the vote's instant floored to the hour. Only the day differs from UTC's: the
// Beijing day starts at 16:00 UTC.
import { beijingDay, inBeijing } from '../time/beijing';

export const HOUR_MS = 3_600_000;
const BEIJING_OFFSET_MS = 8 * HOUR_MS;

/** The start of the hour an instant falls in (epoch ms), the same hour in Beijing as in UTC. */
export function hourStart(instant: Date | number): number {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  return ms - (((ms % HOUR_MS) + HOUR_MS) % HOUR_MS);
}

/** The bucket an hour start belongs to: its Beijing day (`YYYY-MM-DD`) and hour of that day (0–23). */
export function beijingHour(hourStartMs: number): { day: string; hour: number } {
  return { day: beijingDay(hourStartMs), hour: inBeijing(hourStartMs).hour() };
}

/** The bucket id of a campaign's hour: one document per campaign and hour, whoever writes it. */
export function hourBucketId(campaignId: string, hourStartMs: number): string {
  const { day, hour } = beijingHour(hourStartMs);
  return `${campaignId}.${day}T${String(hour).padStart(2, '0')}`;
}

/** The instant a Beijing day (`YYYY-MM-DD`) starts at, as epoch ms. */
export function beijingDayStart(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) - BEIJING_OFFSET_MS;
}

/** The Beijing day `n` days after `day` (before it for a negative `n`). */
export function addDays(day: string, n: number): string {
  return beijingDay(beijingDayStart(day) + n * 24 * HOUR_MS);
}

/** Every Beijing day from `first` to `last`, both included (at most `limit` days, the latest kept). */
export function daysBetween(first: string, last: string, limit = 120): string[] {
  const days: string[] = [];
  for (
    let start = beijingDayStart(last);
    start >= beijingDayStart(first) && days.length < limit;
    start -= 24 * HOUR_MS
  ) {
    days.push(beijingDay(start));
  }
  return days.reverse();
}

/** One point of a trend: votes cast (all of them) and how many of those are not counted. */
export interface TrendPoint {
  cast: number;
  uncounted: number;
}

/** The peak and the total of a series, for the chart's text summary. */
export function summarize<T extends TrendPoint & { label: string }>(
  points: readonly T[],
): { total: number; uncounted: number; peak: T | null } {
  let peak: T | null = null;
  let total = 0;
  let uncounted = 0;
  for (const point of points) {
    total += point.cast;
    uncounted += point.uncounted;
    if (point.cast > 0 && (!peak || point.cast > peak.cast)) peak = point;
  }
  return { total, uncounted, peak };
}
