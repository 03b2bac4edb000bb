import { scoringReminderAt, scoringReminderDue } from './reminders';

const ends = new Date('2026-12-10T02:00:00Z');

describe('scoring reminders', () => {
  it('go a day before scoring closes', () => {
    expect(scoringReminderAt(ends).toISOString()).toBe('2026-12-09T02:00:00.000Z');
  });

  it('are due only while scoring, in its last day', () => {
    expect(scoringReminderDue('scoring', ends, new Date('2026-12-09T01:59:59Z'))).toBe(false);
    expect(scoringReminderDue('scoring', ends, new Date('2026-12-09T02:00:00Z'))).toBe(true);
    expect(scoringReminderDue('scoring', ends, new Date('2026-12-10T01:59:59Z'))).toBe(true);
    expect(scoringReminderDue('scoring', ends, new Date('2026-12-10T02:00:00Z'))).toBe(false);
    expect(scoringReminderDue('voting', ends, new Date('2026-12-09T12:00:00Z'))).toBe(false);
    expect(scoringReminderDue('result', ends, new Date('2026-12-09T12:00:00Z'))).toBe(false);
  });
});
