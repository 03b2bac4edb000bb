import { parseSchedule } from './timer-schedule';

// Instants are written in Beijing time, as the schedules are.
const bj = (text: string) => new Date(`${text}+08:00`);

describe('timer schedules (seven fields, Beijing time)', () => {
  it.each([
    ['0 0 2 * * * *', '2026-11-22T01:30:00', '2026-11-22T02:00:00'],
    ['0 0 2 * * * *', '2026-11-22T02:00:00', '2026-11-23T02:00:00'],
    ['*/15 * * * * * *', '2026-11-22T10:00:07', '2026-11-22T10:00:15'],
    ['0 30 9 * * MON-FRI *', '2026-11-21T12:00:00', '2026-11-23T09:30:00'], // Saturday → Monday
    ['0 0 0 1 JAN * *', '2026-11-22T00:00:00', '2027-01-01T00:00:00'],
    ['0 0 12 31 * * *', '2026-11-01T00:00:00', '2026-12-31T12:00:00'], // November has no 31st
    ['0 0 8 1 * 0 *', '2026-11-02T00:00:00', '2026-11-08T08:00:00'], // the 1st or a Sunday
    ['0 0 0 29 2 * *', '2026-03-01T00:00:00', '2028-02-29T00:00:00'],
    ['0 0 0 1 1 * 2030', '2026-11-22T00:00:00', '2030-01-01T00:00:00'],
  ])('%s after %s fires at %s', (config, after, expected) => {
    expect(parseSchedule(config).next(bj(after))?.toISOString()).toBe(bj(expected).toISOString());
  });

  it('has no next firing once its years are past', () => {
    expect(parseSchedule('0 0 0 1 1 * 2020').next(bj('2026-01-01T00:00:00'))).toBeUndefined();
  });

  it.each([
    ['0 0 2 * * *', /7 fields/],
    ['0 61 * * * * *', /minute value "61"/],
    ['0 0 0 * FOO * *', /month value "FOO"/],
    ['0 0 0 5-1 * * *', /empty range/],
    ['*/0 * * * * * *', /bad step/],
  ])('refuses %s', (config, message) => {
    expect(() => parseSchedule(config)).toThrow(message);
  });
});
