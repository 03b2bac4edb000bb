import { formatDays, parseDays } from './calendar-text';

describe('公示日历 date lists', () => {
  it('reads single dates and ranges in the ways a notice is copied, without repeats', () => {
    expect(parseDays('2027-01-01 至 2027-01-03\n2027年2月6日、2027.2.7\n2027-01-02')).toEqual({
      days: ['2027-01-01', '2027-01-02', '2027-01-03', '2027-02-06', '2027-02-07'],
      error: null,
    });
    expect(parseDays('  \n')).toEqual({ days: [], error: null });
  });

  it('names the item that is not a date or not a sensible range', () => {
    expect(parseDays('2027-01-01\n元旦').error).toBe(
      '第2项“元旦”不是日期，请写成 2027-01-01 或 2027-01-01 至 2027-01-03',
    );
    expect(parseDays('2027-02-30').error).toMatch(/^第1项/);
    expect(parseDays('2027-01-05 至 2027-01-01').error).toBe('第1项“2027-01-05 至 2027-01-01”的起止日期不对');
    expect(parseDays('2027-01-01 至 2027-03-01').error).toMatch(/起止日期不对/);
  });

  it('writes saved days back as ranges, so what was entered reads the same', () => {
    const days = ['2027-02-06', '2027-01-01', '2027-01-02', '2027-01-03'];
    expect(formatDays(days)).toBe('2027-01-01 至 2027-01-03\n2027-02-06');
    expect(parseDays(formatDays(days)).days).toEqual([...days].sort());
  });
});
