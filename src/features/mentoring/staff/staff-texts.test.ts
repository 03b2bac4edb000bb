import { gradesText, monthText, overdueText, shiftMonth } from './staff-texts';

describe('staff wording of 师带徒', () => {
  it('says how late a check is, and when it is due today', () => {
    const due = { day: '2026-12-02', kind: 'check' as const };
    expect(overdueText({ overdueDays: 12, nextDue: due }, '2026-12-14')).toBe('逾期 12 天');
    expect(overdueText({ overdueDays: 0, nextDue: due }, '2026-12-02')).toBe('今天到期');
    expect(overdueText({ overdueDays: 0, nextDue: due }, '2026-11-30')).toBe('未逾期');
    expect(overdueText({ overdueDays: 0, nextDue: null }, '2026-11-30')).toBe('未逾期');
  });

  it('moves a month across the turn of the year both ways', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2025-12', 1)).toBe('2026-01');
    expect(shiftMonth('2026-06', -13)).toBe('2025-05');
    expect(monthText('2026-03')).toBe('2026年3月');
  });

  it('lists grades in the vocabulary order, and tells an uncounted year from an empty one', () => {
    expect(gradesText({ fail: 1, excellent: 2, pass: 0 })).toBe('优秀 2 人、不合格 1 人');
    expect(gradesText({})).toBe('暂无');
    expect(gradesText(null)).toBe('待统计');
  });
});
