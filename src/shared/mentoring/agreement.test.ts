import {
  activeYears,
  addMonths,
  cadenceProblem,
  checkDateProblem,
  dueSlots,
  goalDateProblems,
  nextDue,
  overdueDays,
  overdueFrom,
  termProblem,
  termStartProblem,
} from './agreement';

const monthly = { checkEveryMonths: 1, reviewEveryMonths: 3 };
const term = { start: '2026-01-31', end: '2027-01-30' };

describe('agreement terms', () => {
  it('takes one to three years, less a day, and names the end otherwise', () => {
    expect(termProblem({ start: '2026-03-01', end: '2027-02-28' })).toBeNull();
    expect(termProblem({ start: '2026-03-01', end: '2029-02-28' })).toBeNull();
    expect(termProblem({ start: '2026-03-01', end: '2027-02-27' })?.path).toEqual(['term', 'end']);
    expect(termProblem({ start: '2026-03-01', end: '2029-03-01' })?.path).toEqual(['term', 'end']);
    expect(termProblem({ start: '2026-03-01', end: '2031-02-28' })?.message).toContain('1到3年');
  });

  it('starts no earlier than the pair formed (Beijing day) and at most 90 days ahead', () => {
    const now = new Date('2026-05-10T02:00:00Z');
    // Formed at 23:30 UTC on 9 May: already 10 May in Beijing.
    expect(termStartProblem('2026-05-09', '2026-05-09T23:30:00Z', now)?.path).toEqual(['term', 'start']);
    expect(termStartProblem('2026-05-10', '2026-05-09T23:30:00Z', now)).toBeNull();
    expect(termStartProblem('2026-08-08', '2026-05-09T23:30:00Z', now)).toBeNull();
    expect(termStartProblem('2026-08-09', '2026-05-09T23:30:00Z', now)?.path).toEqual(['term', 'start']);
  });

  it('names each goal whose date is outside the term', () => {
    const problems = goalDateProblems(
      [{ targetDate: '2026-01-30' }, { targetDate: '2026-06-01' }, { targetDate: '2027-01-31' }],
      term,
    );
    expect(problems.map((problem) => problem.path)).toEqual([
      ['goals', 0, 'targetDate'],
      ['goals', 2, 'targetDate'],
    ]);
  });

  it('refuses reviews more often than checks', () => {
    expect(cadenceProblem({ checkEveryMonths: 2, reviewEveryMonths: 1 })?.path).toEqual([
      'cadence',
      'reviewEveryMonths',
    ]);
    expect(cadenceProblem(monthly)).toBeNull();
  });
});

describe('the cadence', () => {
  it('counts months from the start, so the 31st does not drift through short months', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-01-31', 2)).toBe('2026-03-31');
    expect(addMonths('2027-12-31', 2)).toBe('2028-02-29');
    const slots = dueSlots(term, monthly);
    expect(slots.slice(0, 3)).toEqual([
      { day: '2026-02-28', kind: 'check' },
      { day: '2026-03-31', kind: 'check' },
      { day: '2026-04-30', kind: 'review' },
    ]);
    expect(slots).toHaveLength(11);
    expect(slots.at(-1)).toEqual({ day: '2026-12-31', kind: 'check' });
  });

  it('merges a review falling between checks and stops at the term end', () => {
    const slots = dueSlots({ start: '2026-01-01', end: '2026-12-31' }, { checkEveryMonths: 2, reviewEveryMonths: 3 });
    expect(slots.map((slot) => `${slot.day}:${slot.kind}`)).toEqual([
      '2026-03-01:check',
      '2026-04-01:review',
      '2026-05-01:check',
      '2026-07-01:review',
      '2026-09-01:check',
      '2026-10-01:review',
      '2026-11-01:check',
    ]);
  });

  it('is due after the latest check, and done when the schedule is', () => {
    expect(nextDue(term, monthly, null)).toEqual({ day: '2026-02-28', kind: 'check' });
    expect(nextDue(term, monthly, '2026-02-28')).toEqual({ day: '2026-03-31', kind: 'check' });
    // A late check answers every slot it passed.
    expect(nextDue(term, monthly, '2026-04-02')).toEqual({ day: '2026-04-30', kind: 'review' });
    expect(nextDue(term, monthly, '2026-05-03')).toEqual({ day: '2026-05-31', kind: 'check' });
    expect(nextDue(term, monthly, '2026-12-31')).toBeNull();
  });

  it('counts overdue days by the Beijing calendar', () => {
    // 16:30 UTC on 1 March is 2 March in Beijing: one day past a check due 1 March.
    expect(overdueDays('2026-03-01', new Date('2026-03-01T16:30:00Z'))).toBe(1);
    expect(overdueDays('2026-03-01', new Date('2026-03-01T15:30:00Z'))).toBe(0);
    expect(overdueDays('2026-03-05', new Date('2026-03-01T15:30:00Z'))).toBe(0);
    expect(overdueDays(null, new Date('2026-03-01T15:30:00Z'))).toBe(0);
    expect(overdueFrom('2026-03-01').toISOString()).toBe('2026-03-01T16:00:00.000Z');
  });
});

describe('checks and years', () => {
  it('dates a check neither in the future nor before the term', () => {
    const now = new Date('2026-03-01T16:30:00Z'); // 2 March in Beijing
    expect(checkDateProblem('2026-03-02', term, now)).toBeNull();
    expect(checkDateProblem('2026-03-03', term, now)?.message).toContain('晚于今天');
    expect(checkDateProblem('2026-01-30', term, now)?.message).toContain('早于');
  });

  it('lists the Beijing years an apprenticeship is active in', () => {
    expect(activeYears('2025-12-31T16:30:00Z', new Date('2026-05-01T00:00:00Z'))).toEqual([2026]);
    expect(activeYears('2025-12-31T15:30:00Z', new Date('2027-01-01T00:00:00Z'))).toEqual([2025, 2026, 2027]);
  });
});
