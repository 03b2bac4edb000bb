// Small list edits the contest form makes: words typed into a list, a fresh key for a new registration field, and
// moving a field up or down.
import type { CustomField } from '@/shared/contest/custom-fields';

/** Words typed into a list: split at commas and 、, trimmed, without repeats or blanks. */
export function wordsOf(text: string, already: readonly string[] = []): string[] {
  const words = text
    .split(/[,，、;；\s]+/)
    .map((word) => word.trim())
    .filter(Boolean);
  return [...new Set([...already, ...words])];
}

/** A key no field of `fields` has: `f1`, `f2`, … (the schema's lower-case letters and digits). */
export function freshKey(fields: readonly CustomField[]): string {
  const used = new Set(fields.map((field) => field.key));
  let n = 1;
  while (used.has(`f${n}`)) n += 1;
  return `f${n}`;
}

export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}
