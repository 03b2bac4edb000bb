import { isWorkingDay, publicityEnd } from './working-days';

const bj = (text: string) => new Date(`${text}+08:00`);

describe('working days', () => {
  it('skips a weekend', () => {
    // Published Thursday 26 Nov 2026: Thu, Fri, Mon, Tue, Wed → ends at midnight after Wed 2 Dec.
    expect(publicityEnd(bj('2026-11-26T15:00:00'), 5, {}).toISOString()).toBe(
      bj('2026-12-03T00:00:00').toISOString(),
    );
  });

  it('skips the holidays and counts the make-up working days a year declares', () => {
    const calendars = {
      '2026': { holidays: ['2026-12-31'], workdays: ['2027-01-02'] },
      '2027': { holidays: ['2027-01-01'], workdays: ['2027-01-02'] },
    };
    // From Tue 29 Dec: 29, 30 (31 off, 1 Jan off), Sat 2 Jan 2027 is a working day, then Mon 4, Tue 5.
    expect(publicityEnd(bj('2026-12-29T09:00:00'), 5, calendars).toISOString()).toBe(
      bj('2027-01-06T00:00:00').toISOString(),
    );
    expect(isWorkingDay(bj('2027-01-02T12:00:00').getTime(), calendars)).toBe(true);
    expect(isWorkingDay(bj('2027-01-01T12:00:00').getTime(), calendars)).toBe(false);
  });

  it('starts counting on the first working day when published at a weekend', () => {
    // Saturday 28 Nov: counting starts Mon 30 Nov → Mon..Fri → ends after Fri 4 Dec.
    expect(publicityEnd(bj('2026-11-28T10:00:00'), 5, {}).toISOString()).toBe(
      bj('2026-12-05T00:00:00').toISOString(),
    );
  });

  it('gives up, rather than looping for ever, when 400 days from the start hold too few working days', () => {
    // From Monday 30 Nov 2026, with weekends only: 286 working days in the 400 days up to Monday 3 Jan 2028; the
    // 287th would be the 401st day.
    const start = bj('2026-11-30T09:00:00');
    expect(publicityEnd(start, 286, {}).toISOString()).toBe(bj('2028-01-04T00:00:00').toISOString());
    expect(() => publicityEnd(start, 287, {})).toThrow('no working days found within 400 days');
  });
});
