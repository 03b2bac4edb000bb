// The 公示日历's day lists as staff enter them: periods picked from a first and last day, as the State Council's
// notice gives holidays ("1月1日至3日放假"). A period is checked before it joins its list (in order, a sensible
// length, within the calendar's year), and a saved list reads back as its periods.
import { addDays, daysBetween } from '@/shared/time/beijing';

export interface DayPeriod {
  from: string;
  to: string;
}

/** A period longer than this is a slip, not a holiday (the longest, 春节, is 9 days). */
const MAX_PERIOD_DAYS = 31;

/** The days of the periods, `YYYY-MM-DD`, sorted and without repeats. */
export function daysOf(periods: readonly DayPeriod[]): string[] {
  const days = new Set<string>();
  for (const { from, to } of periods) {
    for (let day = from; day <= to; day = addDays(day, 1)) days.add(day);
  }
  return [...days].sort();
}

/** Saved days as the periods they form: runs of consecutive days, in order. */
export function periodsOf(days: readonly string[]): DayPeriod[] {
  const sorted = [...new Set(days)].sort();
  const periods: DayPeriod[] = [];
  for (const day of sorted) {
    const last = periods[periods.length - 1];
    if (last && addDays(last.to, 1) === day) last.to = day;
    else periods.push({ from: day, to: day });
  }
  return periods;
}

/**
 * What is wrong with a period about to join the calendar of `year` (whose make-up working days may reach into the
 * next January), or null.
 */
export function periodProblem(period: Partial<DayPeriod>, year: number): string | null {
  if (!period.from) return '请先选择开始日期';
  const to = period.to ?? period.from;
  if (to < period.from) return '结束日期不能早于开始日期';
  if (daysBetween(period.from, to) >= MAX_PERIOD_DAYS) return `一段最多${MAX_PERIOD_DAYS}天`;
  if (period.from < `${year}-01-01` || to > `${year + 1}-01-31`) return `日期须在${year}年内（或次年1月的调休日）`;
  return null;
}
