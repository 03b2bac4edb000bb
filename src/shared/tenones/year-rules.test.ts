import { diaryDayProblem, entryDateProblem, goalReviewProblem, yearIsOpen } from './year-rules';

// 10:00 Beijing on the given day.
const at = (day: string) => new Date(`${day}T10:00:00+08:00`);

test('a year is open through January of the next year', () => {
  expect(yearIsOpen(2026, at('2026-03-01'))).toBe(true);
  expect(yearIsOpen(2026, at('2027-01-31'))).toBe(true);
  expect(yearIsOpen(2026, at('2027-02-01'))).toBe(false);
  expect(yearIsOpen(2027, at('2026-12-31'))).toBe(false);
});

test('an activity cannot be dated after today or in a closed year', () => {
  expect(entryDateProblem('2026-12-02', at('2026-12-01'))).toBe('日期不能晚于今天');
  expect(entryDateProblem('2026-12-01', at('2026-12-01'))).toBeNull();
  expect(entryDateProblem('2026-12-30', at('2027-01-10'))).toBeNull();
  expect(entryDateProblem('2025-12-30', at('2027-01-10'))).toBe('2025年的“十个一”已经结束登记（截至2026年1月31日）');
  // 23:30 UTC on 31 Dec is already 1 Jan in Beijing.
  expect(entryDateProblem('2027-01-01', new Date('2026-12-31T16:30:00Z'))).toBeNull();
});

test('the diary is written on the day', () => {
  expect(diaryDayProblem('2026-12-01', at('2026-12-01'))).toBeNull();
  expect(diaryDayProblem('2026-11-30', at('2026-12-01'))).not.toBeNull();
});

test('a goal is reviewed from its target date or at the December review', () => {
  expect(goalReviewProblem({ targetDate: '2026-09-30' }, 2026, at('2026-06-01'))).not.toBeNull();
  expect(goalReviewProblem({ targetDate: '2026-09-30' }, 2026, at('2026-09-30'))).toBeNull();
  expect(goalReviewProblem({ targetDate: '2026-12-20' }, 2026, at('2026-12-01'))).toBeNull();
  expect(goalReviewProblem({ targetDate: '2026-09-30' }, 2026, at('2027-02-02'))).not.toBeNull();
});
