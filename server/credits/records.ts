// The credit module's three collections (domain brief §6): `credits`, one record per person, year, item and source;
// `creditYears`, one summary per person and year (active credits per item, and the organisation they are counted
// in); `creditTallies`, one counter document per organisation and year (workers with each item done, with all ten,
// and the same by month); and `memberCounts`, the members each organisation has now (its subtree included), which
// the completion shares are taken of. Only this module writes them.
import type { SourceKind } from '../../src/shared/tenones/credit-ids';
import type { TenItem } from '../../src/shared/tenones/items';
import type { ItemCounts } from '../../src/shared/tenones/progress';
import { storedCollection } from '../kit/db';

export interface CreditRecord {
  /** `<personId>.<year>.<item>.<kind>.<sourceId>` (creditId). */
  _id: string;
  person: string;
  year: number;
  item: TenItem;
  source: { kind: SourceKind; id: string; title: string };
  /** When it was granted, or granted again after a revoke. */
  at: Date;
  revoked: { at: Date; reason: string } | null;
}

export interface CreditYearRecord {
  /** `<personId>.<year>`. */
  _id: string;
  person: string;
  year: number;
  /** Active credits per item. */
  items: ItemCounts;
  /** The organisation path the person's done items are counted in (root first), and its last element. */
  countedIn: string[];
  countedInOrg: string | null;
  updatedAt: Date;
}

/** Month keys `01`…`12`: the items that became done in the month (net), and `all` for all ten. */
export type MonthTally = ItemCounts & { all?: number };

export interface CreditTallyRecord {
  /** `<orgId>.<year>`. */
  _id: string;
  org: string;
  year: number;
  /** Workers counted here (subtree) with each item done. */
  done: ItemCounts;
  allTen: number;
  months: Partial<Record<string, MonthTally>>;
  updatedAt: Date;
}

export interface MemberCountRecord {
  /** The organisation's id. */
  _id: string;
  members: number;
  updatedAt: Date;
}

export const credits = storedCollection<CreditRecord>('credits');
export const creditYears = storedCollection<CreditYearRecord>('creditYears');
export const creditTallies = storedCollection<CreditTallyRecord>('creditTallies');
export const memberCounts = storedCollection<MemberCountRecord>('memberCounts');

export const yearId = (personId: string, year: number) => `${personId}.${year}`;
export const tallyId = (orgId: string, year: number) => `${orgId}.${year}`;
