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
 * A run of consecutive entries, stored by column (ids, positions, and one array per indexed field) rather than as an
 * object per entry: an index of a million entries then costs a few pointers per entry, about what the document
 * maps it replaced cost, instead of two objects each.
 */
class Block {
  constructor(
    readonly ids: string[],
    readonly seqs: number[],
    readonly columns: unknown[][],
  ) {}

  get length(): number {
    return this.ids.length;
  }

  entry(i: number): IndexEntry {
    return { values: this.columns.map((column) => column[i]), seq: this.seqs[i]!, id: this.ids[i]! };
  }

  insert(at: number, entry: IndexEntry): void {
    this.ids.splice(at, 0, entry.id);
    this.seqs.splice(at, 0, entry.seq);
    this.columns.forEach((column, f) => column.splice(at, 0, entry.values[f]));
  }

  removeAt(at: number): void {
    this.ids.splice(at, 1);
    this.seqs.splice(at, 1);
    for (const column of this.columns) column.splice(at, 1);
  }

  /** The entries from `from` on, removed from this block into a new one. */
  split(from: number): Block {
    return new Block(
      this.ids.splice(from),
      this.seqs.splice(from),
      this.columns.map((column) => column.splice(from)),
    );
  }
}

/**
 * Entries in key order, held in blocks of at most BLOCK (a one-level B-tree): a write finds its block and place by
 * binary search and moves only the entries of that block, so it costs O(log n + BLOCK) at any size, where one flat
 * array would move up to n entries. Readers address entries by their position in the whole order.
 */
export class SortedIndex {
  private blocks: Block[] = [];
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
    const last = this.blocks.length - 1;
    return last < 0 ? 0 : this.starts[last]! + this.blocks[last]!.length;
  }

  /** Compares values `from` up to `length` of two keys in the index's directions. */
  compareKeys(a: unknown[], b: unknown[], length: number, from = 0): number {
    for (let i = from; i < length; i++) {
      const c = compareValues(a[i], b[i]);
      if (c !== 0) return c * this.directions[i]!;
    }
    return 0;
  }

  /** Compares the first `length` values of the stored entry `i` of a block with a key. */
  private compareStored(block: Block, i: number, key: unknown[], length: number): number {
    for (let f = 0; f < length; f++) {
      const c = compareValues(block.columns[f]![i], key[f]);
      if (c !== 0) return c * this.directions[f]!;
    }
    return 0;
  }

  /** Compares the stored entry `i` of a block with an entry: key, then position, then id. */
  private compareEntry(block: Block, i: number, entry: IndexEntry): number {
    const byKey = this.compareStored(block, i, entry.values, this.directions.length);
    if (byKey !== 0) return byKey;
    const seq = block.seqs[i]!;
    if (seq !== entry.seq) return seq - entry.seq;
    const id = block.ids[i]!;
    return id < entry.id ? -1 : id > entry.id ? 1 : 0;
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

  /** The block and offset of the first stored entry for which `reached` holds (and for every later one). */
  private seek(reached: (block: Block, i: number) => boolean): [number, number] {
    let lo = 0;
    let hi = this.blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const block = this.blocks[mid]!;
      if (reached(block, block.length - 1)) hi = mid;
      else lo = mid + 1;
    }
    if (lo === this.blocks.length) return [lo, 0];
    const block = this.blocks[lo]!;
    let from = 0;
    let to = block.length - 1;
    while (from < to) {
      const mid = (from + to) >>> 1;
      if (reached(block, mid)) to = mid;
      else from = mid + 1;
    }
    return [lo, from];
  }

  insert(entry: IndexEntry): void {
    this.startsStale = true;
    if (this.blocks.length === 0) {
      this.blocks.push(
        new Block(
          [],
          [],
          this.directions.map(() => []),
        ),
      );
    }
    let [b, at] = this.seek((block, i) => this.compareEntry(block, i, entry) >= 0);
    if (b === this.blocks.length) {
      b -= 1;
      at = this.blocks[b]!.length;
    }
    const block = this.blocks[b]!;
    block.insert(at, entry);
    if (block.length > BLOCK) this.blocks.splice(b + 1, 0, block.split(BLOCK / 2));
  }

  remove(entry: IndexEntry): void {
    const [b, at] = this.seek((block, i) => this.compareEntry(block, i, entry) >= 0);
    const block = this.blocks[b];
    if (!block || block.ids[at] !== entry.id || this.compareEntry(block, at, entry) !== 0) return;
    this.startsStale = true;
    block.removeAt(at);
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
    return this.blocks[b]!.entry(position - this.starts[b]!);
  }

  /** The entries at positions [from, to). */
  slice(from: number, to: number): IndexEntry[] {
    const out: IndexEntry[] = [];
    if (from >= to) return out;
    let b = this.blockOf(from);
    let i = from - this.starts[b]!;
    while (out.length < to - from) {
      const block = this.blocks[b]!;
      out.push(block.entry(i));
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
    const from = this.position(this.seek((block, i) => this.compareStored(block, i, prefix, length) >= 0));
    const to = this.position(this.seek((block, i) => this.compareStored(block, i, prefix, length) > 0));
    return [from, to];
  }
}
