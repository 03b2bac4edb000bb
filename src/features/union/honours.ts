// The honours form of 劳模认定: rows as typed, what is wrong with each field, and the honours the function takes.
import type { Honour } from '@/shared/contracts/people-common';
import type { HonourLevel } from '@/shared/people/vocabulary';

export interface HonourRow {
  key: number;
  title: string;
  level: HonourLevel | null;
  year: string;
}

export type HonourErrors = Record<string, string>;

let nextKey = 1;
export function honourRow(from?: Honour, year?: number): HonourRow {
  return {
    key: nextKey++,
    title: from?.title ?? '',
    level: from?.level ?? null,
    year: String(from?.year ?? year ?? ''),
  };
}

/** Problems by field path as the function names them (`honours.0.title`), plus `reason`. */
export function checkHonours(rows: readonly HonourRow[], reason: string): HonourErrors {
  const errors: HonourErrors = {};
  if (rows.length === 0) errors.honours = '请至少登记一项荣誉';
  rows.forEach((row, i) => {
    const title = row.title.trim();
    if (title.length < 2 || title.length > 40) errors[`honours.${i}.title`] = '请填写荣誉称号（2到40个字）';
    if (!row.level) errors[`honours.${i}.level`] = '请选择荣誉级别';
    const year = Number(row.year);
    if (!/^\d{4}$/.test(row.year.trim()) || year < 1950 || year > 2100) {
      errors[`honours.${i}.year`] = '请填写获得年份，如 2024';
    }
  });
  if (reason.trim().length < 2) errors.reason = '请填写认定依据（至少2个字）';
  return errors;
}

export function toHonours(rows: readonly HonourRow[]): Honour[] {
  return rows.map((row) => ({ title: row.title.trim(), level: row.level!, year: Number(row.year) }));
}
