// The rules of a 师带徒 agreement (issue 15), pure and taking `now`: the term (1 to 3 years), goal dates inside it,
// the cadence's schedule of checks and reviews, which one is due next, how many days it is overdue, and the dates a
// check may carry. Calendar days are Beijing days (`YYYY-MM-DD`), whatever the device's zone; the server stores the
// instant a due check becomes overdue so staff's cadence table is one indexed range.
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { addDays, beijingDay, beijingYear, daysBetween } from '../time/beijing';

dayjs.extend(utc);

export const MIN_TERM_YEARS = 1;
export const MAX_TERM_YEARS = 3;
export const MAX_AGREEMENT_GOALS = 10;
export const DEFAULT_CHECK_EVERY_MONTHS = 1;
export const DEFAULT_REVIEW_EVERY_MONTHS = 3;
export const MAX_CHECK_EVERY_MONTHS = 6;
export const MAX_REVIEW_EVERY_MONTHS = 12;
/** How far ahead an agreement may start (a pair formed now may agree to begin after a holiday). */
export const MAX_START_AHEAD_DAYS = 90;

export interface Term {
  start: string;
  end: string;
}

export interface Cadence {
  checkEveryMonths: number;
  reviewEveryMonths: number;
}

export interface FieldProblem {
  /** The path under the input, as zod names it (`term.end`, `goals.2.targetDate`). */
  path: Array<string | number>;
  message: string;
}

/** A calendar day moved by whole months; the 31st of a shorter month is its last day (31 Jan + 1 = 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  return dayjs.utc(day).add(months, 'month').format('YYYY-MM-DD');
}

/** The shortest and longest end of a term that starts on `start`: one year to three years, less a day. */
export function termEndBounds(start: string): { earliest: string; latest: string } {
  return {
    earliest: addDays(addMonths(start, 12 * MIN_TERM_YEARS), -1),
    latest: addDays(addMonths(start, 12 * MAX_TERM_YEARS), -1),
  };
}

/** What is wrong with a term on its own (its length), or null. */
export function termProblem(term: Term): FieldProblem | null {
  const { earliest, latest } = termEndBounds(term.start);
  if (term.end < earliest || term.end > latest) {
    return { path: ['term', 'end'], message: `带徒期限为${MIN_TERM_YEARS}到${MAX_TERM_YEARS}年，请调整结束日期` };
  }
  return null;
}

/** What is wrong with the term's start for a pair formed on `pairSince` (an instant), seen at `now`, or null. */
export function termStartProblem(start: string, pairSince: Date | string, now: Date): FieldProblem | null {
  if (start < beijingDay(pairSince)) {
    return { path: ['term', 'start'], message: '开始日期不能早于结为师徒的日期' };
  }
  if (start > addDays(beijingDay(now), MAX_START_AHEAD_DAYS)) {
    return { path: ['term', 'start'], message: `开始日期最晚为${MAX_START_AHEAD_DAYS}天后` };
  }
  return null;
}

/** Goals whose target date falls outside the term, each named by its path. */
export function goalDateProblems(goals: ReadonlyArray<{ targetDate: string }>, term: Term): FieldProblem[] {
  return goals.flatMap((goal, index) =>
    goal.targetDate < term.start || goal.targetDate > term.end
      ? [{ path: ['goals', index, 'targetDate'], message: '目标日期须在带徒期限内' }]
      : [],
  );
}

/** A review every N months must not come more often than the checks. */
export function cadenceProblem(cadence: Cadence): FieldProblem | null {
  if (cadence.reviewEveryMonths < cadence.checkEveryMonths) {
    return { path: ['cadence', 'reviewEveryMonths'], message: '阶段评估的间隔不能短于日常检查' };
  }
  return null;
}

export type CheckKind = 'check' | 'review';

export interface DueSlot {
  day: string;
  kind: CheckKind;
}

/**
 * Every check the agreement schedules, in order: one each `checkEveryMonths` from the start and one each
 * `reviewEveryMonths` (a review where both fall on one day), up to the term's end. Counted from the start each
 * time, never chained, so short months do not make the schedule drift.
 */
export function dueSlots(term: Term, cadence: Cadence): DueSlot[] {
  const days = new Map<string, CheckKind>();
  for (const [every, kind] of [
    [cadence.checkEveryMonths, 'check'],
    [cadence.reviewEveryMonths, 'review'],
  ] as const) {
    for (let i = 1; ; i++) {
      const day = addMonths(term.start, i * every);
      if (day > term.end) break;
      if (kind === 'review' || !days.has(day)) days.set(day, kind);
    }
  }
  return [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, kind]) => ({ day, kind }));
}

/**
 * The check due next: the first scheduled one after the latest check's day (or the first of all before any
 * check). A check recorded on or after a slot's day answers it; null once the schedule is done (出师考核 is next).
 */
export function nextDue(term: Term, cadence: Cadence, lastCheckDay: string | null): DueSlot | null {
  return dueSlots(term, cadence).find((slot) => lastCheckDay === null || slot.day > lastCheckDay) ?? null;
}

/** Whole days a check due on `dueDay` is overdue at `now` (0 on its day and before). */
export function overdueDays(dueDay: string | null, now: Date): number {
  if (!dueDay) return 0;
  return Math.max(0, daysBetween(dueDay, beijingDay(now)));
}

/** The instant a check due on `dueDay` becomes overdue: the Beijing midnight that ends its day. */
export function overdueFrom(dueDay: string): Date {
  return new Date(`${addDays(dueDay, 1)}T00:00:00+08:00`);
}

/** What is wrong with the date a check is recorded for, or null: not in the future, not before the term. */
export function checkDateProblem(date: string, term: Term, now: Date): FieldProblem | null {
  if (date > beijingDay(now)) return { path: ['date'], message: '检查日期不能晚于今天' };
  if (date < term.start) return { path: ['date'], message: '检查日期不能早于带徒期限的开始' };
  return null;
}

/**
 * The Beijing calendar years an apprenticeship active from `since` counts in up to `now` (item 6 is granted for
 * each): the forming year, then each new year while it stays active.
 */
export function activeYears(since: Date | string, now: Date): number[] {
  const years: number[] = [];
  for (let year = beijingYear(since); year <= beijingYear(now); year++) years.push(year);
  return years;
}
