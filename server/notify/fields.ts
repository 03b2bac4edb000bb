// Forms values for a subscribe message so WeChat takes them: each keyword type has its limits (thing ≤ 20
// characters, name ≤ 10 when Chinese, phrase ≤ 5 Chinese characters, character_string ≤ 32 visible ASCII, time a
// date and a 24-hour time…), and one value over them fails the whole send (47003). Long text is cut with “…”, which
// still says there was more; the in-app message keeps the whole text.
import { inBeijing } from '../../src/shared/time/beijing';

export type KeywordType = 'thing' | 'name' | 'phrase' | 'character_string' | 'number' | 'time' | 'date';

const HAN = /\p{Script=Han}/u;

/** Cuts to at most `max` characters (code points), ending in “…” when something was cut. */
export function cut(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** One line: templates show no line breaks, and runs of spaces only take room. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A value of `type` within WeChat's limits; `fallback` stands in where nothing of the value may be kept. */
export function fitValue(type: KeywordType, value: string | number | Date, fallback = '—'): string {
  if (value instanceof Date) {
    const t = inBeijing(value);
    return type === 'date' ? t.format('YYYY年M月D日') : t.format('YYYY年M月D日 HH:mm');
  }
  const text = oneLine(String(value));
  switch (type) {
    case 'thing':
      return cut(text, 20) || fallback;
    case 'name': {
      // A name with any Chinese character counts as Chinese: 10 characters; otherwise 20 letters or symbols.
      if (HAN.test(text)) return cut(text, 10);
      return cut(text.replace(/\d/g, ''), 20) || fallback;
    }
    case 'phrase':
      return [...text.replace(/[^\p{Script=Han}]/gu, '')].slice(0, 5).join('') || fallback;
    case 'character_string':
      return text.replace(/[^\x21-\x7e]/g, '').slice(0, 32) || fallback;
    case 'number':
      return /^-?\d+(?:\.\d+)?$/.test(text) ? text.slice(0, 32) : fallback;
    case 'time':
    case 'date':
      // A time keyword takes only a date-like value: text is never guessed into one.
      throw new Error(`a ${type} keyword takes a Date, not ${JSON.stringify(text)}`);
  }
}

/** A template's data, each keyword named by type and position (thing1, name2…) as WeChat's template defines it. */
export function templateData(fields: Record<string, string | number | Date>): Record<string, { value: string }> {
  const data: Record<string, { value: string }> = {};
  for (const [key, value] of Object.entries(fields)) {
    const type = /^([a-z_]+?)\d+$/.exec(key)?.[1] as KeywordType | undefined;
    if (!type) throw new Error(`template keyword ${key} names no type`);
    data[key] = { value: fitValue(type, value) };
  }
  return data;
}
