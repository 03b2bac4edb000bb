// String and date aggregation operators through the real @cloudbase/node-sdk, answering as MongoDB does (CloudBase's
// aggregation defers to MongoDB's operators). Each expectation comes from MongoDB's reference page:
// - $indexOfCP: https://www.mongodb.com/docs/manual/reference/operator/aggregation/indexOfCP/ (end exclusive; -1 when
//   not found; null for a missing string);
// - $substrBytes and $substr: https://www.mongodb.com/docs/manual/reference/operator/aggregation/substrBytes/ ("If
//   <byte count> is negative, $substrBytes returns a substring that starts at the specified index and includes the
//   rest of the string"; a start past the end gives "");
// - $week: https://www.mongodb.com/docs/manual/reference/operator/aggregation/week/ (weeks begin on Sunday; days
//   before the first Sunday of the year are in week 0);
// - $isoWeekYear, $isoWeek: https://www.mongodb.com/docs/manual/reference/operator/aggregation/isoWeekYear/;
// - $dateToString: https://www.mongodb.com/docs/manual/reference/operator/aggregation/dateToString/ (%U 00–53,
//   %w 1 Sunday – 7 Saturday, %G the ISO year);
// - $dateTrunc: https://www.mongodb.com/docs/manual/reference/operator/aggregation/dateTrunc/ (in the timezone
//   given, weeks from `startOfWeek`, Sunday by default).
process.env.TENCENTCLOUD = 'true'; // skips the SDK's metadata-host lookups outside the platform

import * as tcb from '@cloudbase/node-sdk';
import type { Db } from '@cloudbase/database';
import { startDatabaseServer, type RunningDatabase } from './database-server';

let server: RunningDatabase;
let db: Db;

const SAMPLE = {
  _id: 't1',
  s: '劳模工匠abc',
  /** Saturday 3 January 2026 in UTC; already Sunday 4 January, 04:00, in Beijing. */
  sat: new Date('2026-01-03T20:00:00Z'),
  sun: new Date('2026-01-04T10:00:00Z'),
  /** Friday 1 January 2027: ISO week 53 of 2026. */
  newYear: new Date('2027-01-01T00:00:00Z'),
  /** Monday 30 December 2024: ISO week 1 of 2025. */
  lateDecember: new Date('2024-12-30T12:00:00Z'),
  /** New York's clocks went forward at 02:00 that night: midnight was EST, noon is EDT. */
  springForward: new Date('2026-03-08T16:00:00Z'),
};

beforeAll(async () => {
  server = await startDatabaseServer({ collections: [{ name: 'samples' }] });
  db = tcb.init({ env: 'local', secretId: 'local', secretKey: 'local', serviceUrl: server.url }).database();
  await db.collection('samples').add(SAMPLE);
});
afterAll(async () => {
  await server?.close();
});

/** Each expression of `fields` evaluated on the sample document. */
async function project(fields: Record<string, unknown>): Promise<Record<string, unknown>> {
  const { data } = (await db
    .collection('samples')
    .aggregate()
    .project({ _id: 0, ...fields })
    .end()) as { data: Array<Record<string, unknown>> };
  return data[0]!;
}
const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

describe('string operators', () => {
  it('$indexOfCP counts code points, with a start and an exclusive end', async () => {
    expect(
      await project({
        abc: { $indexOfCP: ['$s', 'abc'] },
        gong: { $indexOfCP: ['$s', '工'] },
        fromThree: { $indexOfCP: ['$s', '工', 3] },
        endBefore: { $indexOfCP: ['$s', 'b', 0, 5] },
        endAfter: { $indexOfCP: ['$s', 'b', 0, 6] },
        missing: { $indexOfCP: ['$nothing', 'a'] },
      }),
    ).toEqual({ abc: 4, gong: 2, fromThree: -1, endBefore: -1, endAfter: 5, missing: null });
  });

  it('$substrBytes and $substr take the rest of the string for a negative or over-long count', async () => {
    expect(
      await project({
        negative: { $substrBytes: ['abcdef', 2, -1] },
        long: { $substrBytes: ['abcdef', 1, 100] },
        oldName: { $substr: ['abcdef', 2, -1] },
        chinese: { $substrBytes: ['$s', 3, -1] },
        twoChars: { $substr: ['$s', 3, 6] },
        pastEnd: { $substrBytes: ['abc', 5, 2] },
      }),
    ).toEqual({
      negative: 'cdef',
      long: 'bcdef',
      oldName: 'cdef',
      chinese: '模工匠abc',
      twoChars: '模工',
      pastEnd: '',
    });
  });
});

