// A credit's identity (domain brief §6): one record per person, year, item and source, so a retry or a second
// confirmation never credits twice. The id is `<personId>.<year>.<item>.<sourceKind>.<sourceId>`; source kinds are
// fixed here for every module, and neither they nor a person's id may hold a dot, since the id is split on dots.
import { isTenItem, type TenItem } from './items';

/** Who writes credits: the worker's own accepted entry, contests, lecture check-ins (masters), apprenticeships. */
export const SOURCE_KINDS = ['entry', 'contest', 'lecture', 'apprenticeship'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface CreditKey {
  personId: string;
  /** Beijing calendar year. */
  year: number;
  item: TenItem;
  kind: SourceKind;
  /** The source record's id in its own module; may hold dots (it is the id's tail). */
  sourceId: string;
}

const PART = /^[A-Za-z0-9_-]{1,64}$/;

/** What is wrong with a key (named by its field), or null. */
export function creditKeyProblem(key: CreditKey): { field: keyof CreditKey; message: string } | null {
  if (!PART.test(key.personId)) return { field: 'personId', message: '人员编号不合法' };
  if (!Number.isInteger(key.year) || key.year < 2000 || key.year > 2100)
    return { field: 'year', message: '年份不合法' };
  if (!isTenItem(key.item)) return { field: 'item', message: '“十个一”的项目须为1到10' };
  if (!(SOURCE_KINDS as readonly string[]).includes(key.kind)) return { field: 'kind', message: '来源类型不合法' };
  if (!/^[A-Za-z0-9_.-]{1,128}$/.test(key.sourceId)) return { field: 'sourceId', message: '来源编号不合法' };
  return null;
}

export function creditId(key: CreditKey): string {
  const problem = creditKeyProblem(key);
  if (problem) throw new Error(`credit ${problem.field}: ${problem.message}`);
  return `${key.personId}.${key.year}.${key.item}.${key.kind}.${key.sourceId}`;
}

/** The key an id stands for, or null for a string that is not a credit id. */
export function parseCreditId(id: string): CreditKey | null {
  const match = /^([^.]+)\.(\d{4})\.(\d{1,2})\.([a-z]+)\.(.+)$/.exec(id);
  if (!match) return null;
  const key = {
    personId: match[1]!,
    year: Number(match[2]),
    item: Number(match[3]) as TenItem,
    kind: match[4] as SourceKind,
    sourceId: match[5]!,
  };
  return creditKeyProblem(key) ? null : key;
}
