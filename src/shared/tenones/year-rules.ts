// When a 十个一 record may be written (pure; `now` is the caller's clock). A year stays open for logging until the
// end of January of the next year, when unions make their yearly count: a December activity can still be logged in
// the first days of January, and after that the year is closed. Nothing may be dated after today (Beijing).
import { beijingDay, beijingYear } from '../time/beijing';

/** The last Beijing day a year's records may be written on: 31 January of the next year. */
export const yearClosesOn = (year: number) => `${year + 1}-01-31`;

export function yearIsOpen(year: number, now: Date): boolean {
  const today = beijingDay(now);
  return year <= beijingYear(now) && today <= yearClosesOn(year);
}

/** Why an activity's date cannot be logged now, or null. */
export function entryDateProblem(date: string, now: Date): string | null {
  const today = beijingDay(now);
  if (date > today) return '日期不能晚于今天';
  const year = Number(date.slice(0, 4));
  if (!yearIsOpen(year, now))
    return `${year}年的“十个一”已经结束登记（截至${yearClosesOn(year).replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')}）`;
  return null;
}

/** A diary entry is for today and is editable only today. */
export function diaryDayProblem(date: string, now: Date): string | null {
  return date === beijingDay(now) ? null : '生产日记只能写当天的，当天可以修改';
}

/**
 * A plan goal is marked achieved or not at review time: on or after its target date, or at the year's review
 * (from 1 December), and while the plan's year is open.
 */
export function goalReviewProblem(goal: { targetDate: string }, year: number, now: Date): string | null {
  if (!yearIsOpen(year, now)) return `${year}年的计划已经结束登记`;
  const today = beijingDay(now);
  if (today < goal.targetDate && today < `${year}-12-01`) return '到目标日期（或12月年度回顾）时才能标记是否达成';
  return null;
}
