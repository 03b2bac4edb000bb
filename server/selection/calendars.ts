// Calendars: the `calendars` collection, each year's public holidays and make-up working days as city staff entered
// them from the State Council's notice (the 公示 counts working days by them).
import type { Calendars, YearCalendar } from '../../src/shared/selection/working-days';
import { inBeijing } from '../../src/shared/time/beijing';
import { storedCollection, type Db } from '../kit/db';

export interface CalendarRecord extends YearCalendar {
  /** The year, as a string. */
  _id: string;
  updatedAt: Date;
}

export const calendars = storedCollection<CalendarRecord>('calendars');

/** This year's and next year's calendars, by year. */
export async function calendarsAround(db: Db, now: Date): Promise<Calendars> {
  const year = inBeijing(now).year();
  const found = await calendars.readAll(db, { _id: db.command.in([String(year), String(year + 1)]) });
  return Object.fromEntries(found.map((calendar) => [calendar._id, calendar]));
}
