// Beijing time for display and for calendar rules. China has no daylight saving, so a fixed +08:00 offset is exact
// and needs no Intl time-zone data (which some mini-program JS engines lack).
import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

const BEIJING_OFFSET_MINUTES = 8 * 60;
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const;

/** The instant as a Dayjs in Beijing time. */
export function inBeijing(instant: Date | string | number): Dayjs {
  return dayjs.utc(instant).utcOffset(BEIJING_OFFSET_MINUTES);
}

/** A date the way people say it: `11月22日 周日 14:00`. */
export function formatDateTime(instant: Date | string | number): string {
  const t = inBeijing(instant);
  return `${t.month() + 1}月${t.date()}日 ${WEEKDAYS[t.day()]} ${t.format('HH:mm')}`;
}

/** The calendar year in Beijing, which is what yearly programmes (十个一) count by. */
export function beijingYear(instant: Date | string | number): number {
  return inBeijing(instant).year();
}

/** The Beijing calendar day, `YYYY-MM-DD`: daily vote quotas reset at Beijing midnight. */
export function beijingDay(instant: Date | string | number): string {
  return inBeijing(instant).format('YYYY-MM-DD');
}

/** A calendar day (`YYYY-MM-DD`) moved by whole days; calendar days have no zone, so none is applied. */
export function addDays(day: string, days: number): string {
  return dayjs.utc(day).add(days, 'day').format('YYYY-MM-DD');
}

/** Whole days from one calendar day to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayjs.utc(to).diff(dayjs.utc(from), 'day');
}
