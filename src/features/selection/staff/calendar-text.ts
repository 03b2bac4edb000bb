// The 公示日历 form's date lists as staff type them. The State Council's notice gives holidays as ranges
// ("1月1日至3日放假"), so a line may hold one date or a range; the parsed days are shown back (with weekdays) for
// checking before saving, and a line that is not a date is named by its number.
import dayjs from 'dayjs';

export type ParsedDays = { days: string[]; error: null } | { days: string[]; error: string };

const DATE = String.raw`(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})日?`;
const LINE = new RegExp(String.raw`^${DATE}(?:\s*(?:至|到|~|～|-{1,2}|—)\s*${DATE})?$`);
/** A range longer than this is a typing slip, not a holiday (the longest, 春节, is 9 days). */
const MAX_RANGE_DAYS = 31;

function isoDay(year: string, month: string, day: string): string | null {
  const text = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const parsed = dayjs(text, 'YYYY-MM-DD');
  return parsed.isValid() && parsed.format('YYYY-MM-DD') === text ? text : null;
}

/** Days (`YYYY-MM-DD`, sorted, without repeats) from lines of dates and ranges, or the first line that is wrong. */
export function parseDays(text: string): ParsedDays {
  const days = new Set<string>();
  const lines = text
    .split(/[\n,，;；、]+/)
    .map((line) => line.trim())
    .filter(Boolean);
  for (const [index, line] of lines.entries()) {
    const match = LINE.exec(line);
    const from = match ? isoDay(match[1]!, match[2]!, match[3]!) : null;
    const to = match?.[4] ? isoDay(match[4], match[5]!, match[6]!) : from;
    if (!match || !from || !to) {
      return { days: [], error: `第${index + 1}项“${line}”不是日期，请写成 2027-01-01 或 2027-01-01 至 2027-01-03` };
    }
    const span = dayjs(to).diff(dayjs(from), 'day');
    if (span < 0 || span > MAX_RANGE_DAYS) {
      return { days: [], error: `第${index + 1}项“${line}”的起止日期不对` };
    }
    for (let i = 0; i <= span; i++) days.add(dayjs(from).add(i, 'day').format('YYYY-MM-DD'));
  }
  return { days: [...days].sort(), error: null };
}

/** Saved days written back as the form shows them: runs of consecutive days as ranges, one per line. */
export function formatDays(days: readonly string[]): string {
  const sorted = [...days].sort();
  const lines: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && dayjs(sorted[j + 1]).diff(dayjs(sorted[j]), 'day') === 1) j++;
    lines.push(i === j ? sorted[i]! : `${sorted[i]} 至 ${sorted[j]}`);
    i = j + 1;
  }
  return lines.join('\n');
}
