import { addDays, beijingDayStart, beijingHour, daysBetween, hourBucketId, hourStart, summarize } from './vote-trend';

const at = (iso: string) => Date.parse(iso);

describe('vote trend buckets', () => {
  it('puts a vote in the Beijing hour it was cast in', () => {
    const start = hourStart(at('2026-11-22T14:37:12+08:00'));
    expect(start).toBe(at('2026-11-22T14:00:00+08:00'));
    expect(beijingHour(start)).toEqual({ day: '2026-11-22', hour: 14 });
  });

  it('keeps 23:59:59 Beijing in the day’s last hour and 00:00:00 in the next day’s first', () => {
    const late = hourStart(at('2026-11-22T23:59:59+08:00'));
    const midnight = hourStart(at('2026-11-23T00:00:00+08:00'));
    expect(beijingHour(late)).toEqual({ day: '2026-11-22', hour: 23 });
    expect(beijingHour(midnight)).toEqual({ day: '2026-11-23', hour: 0 });
    expect(hourBucketId('c1', late)).toBe('c1.2026-11-22T23');
    expect(hourBucketId('c1', midnight)).toBe('c1.2026-11-23T00');
    // The Beijing day turns at 16:00 UTC, not at UTC midnight.
    expect(beijingHour(hourStart(at('2026-11-22T23:30:00Z')))).toEqual({ day: '2026-11-23', hour: 7 });
  });

  it('counts the last millisecond of an hour in that hour', () => {
    expect(hourStart(at('2026-11-22T09:59:59.999+08:00'))).toBe(at('2026-11-22T09:00:00+08:00'));
    expect(hourStart(new Date('2026-11-22T10:00:00+08:00'))).toBe(at('2026-11-22T10:00:00+08:00'));
  });

  it('starts a Beijing day at its midnight, and lists the days of a period', () => {
    expect(beijingDayStart('2026-11-23')).toBe(at('2026-11-23T00:00:00+08:00'));
    expect(daysBetween('2026-11-29', '2026-12-02')).toEqual(['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02']);
    expect([addDays('2026-12-31', 1), addDays('2026-03-01', -1)]).toEqual(['2027-01-01', '2026-02-28']);
    expect(daysBetween('2026-12-02', '2026-12-02')).toEqual(['2026-12-02']);
    expect(daysBetween('2026-12-03', '2026-12-02')).toEqual([]);
    expect(daysBetween('2026-01-01', '2026-12-31', 3)).toEqual(['2026-12-29', '2026-12-30', '2026-12-31']);
  });

  it('sums a series and finds its peak (the first of equal peaks)', () => {
    const points = [
      { label: '9时', cast: 3, uncounted: 1 },
      { label: '10时', cast: 7, uncounted: 0 },
      { label: '11时', cast: 7, uncounted: 2 },
    ];
    expect(summarize(points)).toEqual({ total: 17, uncounted: 3, peak: points[1] });
    expect(summarize([{ label: '0时', cast: 0, uncounted: 0 }])).toEqual({ total: 0, uncounted: 0, peak: null });
  });
});
