// The honours form (劳模认定 and any member's 荣誉): rows as picked and typed, what is wrong with each field, and the
// honours the function takes. A row picks a code from the coded list; a coded honour's title and level are the
// code's, a trade-specific one (技术能手) names its trade, and only 其他荣誉 takes a free title and a level.
import type { Honour } from '@/shared/contracts/people-common';
import { fixedLevelOf, honourLabel, isTradeSpecific, type HonourCode } from '@/shared/people/honours';
import type { TradeCode } from '@/shared/people/trades';
import type { HonourLevel } from '@/shared/people/vocabulary';

export interface HonourRow {
  key: number;
  code: HonourCode | null;
  title: string;
  level: HonourLevel | null;
  year: string;
  trade: TradeCode | null;
}

export type HonourErrors = Record<string, string>;

let nextKey = 1;
export function honourRow(from?: Honour, year?: number): HonourRow {
  return {
    key: nextKey++,
    code: from ? (from.code ?? 'other') : null,
    title: from?.title ?? '',
    level: from?.level ?? null,
    year: String(from?.year ?? year ?? ''),
    trade: from?.trade ?? null,
  };
}

/** A row after its code changed: what the code fixes is filled in, what it does not take is cleared. */
export function withCode(row: HonourRow, code: HonourCode, personTrade: TradeCode | null): HonourRow {
  return {
    ...row,
    code,
    title: code === 'other' ? (row.code === 'other' ? row.title : '') : honourLabel(code),
    level: fixedLevelOf(code) ?? (row.code === 'other' ? row.level : null),
    trade: isTradeSpecific(code) ? (row.trade ?? personTrade) : null,
  };
}

/**
 * Problems by field path as the function names them (`honours.0.title`), plus `reason`. `atLeastOne`: a model-worker
 * designation needs an honour; a member's list may be emptied.
 */
export function checkHonours(
  rows: readonly HonourRow[],
  reason: string,
  { atLeastOne, reasonLabel }: { atLeastOne: boolean; reasonLabel: string },
): HonourErrors {
  const errors: HonourErrors = {};
  if (atLeastOne && rows.length === 0) errors.honours = '请至少登记一项荣誉';
  rows.forEach((row, i) => {
    if (!row.code) errors[`honours.${i}.code`] = '请选择荣誉';
    if (row.code === 'other') {
      const title = row.title.trim();
      if (title.length < 2 || title.length > 40) errors[`honours.${i}.title`] = '请填写荣誉名称（2到40个字）';
      if (!row.level) errors[`honours.${i}.level`] = '请选择荣誉级别';
    }
    if (row.code && isTradeSpecific(row.code) && !row.trade)
      errors[`honours.${i}.trade`] = '这项荣誉分工种，请选择工种';
    const year = Number(row.year);
    if (!/^\d{4}$/.test(row.year.trim()) || year < 1950 || year > 2100) {
      errors[`honours.${i}.year`] = '请选择获得年份';
    }
  });
  if (reason.trim().length < 2) errors.reason = `请填写${reasonLabel}（至少2个字）`;
  return errors;
}

export function toHonours(rows: readonly HonourRow[]): Honour[] {
  return rows.map((row) => {
    const code = row.code!;
    return {
      code,
      title: code === 'other' ? row.title.trim() : honourLabel(code),
      level: fixedLevelOf(code) ?? row.level!,
      year: Number(row.year),
      trade: isTradeSpecific(code) ? row.trade : null,
    };
  });
}
