// Aggregation operators where mingo 7 answers otherwise than MongoDB (to whose semantics CloudBase's aggregation
// defers), registered over mingo's own through a Context. Each is written from MongoDB's reference page, kept free
// of this project's code so it could be offered to mingo as it is, and checked in aggregation-operators.test.ts:
// - $indexOfCP: missing from mingo;
// - $substr / $substrBytes: a negative length, or one past the end, takes the rest of the string (mingo throws);
// - $week and the `%U` of $dateToString: weeks start on Sunday and the days before the year's first Sunday are week
//   0 (mingo counts one more);
// - $isoWeekYear and the `%G` of $dateToString: the year of the ISO week's Thursday (mingo gives the calendar year
//   for the days around New Year);
// - the `%w` of $dateToString: 1 (Sunday) to 7 (Saturday) (mingo: 0–6), and `%%` a literal `%` (mingo: nothing);
// - $dateTrunc with a timezone: truncates in that timezone (mingo truncates in UTC).
import type { Any, AnyObject, ExpressionOperator, Options } from 'mingo/types';
import { Context, evalExpr } from 'mingo/core';
import * as accumulatorOperators from 'mingo/operators/accumulator';
import * as expressionOperators from 'mingo/operators/expression';
import * as pipelineOperators from 'mingo/operators/pipeline';
import * as projectionOperators from 'mingo/operators/projection';
import * as queryOperators from 'mingo/operators/query';
import * as windowOperators from 'mingo/operators/window';

const { $dateTrunc: mingoDateTrunc } = expressionOperators;

const DAY_MS = 86_400_000;
const formats = new Map<string, Intl.DateTimeFormat>();

/** Minutes east of UTC that `timezone` (an Olson name, `Z`, or `±hh`, `±hhmm`, `±hh:mm`) has at `date`. */
export function offsetMinutes(date: Date, timezone: unknown): number {
  if (timezone === undefined || timezone === null || timezone === 'UTC' || timezone === 'GMT' || timezone === 'Z')
    return 0;
  if (typeof timezone !== 'string') throw new Error('timezone must be a string');
  const fixed = /^([+-])(\d{2}):?(\d{2})?$/.exec(timezone);
  if (fixed) return (fixed[1] === '-' ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3] ?? 0));
  let format = formats.get(timezone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timezone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(date).map((part) => [part.type, Number(part.value)]));
  const local = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return Math.round((local - (date.getTime() - date.getUTCMilliseconds())) / 60_000);
}

/** The date's wall-clock time in `timezone`, as a Date whose UTC fields read that wall clock. */
const wallClock = (date: Date, timezone: unknown) =>
  new Date(date.getTime() + offsetMinutes(date, timezone) * 60_000);

/** The instant a wall-clock time (UTC fields of `wall`) is in `timezone`; right across offset changes too. */
function fromWallClock(wall: Date, timezone: unknown): Date {
  let guess = new Date(wall.getTime() - offsetMinutes(wall, timezone) * 60_000);
  guess = new Date(wall.getTime() - offsetMinutes(guess, timezone) * 60_000);
  return guess;
}

/** A date operator's argument: a date expression, or `{ date, timezone }`. Null when the date is missing. */
function dateArgument(obj: AnyObject, expr: Any, options: Options): { date: Date; timezone: unknown } | null {
  const isSpec = expr !== null && typeof expr === 'object' && !Array.isArray(expr) && 'date' in (expr as object);
  const spec = isSpec ? (expr as { date: Any; timezone?: Any }) : { date: expr };
  const date = evalExpr(obj, Array.isArray(spec.date) ? spec.date[0] : spec.date, options);
  if (date === null || date === undefined) return null;
  if (!(date instanceof Date)) throw new Error('date operators need a date');
  return { date, timezone: spec.timezone === undefined ? undefined : evalExpr(obj, spec.timezone, options) };
}

const dayOfYear0 = (wall: Date) => Math.floor((wall.getTime() - Date.UTC(wall.getUTCFullYear(), 0, 1)) / DAY_MS);
/** Week of the year, weeks starting on Sunday, the days before the first Sunday in week 0 (MongoDB's $week). */
const sundayWeek = (wall: Date) => Math.floor((dayOfYear0(wall) + 7 - wall.getUTCDay()) / 7);
/** The Thursday of the date's ISO week (weeks start on Monday): its year and week are the ISO year and week. */
const isoThursday = (wall: Date) => new Date(wall.getTime() + (4 - (wall.getUTCDay() || 7)) * DAY_MS);
const isoWeekYear = (wall: Date) => isoThursday(wall).getUTCFullYear();
const isoWeek = (wall: Date) => Math.floor(dayOfYear0(isoThursday(wall)) / 7) + 1;

function $indexOfCP(obj: AnyObject, expr: Any, options: Options): Any {
  if (!Array.isArray(expr) || expr.length < 2 || expr.length > 4)
    throw new Error('$indexOfCP expects 2 to 4 arguments');
  const [text, search, start, end] = evalExpr(obj, expr, options) as [unknown, unknown, unknown, unknown];
  if (text === null || text === undefined) return null;
  if (typeof text !== 'string' || typeof search !== 'string') throw new Error('$indexOfCP needs strings');
  const points = [...text];
  const from = start === undefined ? 0 : Number(start);
  const to = end === undefined ? points.length : Math.min(Number(end), points.length);
  if (!Number.isInteger(from) || from < 0 || !Number.isInteger(to) || to < 0) {
    throw new Error('$indexOfCP indexes must be non-negative integers');
  }
  const needle = [...search];
  for (let i = from; i + needle.length <= to; i++) {
    if (needle.every((point, k) => points[i + k] === point)) return i;
  }
  return -1;
}

