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

/** mingo's `compare`, answered directly for two strings, numbers or booleans (what most keys are), as it does. */
function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  const type = typeof a;
  if (type === typeof b && (type === 'string' || type === 'number' || type === 'boolean')) {
    return (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0;
  }
  return compare(a, b);
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

/** Entries per block at most; a fuller block splits in two, so a write moves at most this many entries. */
const BLOCK = 256;

/**
 * Entries in key order, held in blocks of at most BLOCK (a one-level B-tree): a write finds its block and place by
 * binary search and moves only the entries of that block, so it costs O(log n + BLOCK) at any size, where one flat
 * array would move up to n entries. Readers address entries by their position in the whole order.
 */
export class SortedIndex {
  private blocks: IndexEntry[][] = [];
  /** Position of each block's first entry; rebuilt on the first read after a write. */
  private starts: number[] = [];
  private startsStale = false;

  constructor(readonly directions: Array<1 | -1>) {}

  /** Whether two values are one key of an index. */
  static same(a: unknown, b: unknown): boolean {
    return compare(a, b) === 0;
  }

  get size(): number {
    this.refresh();
    return this.blocks.length === 0
      ? 0
      : this.starts[this.starts.length - 1]! + this.blocks[this.blocks.length - 1]!.length;
  }

  /** Compares values `from` up to `length` of two keys in the index's directions. */
  compareKeys(a: unknown[], b: unknown[], length: number, from = 0): number {
    for (let i = from; i < length; i++) {
      const c = compareValues(a[i], b[i]);
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

  private refresh(): void {
    if (!this.startsStale) return;
    let at = 0;
    this.starts = this.blocks.map((block) => {
      const start = at;
      at += block.length;
      return start;
    });
    this.startsStale = false;
  }

  /** The block and offset of the first entry for which `reached` holds (it must hold for every later entry). */
  private seek(reached: (entry: IndexEntry) => boolean): [number, number] {
    let lo = 0;
    let hi = this.blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const block = this.blocks[mid]!;
      if (reached(block[block.length - 1]!)) hi = mid;
      else lo = mid + 1;
    }
    if (lo === this.blocks.length) return [lo, 0];
    const block = this.blocks[lo]!;
    let from = 0;
    let to = block.length - 1;
    while (from < to) {
      const mid = (from + to) >>> 1;
      if (reached(block[mid]!)) to = mid;
      else from = mid + 1;
    }
    return [lo, from];
  }

  insert(entry: IndexEntry): void {
    this.startsStale = true;
    if (this.blocks.length === 0) {
      this.blocks.push([entry]);
      return;
    }
    let [b, at] = this.seek((found) => this.compareEntries(found, entry) >= 0);
    if (b === this.blocks.length) {
      b -= 1;
      at = this.blocks[b]!.length;
    }
    const block = this.blocks[b]!;
    block.splice(at, 0, entry);
    if (block.length > BLOCK) this.blocks.splice(b, 1, block.slice(0, BLOCK / 2), block.slice(BLOCK / 2));
  }

  remove(entry: IndexEntry): void {
    const [b, at] = this.seek((found) => this.compareEntries(found, entry) >= 0);
    const block = this.blocks[b];
    const found = block?.[at];
    if (!block || !found || found.id !== entry.id || this.compareEntries(found, entry) !== 0) return;
    this.startsStale = true;
    block.splice(at, 1);
    if (block.length === 0) this.blocks.splice(b, 1);
  }

  private position([b, at]: [number, number]): number {
    this.refresh();
    return b === this.blocks.length ? this.size : this.starts[b]! + at;
  }

  /** The block holding a position of the whole order. */
  private blockOf(position: number): number {
    this.refresh();
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.starts[mid]! <= position) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The entry at a position of the whole order. */
  at(position: number): IndexEntry {
    const b = this.blockOf(position);
    return this.blocks[b]![position - this.starts[b]!]!;
  }

  /** The entries at positions [from, to). */
  slice(from: number, to: number): IndexEntry[] {
    const out: IndexEntry[] = [];
    if (from >= to) return out;
    let b = this.blockOf(from);
    let i = from - this.starts[b]!;
    while (out.length < to - from) {
      const block = this.blocks[b]!;
      out.push(block[i]!);
      i += 1;
      if (i === block.length) {
        b += 1;
        i = 0;
      }
    }
    return out;
  }

  /** Positions [from, to) of the entries whose first `prefix.length` values equal `prefix`. */
  range(prefix: unknown[]): [number, number] {
    const length = prefix.length;
    if (length === 0) return [0, this.size];
    const from = this.position(this.seek((entry) => this.compareKeys(entry.values, prefix, length) >= 0));
    const to = this.position(this.seek((entry) => this.compareKeys(entry.values, prefix, length) > 0));
    return [from, to];
  }
}
