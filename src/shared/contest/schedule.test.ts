import {
  cancellationOpen,
  checkInOpen,
  contestPhase,
  contestScheduleSchema,
  contestYearOf,
  registrationRefusal,
  windowText,
} from './schedule';

const schedule = {
  opensAt: '2026-12-01T01:00:00.000Z', // 12月1日 09:00 Beijing
  closesAt: '2026-12-10T10:00:00.000Z', // 12月10日 18:00
  cancelBy: '2026-12-12T10:00:00.000Z',
  day: '2026-12-20',
};
const at = (iso: string) => new Date(iso);

describe('a contest schedule', () => {
  it('moves through its phases by Beijing time', () => {
    expect(contestPhase(schedule, at('2026-12-01T00:59:59Z'))).toBe('upcoming');
    expect(contestPhase(schedule, at('2026-12-01T01:00:00Z'))).toBe('open');
    expect(contestPhase(schedule, at('2026-12-10T10:00:00Z'))).toBe('closed');
    // The contest day starts at Beijing midnight: 16:00 UTC the day before.
    expect(contestPhase(schedule, at('2026-12-19T15:59:59Z'))).toBe('closed');
    expect(contestPhase(schedule, at('2026-12-19T16:00:00Z'))).toBe('day');
    expect(contestPhase(schedule, at('2026-12-20T16:00:00Z'))).toBe('over');
  });

  it('allows cancelling until the deadline, and check-in on the day only', () => {
    expect(cancellationOpen(schedule, at('2026-12-12T10:00:00Z'))).toBe(true);
    expect(cancellationOpen(schedule, at('2026-12-12T10:00:01Z'))).toBe(false);
    expect(checkInOpen(schedule, at('2026-12-19T16:00:00Z'))).toBe(true);
    expect(checkInOpen(schedule, at('2026-12-19T15:59:59Z'))).toBe(false);
  });

  it('says why registration is refused, with the window in Beijing time', () => {
    expect(windowText(schedule)).toBe('12月1日 09:00 至 12月10日 18:00');
    expect(registrationRefusal(schedule, at('2026-11-30T00:00:00Z'))).toBe(
      '报名尚未开始（12月1日 09:00 至 12月10日 18:00）',
    );
    expect(registrationRefusal(schedule, at('2026-12-05T00:00:00Z'))).toBeNull();
    expect(registrationRefusal(schedule, at('2026-12-11T00:00:00Z'))).toBe('报名已截止');
  });

  it('counts a New Year contest in the new year', () => {
    expect(contestYearOf({ day: '2027-01-01' })).toBe(2027);
  });

  it('refuses a window that closes before it opens or after the contest day begins, naming the field', () => {
    const issues = (change: object) =>
      contestScheduleSchema.safeParse({ ...schedule, ...change }).error?.issues.map((issue) => issue.path.join('.'));
    expect(issues({ closesAt: schedule.opensAt })).toEqual(['closesAt']);
    expect(issues({ closesAt: '2026-12-19T16:00:01Z', cancelBy: '2026-12-12T10:00:00Z' })).toEqual(['closesAt']);
    expect(issues({ cancelBy: '2026-11-30T00:00:00Z' })).toEqual(['cancelBy']);
    expect(issues({})).toBeUndefined();
  });
});
