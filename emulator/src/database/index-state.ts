// One declared index of a collection (document-store.ts), as one list of entries in key order, with what the query
// planner asks of it: which leading fields a query covers, whether a sort can walk it, and the ranges a query's
// equalities and lists read. Also the plan shapes StoredCollection builds from them.
import { toStorage } from './ejson-codec';
import { fieldValue, isPlain, SortedIndex } from './sorted-index';
import type { Doc, IndexSpec, SortSpec } from './document-store';

/** The most ranges (combinations of listed values on the leading fields) one walk or count merges. */
export const MAX_RANGES = 64;

/** Index key of plain values; undefined (missing) and null index alike, as in MongoDB. */
export function indexKey(values: unknown[]): string {
  return toStorage(values.map((v) => (v === undefined ? null : v)));
}

export const orNull = (value: unknown) => (value === undefined ? null : value);

/**
 * One declared index, as one list of entries in key order: a query with equalities (or a few values) on a leading
 * part of a compound index reads only that part's ranges, as MongoDB's index prefixes do. A field holding an array
 * is indexed once per element (a multikey index), so `{orgPath: 'org-x'}` finds every document whose path contains
 * it.
 */
export class IndexState {
  readonly fields: string[];
  readonly sorted: SortedIndex;
  /** Per field, documents whose value there is not one plain value (an array, an object…): no walk sorts on it. */
  private readonly irregular: number[];
  /** Per field, documents whose path to it crosses an array, which the index cannot see into: nothing uses it. */
  private readonly hidden: number[];

  constructor(readonly spec: IndexSpec) {
    this.fields = Object.keys(spec.keys);
    this.sorted = new SortedIndex(this.fields.map((field) => (spec.keys[field] === -1 ? -1 : 1)));
    this.irregular = this.fields.map(() => 0);
    this.hidden = this.fields.map(() => 0);
  }

  /** The full key of a document whose indexed fields hold no array (what a unique check compares). */
  keyOf(doc: Doc): string {
    return indexKey(this.fields.map((field) => fieldValue(doc, field).value));
  }

  /** Every key tuple of the document: one per element of an array field (MongoDB allows one such field). */
  tuplesOf(doc: Doc): unknown[][] {
    let tuples: unknown[][] = [[]];
    for (const field of this.fields) {
      const { value } = fieldValue(doc, field);
      const values = Array.isArray(value) && value.length > 0 ? [...new Set(value)] : [value];
      tuples = tuples.flatMap((tuple) => values.map((item) => [...tuple, orNull(item)]));
    }
    return tuples;
  }

  private count(doc: Doc, by: 1 | -1): void {
    this.fields.forEach((field, i) => {
      const { value, throughArray } = fieldValue(doc, field);
      if (throughArray) this.hidden[i]! += by;
      if (!isPlain(value)) this.irregular[i]! += by;
    });
  }

  add(doc: Doc, seq: number): void {
    for (const values of this.tuplesOf(doc)) this.sorted.insert({ values, seq, id: doc._id });
    this.count(doc, 1);
  }

  remove(doc: Doc, seq: number): void {
    for (const values of this.tuplesOf(doc)) this.sorted.remove({ values, seq, id: doc._id });
    this.count(doc, -1);
  }

  /** How many leading fields the conditions cover, as far as the index sees every document's values there. */
  prefixCovered(has: (field: string) => boolean): number {
    let length = 0;
    while (length < this.fields.length && has(this.fields[length]!) && this.hidden[length] === 0) length += 1;
    return length;
  }

  /**
   * Whether a sort is this index's fields from `at` on: false walking the index forwards, true backwards (every
   * direction reversed), undefined when it is neither or a sort field holds a value the walk cannot order.
   */
  walksAs(order: SortSpec, at: number): boolean | undefined {
    if (order.length === 0 || at + order.length > this.fields.length) return undefined;
    let same = true;
    let flipped = true;
    for (const [i, [field, direction]] of order.entries()) {
      const position = at + i;
      if (this.fields[position] !== field || this.irregular[position] !== 0 || this.hidden[position] !== 0) {
        return undefined;
      }
      same &&= direction === this.sorted.directions[position];
      flipped &&= direction === -this.sorted.directions[position]!;
    }
    return same ? false : flipped ? true : undefined;
  }

  /** The ranges of every combination of the listed values on the first `length` fields, or undefined if too many. */
  ranges(listOf: (field: string) => unknown[], length: number): Array<[number, number]> | undefined {
    let combos: unknown[][] = [[]];
    for (const field of this.fields.slice(0, length)) {
      const values = distinct(listOf(field).map(orNull));
      combos = combos.flatMap((combo) => values.map((value) => [...combo, value]));
      if (combos.length > MAX_RANGES) return undefined;
    }
    return combos.map((combo) => this.sorted.range(combo));
  }
}

/** The values of a list without repeats (as the index compares them), so no range is read twice. */
export function distinct(values: unknown[]): unknown[] {
  const out: unknown[] = [];
  for (const value of values) {
    if (!out.some((seen) => SortedIndex.same(seen, value))) out.push(value);
  }
  return out;
}

export const sizeOf = (ranges: Array<[number, number]>) => ranges.reduce((sum, [from, to]) => sum + to - from, 0);

export interface EqualityPlan {
  index: IndexState;
  length: number;
  ranges: Array<[number, number]>;
}

export interface Walk {
  index: IndexState;
  /** How many leading fields the equalities and lists fix; the sort is on the fields after them. */
  fixed: number;
  reversed: boolean;
  ranges: Array<[number, number]>;
}
