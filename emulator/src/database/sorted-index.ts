// A declared index kept as MongoDB keeps one: its entries in key order, one per document (one per element of an
// array field), so an equality or a short list of values on its leading fields is a range found by binary search,
// and a sort on its next fields is a walk along that range that can stop as soon as a page is full.
//
// Entries are ordered by mingo's own comparison (the one its $sort uses), field by field in the index's directions,
// and then by the document's position in its collection: mingo's sort is stable, so documents whose sort keys tie
// come out in the order the collection holds them, and a walk must reproduce exactly that.
import { compare, typeOf } from 'mingo/util';

export interface IndexEntry {
  /** The indexed fields' values; a missing field is null, as MongoDB indexes it. */
  values: unknown[];
  /** The document's position in its collection (the order an unindexed scan reads it in). */
  seq: number;
  id: string;
}

/** The value at a dotted path, and whether the path went through an array (which mingo would descend into). */
export function fieldValue(doc: Record<string, unknown>, dotted: string): { value: unknown; throughArray: boolean } {
  let current: unknown = doc;
  const parts = dotted.split('.');
  for (const [i, part] of parts.entries()) {
    if (current === null || typeof current !== 'object') return { value: undefined, throughArray: false };
    if (Array.isArray(current) && i > 0) return { value: undefined, throughArray: true };
    current = (current as Record<string, unknown>)[part];
  }
  return { value: current, throughArray: false };
}

const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === '[object Date]';

/**
 * A single value that mingo's $sort orders exactly as `compare` does, grouping equal ones: null or missing, a
 * string, a boolean, a finite number other than -0 (which mingo's numeric sort places apart from 0), a valid date.
 * Arrays (mingo sorts them whole, MongoDB by their least or greatest element) and objects are left to the in-memory
 * sort.
 */
export function isPlain(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    default:
      return isDate(value) && !Number.isNaN(value.getTime());
  }
}

/** A range condition's bound (`$gt` etc.) that an index entry can be checked against without its document. */
export interface Bound {
  op: '$gt' | '$gte' | '$lt' | '$lte';
  value: unknown;
}

/** Whether a single plain value meets a bound as mingo's predicate does: the same type, then `compare`. */
export function meetsBound(value: unknown, bound: Bound): boolean {
  if (typeOf(value) !== typeOf(bound.value)) return false;
  const c = compare(value, bound.value);
  switch (bound.op) {
    case '$gt':
      return c > 0;
    case '$gte':
      return c >= 0;
    case '$lt':
      return c < 0;
    default:
      return c <= 0;
  }
}

export class SortedIndex {
  /** In key order; inserts and removals find their place by binary search. */
  readonly entries: IndexEntry[] = [];

  constructor(readonly directions: Array<1 | -1>) {}

  /** Whether two values are one key of an index. */
  static same(a: unknown, b: unknown): boolean {
    return compare(a, b) === 0;
  }

  /** Compares the first `length` values of two keys in the index's directions. */
  compareKeys(a: unknown[], b: unknown[], length: number, from = 0): number {
    for (let i = from; i < length; i++) {
      const c = compare(a[i], b[i]);
      if (c !== 0) return c * this.directions[i]!;
    }
    return 0;
  }

  private compareEntries(a: IndexEntry, b: IndexEntry): number {
    const byKey = this.compareKeys(a.values, b.values, this.directions.length);
    if (byKey !== 0) return byKey;
    if (a.seq !== b.seq) return a.seq - b.seq;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  }

  /** The first position whose entry is not before `entry`. */
  private place(entry: IndexEntry): number {
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compareEntries(this.entries[mid]!, entry) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  insert(entry: IndexEntry): void {
    this.entries.splice(this.place(entry), 0, entry);
  }

  remove(entry: IndexEntry): void {
    const at = this.place(entry);
    const found = this.entries[at];
    if (found && found.id === entry.id && this.compareEntries(found, entry) === 0) this.entries.splice(at, 1);
  }

  /** Positions [from, to) of the entries whose first `prefix.length` values equal `prefix`. */
  range(prefix: unknown[]): [number, number] {
    const length = prefix.length;
    const bound = (after: boolean) => {
      let lo = 0;
      let hi = this.entries.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const c = this.compareKeys(this.entries[mid]!.values, prefix, length);
        if (c < 0 || (after && c === 0)) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    return length === 0 ? [0, this.entries.length] : [bound(false), bound(true)];
  }
}
