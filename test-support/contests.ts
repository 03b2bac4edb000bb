// Contests for tests: a valid contest as staff fill the form, with its window around the cloud's clock.
import type { ContestFields } from '../src/shared/contracts/contest';
import { addDays, beijingDay } from '../src/shared/time/beijing';
import type { SeededCloud } from './seeded-cloud';

const HOUR = 3_600_000;

/** A city contest whose registration opened an hour ago and closes in two days; the contest is in ten days. */
export function contestFields(env: SeededCloud, change: Partial<ContestFields> = {}): ContestFields {
  const now = env.now().getTime();
  const day = addDays(beijingDay(env.now()), 10);
  const fields: ContestFields = {
    title: '示范市数控车工职业技能竞赛',
    level: 'city',
    trade: 'cnc_lathe_operator',
    description: '理论考试与实际操作两部分。',
    venue: '示范市职业技能实训基地',
    poster: null,
    schedule: {
      opensAt: new Date(now - HOUR).toISOString(),
      closesAt: new Date(now + 48 * HOUR).toISOString(),
      cancelBy: new Date(now + 47 * HOUR).toISOString(),
      day,
    },
    entry: { kind: 'individual', teamMin: 1, teamMax: 1 },
    capacity: 10,
    review: false,
    weighting: { theory: 30, practical: 70 },
    awards: 3,
    eligibility: { age: null, trades: [], orgIds: [], frontlineOnly: false, excludedHonours: [] },
    fields: [],
    ...change,
  };
  // Award places may not exceed capacity: a small contest defaults to fewer.
  return { ...fields, awards: change.awards ?? Math.min(3, fields.capacity) };
}

/**
 * The 十个一 year a contest from `contestFields` credits: its day's, ten days on (the next year from 22 December), so
 * tests read item 2 where the credit went.
 */
export function creditYear(env: SeededCloud): number {
  return Number(addDays(beijingDay(env.now()), 10).slice(0, 4));
}

/** The same contest before registration opens (opens in a day). */
export function upcomingFields(env: SeededCloud, change: Partial<ContestFields> = {}): ContestFields {
  const base = contestFields(env, change);
  const now = env.now().getTime();
  return {
    ...base,
    schedule: { ...base.schedule, opensAt: new Date(now + 24 * HOUR).toISOString() },
    ...change,
  };
}