describe('date operators, in UTC and in a timezone', () => {
  it('$week starts weeks on Sunday, with the days before the first Sunday in week 0', async () => {
    expect(
      await project({
        sat: { $week: '$sat' },
        sun: { $week: '$sun' },
        satInBeijing: { $week: { date: '$sat', timezone: 'Asia/Shanghai' } },
        newYear: { $week: '$newYear' },
        lateDecember: { $week: '$lateDecember' },
      }),
    ).toEqual({ sat: 0, sun: 1, satInBeijing: 1, newYear: 0, lateDecember: 52 });
  });

  it('$isoWeekYear and $isoWeek follow the ISO week’s Thursday across New Year', async () => {
    expect(
      await project({
        newYear: { $isoWeekYear: '$newYear' },
        newYearWeek: { $isoWeek: '$newYear' },
        lateDecember: { $isoWeekYear: '$lateDecember' },
        lateDecemberWeek: { $isoWeek: '$lateDecember' },
        inNewYork: { $isoWeekYear: { date: '$newYear', timezone: 'America/New_York' } },
      }),
    ).toEqual({ newYear: 2026, newYearWeek: 53, lateDecember: 2025, lateDecemberWeek: 1, inNewYork: 2026 });
  });

  it('the other date operators read the date in the timezone given', async () => {
    expect(
      await project({
        dayOfWeek: { $dayOfWeek: '$sat' },
        dayOfWeekBeijing: { $dayOfWeek: { date: '$sat', timezone: 'Asia/Shanghai' } },
        hourBeijing: { $hour: { date: '$sat', timezone: 'Asia/Shanghai' } },
        hourOffset: { $hour: { date: '$sat', timezone: '+05:30' } },
        dayOfYear: { $dayOfYear: '$newYear' },
        monthNewYork: { $month: { date: '$newYear', timezone: 'America/New_York' } },
        parts: { $dateToParts: { date: '$sat', timezone: 'Asia/Shanghai', iso8601: true } },
      }),
    ).toEqual({
      dayOfWeek: 7,
      dayOfWeekBeijing: 1,
      hourBeijing: 4,
      hourOffset: 1,
      dayOfYear: 1,
      monthNewYork: 12,
      parts: { isoWeekYear: 2026, isoWeek: 1, isoDayOfWeek: 7, hour: 4, minute: 0, second: 0, millisecond: 0 },
    });
  });

  it('$dateToString writes %U, %w and %G as MongoDB does, and %% literally', async () => {
    expect(
      await project({
        sun: { $dateToString: { date: '$sun', format: '%U %w %u %V %G' } },
        lateDecember: { $dateToString: { date: '$lateDecember', format: '%Y-%m-%d %U %w %G-W%V' } },
        beijing: { $dateToString: { date: '$sat', format: '%Y-%m-%d %H:%M %U %w', timezone: 'Asia/Shanghai' } },
        literal: { $dateToString: { date: '$sun', format: '%%U=%U' } },
      }),
    ).toEqual({
      sun: '01 1 7 01 2026',
      lateDecember: '2024-12-30 52 2 2025-W01',
      beijing: '2026-01-04 04:00 01 1',
      literal: '%U=01',
    });
  });

  it('$dateTrunc truncates in the timezone given, across a change of its offset', async () => {
    const answer = await project({
      dayUtc: { $dateTrunc: { date: '$sat', unit: 'day' } },
      dayBeijing: { $dateTrunc: { date: '$sat', unit: 'day', timezone: 'Asia/Shanghai' } },
      weekBeijing: { $dateTrunc: { date: '$sat', unit: 'week', timezone: 'Asia/Shanghai' } },
      mondayBeijing: {
        $dateTrunc: { date: '$sat', unit: 'week', timezone: 'Asia/Shanghai', startOfWeek: 'monday' },
      },
      hourOffset: { $dateTrunc: { date: '$sat', unit: 'hour', timezone: '+05:30' } },
      dayNewYork: { $dateTrunc: { date: '$springForward', unit: 'day', timezone: 'America/New_York' } },
    });
    expect(Object.fromEntries(Object.entries(answer).map(([key, value]) => [key, iso(value)]))).toEqual({
      dayUtc: '2026-01-03T00:00:00.000Z',
      dayBeijing: '2026-01-03T16:00:00.000Z',
      weekBeijing: '2026-01-03T16:00:00.000Z',
      mondayBeijing: '2025-12-28T16:00:00.000Z',
      hourOffset: '2026-01-03T19:30:00.000Z',
      dayNewYork: '2026-03-08T05:00:00.000Z',
    });
  });
});
