import { beijingDay, beijingYear, formatDateTime } from './beijing';

describe('Beijing time', () => {
  it('formats an instant as people say it, in Beijing time', () => {
    expect(formatDateTime('2026-11-22T06:00:00Z')).toBe('11月22日 周日 14:00');
  });

  it('moves to the next day in Beijing before UTC does', () => {
    expect(formatDateTime('2026-11-21T16:30:00Z')).toBe('11月22日 周日 00:30');
  });

  it('counts the year by the Beijing calendar', () => {
    expect(beijingYear('2026-12-31T16:00:00Z')).toBe(2027);
    expect(beijingYear('2026-12-31T15:59:59Z')).toBe(2026);
  });

  it('names the Beijing calendar day, which turns at Beijing midnight (16:00 UTC)', () => {
    expect(beijingDay('2026-11-21T15:59:59Z')).toBe('2026-11-21');
    expect(beijingDay('2026-11-21T16:00:00Z')).toBe('2026-11-22');
  });
});
