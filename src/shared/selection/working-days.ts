// Working days for 公示 periods: weekends and public holidays do not count, make-up working days (调休) do. The
// holidays and make-up days of each year come from the State Council's notice; staff enter them per year (a
// calendar is data, never guessed), and a year without an entry counts weekends only.
import { inBeijing } from '../time/beijing';

/** How long a 公示 lasts, in working days (domain.md §4: 荆楚工匠, 江苏最美工匠). */
export const PUBLICITY_WORKING_DAYS = 5;

export interface YearCalendar {
  /** `YYYY-MM-DD` days off that would otherwise be working days. */
  holidays: string[];
  /** `YYYY-MM-DD` weekend days that are working days. */
  workdays: string[];
}

export type Calendars = Record<string, YearCalendar | undefined>;

const DAY_MS = 86_400_000;

function dayOf(ms: number): { key: string; weekday: number; year: string } {
  const t = inBeijing(ms);
  return { key: t.format('YYYY-MM-DD'), weekday: t.day(), year: String(t.year()) };
}

export function isWorkingDay(ms: number, calendars: Calendars): boolean {
  const { key, weekday, year } = dayOf(ms);
  const calendar = calendars[year];
  if (calendar?.workdays.includes(key)) return true;
  if (calendar?.holidays.includes(key)) return false;
  return weekday !== 0 && weekday !== 6;
}

/**
 * When a 公示 of `days` working days that begins at `start` ends: counting starts on the first working day on or
 * after the start day, and the period ends at 24:00 (Beijing) of the last counted day.
 */
export function publicityEnd(start: Date, days: number, calendars: Calendars): Date {
  // Beijing midnight of the start day.
  let day = inBeijing(start).startOf('day').valueOf();
  let counted = 0;
  for (let guard = 0; guard < 400; guard++, day += DAY_MS) {
    if (isWorkingDay(day, calendars)) counted++;
    if (counted === days) return new Date(day + DAY_MS);
  }
  throw new Error('no working days found within 400 days');
}
