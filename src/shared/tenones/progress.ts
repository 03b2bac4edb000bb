// How a person's year reads from their credits, and how one credit changing moves the union's counters. Pure:
// the credit module (server) and the year page (app) read progress through these, so "done" means one thing.
import { beijingYear, inBeijing } from '../time/beijing';
import { TEN_ITEMS, type TenItem } from './items';

/** Active (unrevoked) credits per item, as the person-year summary keeps them: `i1` … `i10`. */
export type ItemCounts = Partial<Record<ItemField, number>>;
export type ItemField = `i${TenItem}`;

export const itemField = (item: TenItem): ItemField => `i${item}`;

/** Items with at least one active credit, in item order. */
export function doneItems(counts: ItemCounts | undefined): TenItem[] {
  return TEN_ITEMS.map((entry) => entry.item).filter((item) => (counts?.[itemField(item)] ?? 0) > 0);
}

export const isAllTen = (counts: ItemCounts | undefined): boolean => doneItems(counts).length === TEN_ITEMS.length;

/**
 * The month (`01`…`12`) of `year` a change made at `now` is counted in: the Beijing month of `now`, held inside the
 * credited year — a December entry accepted in January counts in December, a contest next January confirmed now
 * counts in January. Counters record when the union learnt of a completion, so a month's figure never changes
 * after the month is over except through a change made in it.
 */
export function tallyMonth(year: number, now: Date): string {
  const at = inBeijing(now);
  const thisYear = beijingYear(now);
  if (thisYear < year) return '01';
  if (thisYear > year) return '12';
  return String(at.month() + 1).padStart(2, '0');
}

/** What one credit turning on (+1) or off (−1) does to the counters, given the item counts after the change. */
export function tallyEffect(
  item: TenItem,
  delta: 1 | -1,
  after: ItemCounts,
): { item: 1 | -1 | 0; allTen: 1 | -1 | 0 } {
  const now = after[itemField(item)] ?? 0;
  // The item flips only between 0 and 1 active credits; every other change leaves the counters alone.
  const flipped = delta === 1 ? now === 1 : now === 0;
  if (!flipped) return { item: 0, allTen: 0 };
  const othersDone = TEN_ITEMS.every((entry) => entry.item === item || (after[itemField(entry.item)] ?? 0) > 0);
  return { item: delta, allTen: othersDone ? delta : 0 };
}

/**
 * The counter increments (dotted field → ±n) for items changing by the given amounts and all-ten by `allTen`, in
 * the month of `now`: the current figure (`done`, `allTen`) and the month's net change (`months.MM`).
 */
export function tallyPlan(year: number, now: Date, items: ItemCounts, allTen: number): Record<string, number> {
  const month = tallyMonth(year, now);
  const plan: Record<string, number> = {};
  for (const [field, change] of Object.entries(items)) {
    if (!change) continue;
    plan[`done.${field}`] = change;
    plan[`months.${month}.${field}`] = change;
  }
  if (allTen !== 0) {
    plan.allTen = allTen;
    plan[`months.${month}.all`] = allTen;
  }
  return plan;
}
