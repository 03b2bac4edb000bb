// CloudBase timer-trigger schedules: seven fields, `second minute hour day month week year`, in Beijing time.
// Each field takes `*`, a number, a range `a-b`, a list `a,b`, and a step `*/n` or `a-b/n`; months and weekdays
// also take English abbreviations (JAN, MON). Day and weekday both restricted means either may match, as in cron.

const FIELDS = [
  { name: 'second', min: 0, max: 59 },
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12 },
  { name: 'week', min: 0, max: 6 },
  { name: 'year', min: 1970, max: 2099 },
] as const;

const NAMES: Record<string, number> = {
  JAN: 1, FEB: 2, MAR: 3, APR: 4, MAY: 5, JUN: 6, JUL: 7, AUG: 8, SEP: 9, OCT: 10, NOV: 11, DEC: 12,
  SUN: 0, MON: 1, TUE: 2, WED: 3, THU: 4, FRI: 5, SAT: 6,
}; // prettier-ignore

const BEIJING_OFFSET_MS = 8 * 3600_000;

export interface Schedule {
  readonly source: string;
  /** The first firing strictly after `after`, or undefined if there is none before 2100. */
  next(after: Date): Date | undefined;
}

function parseField(text: string, field: (typeof FIELDS)[number]): { values: Set<number>; any: boolean } {
  const values = new Set<number>();
  const number = (token: string): number => {
    const value = /^\d+$/.test(token) ? Number(token) : NAMES[token.toUpperCase()];
    // 7 is also Sunday in most cron dialects.
    const normalised = field.name === 'week' && value === 7 ? 0 : value;
    if (normalised === undefined || normalised < field.min || normalised > field.max) {
      throw new Error(`timer config: ${field.name} value "${token}" is out of range ${field.min}-${field.max}`);
    }
    return normalised;
  };
  for (const part of text.split(',')) {
    const [range = '', stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) throw new Error(`timer config: bad step in "${part}"`);
    let from: number;
    let to: number;
    if (range === '*') [from, to] = [field.min, field.max];
    else if (range.includes('-')) {
      const [a = '', b = ''] = range.split('-');
      [from, to] = [number(a), number(b)];
    } else {
      from = number(range);
      to = stepText === undefined ? from : field.max;
    }
    if (from > to) throw new Error(`timer config: empty range "${part}" in ${field.name}`);
    for (let value = from; value <= to; value += step) values.add(value);
  }
  return { values, any: text === '*' };
}

export function parseSchedule(source: string): Schedule {
  const parts = source.trim().split(/\s+/);
  if (parts.length !== 7) {
    throw new Error(`timer config "${source}" must have 7 fields: second minute hour day month week year`);
  }
  const [second, minute, hour, day, month, week, year] = FIELDS.map((field, i) => parseField(parts[i]!, field));
  const dayMatches = (date: Date): boolean => {
    const byDay = day!.values.has(date.getUTCDate());
    const byWeek = week!.values.has(date.getUTCDay());
    if (day!.any) return byWeek;
    if (week!.any) return byDay;
    return byDay || byWeek;
  };
  return {
    source,
    next(after: Date) {
      // Work on a Date whose UTC fields read as Beijing wall time.
      const t = new Date(Math.floor((after.getTime() + BEIJING_OFFSET_MS) / 1000) * 1000 + 1000);
      for (let guard = 0; guard < 100_000; guard++) {
        if (t.getUTCFullYear() > 2099) return undefined;
        if (!year!.values.has(t.getUTCFullYear())) {
          t.setUTCFullYear(t.getUTCFullYear() + 1, 0, 1);
          t.setUTCHours(0, 0, 0);
        } else if (!month!.values.has(t.getUTCMonth() + 1)) {
          t.setUTCMonth(t.getUTCMonth() + 1, 1);
          t.setUTCHours(0, 0, 0);
        } else if (!dayMatches(t)) {
          t.setUTCDate(t.getUTCDate() + 1);
          t.setUTCHours(0, 0, 0);
        } else if (!hour!.values.has(t.getUTCHours())) {
          t.setUTCHours(t.getUTCHours() + 1, 0, 0);
        } else if (!minute!.values.has(t.getUTCMinutes())) {
          t.setUTCMinutes(t.getUTCMinutes() + 1, 0);
        } else if (!second!.values.has(t.getUTCSeconds())) {
          t.setUTCSeconds(t.getUTCSeconds() + 1);
        } else {
          return new Date(t.getTime() - BEIJING_OFFSET_MS);
        }
      }
      return undefined;
    },
  };
}
