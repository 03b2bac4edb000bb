// WeChat's limits on the values of a subscribe message (订阅消息), as `subscribeMessage.send` enforces them. A
// template's keywords are named by type and position (thing1, name2, time3…); the type fixes what a value may
// hold and how long it may be. A value outside its limits fails the whole send with errcode 47003 naming the field
// (`argument invalid! data.thing1.value invalid`), so the local cloud refuses it the same way.
//
// The limits, from WeChat's documentation of subscribeMessage.send (参数值内容限制说明):
//   thing ≤ 20 characters of any kind; number ≤ 32 digits, may have decimals; letter ≤ 32 letters;
//   symbol ≤ 5 symbols; character_string ≤ 32 digits, letters or symbols; time: a 24-hour time, optionally with
//   a date, or two joined by “~”; date: a date, optionally with a 24-hour time, or two joined by “~”;
//   amount: one currency sign and ≤ 10 digits, may have decimals, may end in 元; phone_number ≤ 17 digits and
//   symbols; car_number ≤ 8, letters and digits with a Chinese character allowed first and last;
//   name: ≤ 10 characters when it holds any Chinese character, else ≤ 20 letters or symbols; phrase ≤ 5 Chinese
//   characters only; enum: one of the template's values (not known locally: any non-empty value passes).

/** Characters as WeChat counts them: code points, not UTF-16 units. */
const length = (value: string) => [...value].length;

const HAN = /\p{Script=Han}/u;
const ONLY_HAN = /^\p{Script=Han}+$/u;
const SYMBOLS = /^[^\p{L}\p{N}\s]+$/u;
const ASCII_VISIBLE = /^[\x21-\x7e]+$/;

const DATE = String.raw`(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})`;
const CLOCK = String.raw`(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?`;
const TIME_POINT = new RegExp(String.raw`^(?:${DATE}\s*)?${CLOCK}$`);
const DATE_POINT = new RegExp(String.raw`^${DATE}(?:\s*${CLOCK})?$`);

function eachPoint(value: string, point: RegExp): boolean {
  const parts = value.split('~').map((part) => part.trim());
  return parts.length <= 2 && parts.every((part) => point.test(part));
}

const RULES: Record<string, (value: string) => boolean> = {
  thing: (value) => length(value) <= 20,
  number: (value) => length(value) <= 32 && /^-?\d+(?:\.\d+)?$/.test(value),
  letter: (value) => length(value) <= 32 && /^[A-Za-z]+$/.test(value),
  symbol: (value) => length(value) <= 5 && SYMBOLS.test(value),
  character_string: (value) => length(value) <= 32 && ASCII_VISIBLE.test(value),
  time: (value) => eachPoint(value, TIME_POINT),
  date: (value) => eachPoint(value, DATE_POINT),
  amount: (value) => /^[¥￥$€£]?\d{1,10}(?:\.\d+)?元?$/.test(value),
  phone_number: (value) => length(value) <= 17 && /^[\d+\-()\s]+$/.test(value),
  car_number: (value) =>
    length(value) <= 8 && /^[\p{Script=Han}A-Z0-9]?[A-Z0-9]+[\p{Script=Han}A-Z0-9]?$/u.test(value),
  name: (value) => (HAN.test(value) ? length(value) <= 10 : length(value) <= 20 && /^[^\d]+$/.test(value)),
  phrase: (value) => length(value) <= 5 && ONLY_HAN.test(value),
  enum: () => true,
};

/** The keyword types WeChat templates use. */
export const KEYWORD_TYPES = Object.keys(RULES);

/**
 * The errmsg WeChat answers a send's `data` with when a value breaks its keyword's limits (errcode 47003), or
 * undefined when every value fits.
 */
export function subscribeDataProblem(data: Record<string, unknown>): string | undefined {
  const keys = Object.keys(data);
  if (keys.length === 0) return 'argument invalid! data is empty';
  for (const key of keys) {
    const type = /^([a-z_]+?)\d+$/.exec(key)?.[1];
    const rule = type ? RULES[type] : undefined;
    if (!rule) return `argument invalid! data.${key} is not a keyword of the template`;
    const entry = data[key];
    const value = entry !== null && typeof entry === 'object' ? (entry as { value?: unknown }).value : undefined;
    if (typeof value !== 'string' || value.trim() === '') return `argument invalid! data.${key}.value is empty`;
    if (!rule(value)) return `argument invalid! data.${key}.value invalid`;
  }
  return undefined;
}
