// Dates and small texts the way people read them, in Beijing time (`formatDateTime` gives `11月22日 周日 14:00`).
import { formatDateTime, inBeijing } from '@/shared/time/beijing';
import type { CloudError } from '@/cloud/cloud-error';

export { formatDateTime };

/** A calendar date with its year: `2026年3月1日`. */
export function formatDate(instant: Date | string | number): string {
  const t = inBeijing(instant);
  return `${t.year()}年${t.month() + 1}月${t.date()}日`;
}

/**
 * The message to show next to a form field. A message from input validation names the field for a reader who
 * cannot see it (`字段 phone：…`); beside the field that prefix only gets in the way.
 */
export function fieldMessage(error: Pick<CloudError, 'message'>): string {
  return error.message.replace(/^字段 [\w.]+：/, '');
}

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const;

/** A day the way people say it, without the time: `11月22日 周日`. */
export function formatDay(instant: Date | string | number): string {
  const t = inBeijing(instant);
  return `${t.month() + 1}月${t.date()}日 ${WEEKDAYS[t.day()]}`;
}

/** A Beijing calendar day (`YYYY-MM-DD`) with its year and weekday: `2026年12月5日 周六`. */
export function formatCalendarDay(day: string): string {
  const instant = `${day}T00:00:00+08:00`;
  return `${formatDate(instant)} ${WEEKDAYS[inBeijing(instant).day()]}`;
}

/**
 * The end of a period the way people say it: one that ends at Beijing midnight ends at `24:00` of the day before
 * (`11月27日 周五 24:00`), not at 00:00 of a day it does not include.
 */
export function formatEnd(instant: Date | string | number): string {
  const t = inBeijing(instant);
  if (t.hour() === 0 && t.minute() === 0) return `${formatDay(t.subtract(1, 'day').valueOf())} 24:00`;
  return formatDateTime(instant);
}