/** $substrBytes (and its old name $substr): byte offsets of the UTF-8 form; a negative or long count runs to the end. */
function $substrBytes(obj: AnyObject, expr: Any, options: Options): Any {
  if (!Array.isArray(expr) || expr.length !== 3) throw new Error('$substrBytes expects 3 arguments');
  const [text, start, count] = evalExpr(obj, expr, options) as [unknown, unknown, unknown];
  if (text === null || text === undefined) return '';
  const value = typeof text === 'string' ? text : String(text);
  if (typeof start !== 'number' || typeof count !== 'number') throw new Error('$substrBytes needs numbers');
  const bytes = Buffer.from(value, 'utf8');
  if (start < 0 || start >= bytes.length) return '';
  const end = count < 0 ? bytes.length : Math.min(bytes.length, start + count);
  const inside = (index: number) => index < bytes.length && (bytes[index]! & 0xc0) === 0x80;
  if (inside(start) || inside(end)) throw new Error('$substrBytes: a byte index falls inside a UTF-8 character');
  return bytes.subarray(start, end).toString('utf8');
}

function $week(obj: AnyObject, expr: Any, options: Options): Any {
  const arg = dateArgument(obj, expr, options);
  return arg ? sundayWeek(wallClock(arg.date, arg.timezone)) : null;
}

function $isoWeekYear(obj: AnyObject, expr: Any, options: Options): Any {
  const arg = dateArgument(obj, expr, options);
  return arg ? isoWeekYear(wallClock(arg.date, arg.timezone)) : null;
}

/** MongoDB's $dateToString, whole: mingo's misreads `%U`, `%w`, `%G` and `%%`. */
function $dateToString(obj: AnyObject, expr: Any, options: Options): Any {
  const spec = expr as { date: Any; format?: Any; timezone?: Any; onNull?: Any };
  const arg = dateArgument(obj, { date: spec.date, timezone: spec.timezone } as Any, options);
  if (!arg) return spec.onNull === undefined ? null : evalExpr(obj, spec.onNull, options);
  const format = spec.format === undefined ? '%Y-%m-%dT%H:%M:%S.%LZ' : evalExpr(obj, spec.format, options);
  if (typeof format !== 'string') throw new Error('$dateToString format must be a string');
  const offset = offsetMinutes(arg.date, arg.timezone);
  const wall = new Date(arg.date.getTime() + offset * 60_000);
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  const sign = offset < 0 ? '-' : '+';
  const values: Record<string, () => string> = {
    d: () => pad(wall.getUTCDate()),
    G: () => pad(isoWeekYear(wall), 4),
    H: () => pad(wall.getUTCHours()),
    j: () => pad(dayOfYear0(wall) + 1, 3),
    L: () => pad(wall.getUTCMilliseconds(), 3),
    m: () => pad(wall.getUTCMonth() + 1),
    M: () => pad(wall.getUTCMinutes()),
    S: () => pad(wall.getUTCSeconds()),
    u: () => String(wall.getUTCDay() || 7),
    U: () => pad(sundayWeek(wall)),
    V: () => pad(isoWeek(wall)),
    w: () => String(wall.getUTCDay() + 1),
    Y: () => pad(wall.getUTCFullYear(), 4),
    z: () => `${sign}${pad(Math.floor(Math.abs(offset) / 60))}${pad(Math.abs(offset) % 60)}`,
    Z: () => `${sign}${Math.abs(offset)}`,
    '%': () => '%',
  };
  return format.replace(/%(.)/g, (token, letter: string) => {
    const value = values[letter];
    if (!value) throw new Error(`$dateToString: unknown format specifier ${token}`);
    return value();
  });
}

/** mingo's $dateTrunc on the wall clock of the timezone, then back to an instant. */
function $dateTrunc(obj: AnyObject, expr: Any, options: Options): Any {
  const spec = expr as { date: Any; timezone?: Any };
  if (spec.timezone === undefined) return mingoDateTrunc(obj, expr, options);
  const arg = dateArgument(obj, { date: spec.date, timezone: spec.timezone } as Any, options);
  if (!arg) return null;
  const { timezone: _ignored, ...utcSpec } = spec;
  const truncated = mingoDateTrunc(
    obj,
    { ...utcSpec, date: { $literal: wallClock(arg.date, arg.timezone) } } as Any,
    options,
  );
  return truncated instanceof Date ? fromWallClock(truncated, arg.timezone) : truncated;
}

/**
 * Every operator mingo has, with the ones above in place of its own. A whole context rather than one to merge:
 * mingo's top-level `Query` and `aggregate` merge a given context under their defaults, whose operators win, so the
 * engine uses the classes from `mingo/query` and `mingo/aggregator` with this one.
 */
export const mongoContext = Context.init({
  accumulator: accumulatorOperators,
  expression: {
    ...expressionOperators,
    $indexOfCP,
    $substr: $substrBytes,
    $substrBytes,
    $week,
    $isoWeekYear,
    $dateToString,
    $dateTrunc,
  } satisfies Record<string, ExpressionOperator>,
  pipeline: pipelineOperators,
  projection: projectionOperators,
  query: queryOperators,
  window: windowOperators,
});
