// Collections held in memory for querying, written through to SQLite for durability. Declared indexes are kept in
// key order (sorted-index.ts), so `_id` lookups and equalities on the leading fields of an index never scan, a sort
// on an index's next fields reads only the page it returns, and unique ones hold.
import Database from 'better-sqlite3';
import { fromStorage, toStorage } from './ejson-codec';
import { DB_ERRORS, DbError } from './errors';
import { IndexState, indexKey, orNull, sizeOf, type EqualityPlan, type Walk } from './index-state';
import { isPlain, meetsBound, type Bound, type IndexEntry } from './sorted-index';

export { indexKey };

export type Doc = { _id: string } & Record<string, unknown>;

export interface IndexSpec {
  name: string;
  keys: Record<string, 1 | -1>;
  unique?: boolean;
}

export interface CollectionSpec {
  name: string;
  indexes?: IndexSpec[];
}

/** What a query says that an index can answer (request-fields.ts reads it from the query). */
export interface IndexedQuery {
  /** Top-level plain equalities. */
  equalities: Map<string, unknown>;
  /** Top-level `{field: {$in: [...]}}` of a few plain values: one range of the index per value. */
  inLists: Map<string, unknown[]>;
  /** Top-level range conditions (`$gt`, `$gte`, `$lt`, `$lte` and nothing else) with a plain, non-null bound. */
  bounds: Map<string, Bound[]>;
}

/** A sort, field by field, in the request's order: 1 ascending, -1 descending. */
export type SortSpec = Array<[string, 1 | -1]>;

export class StoredCollection {
  readonly docs = new Map<string, Doc>();
  /** Write sequence number of each document's last committed change (transactions detect conflicts by it). */
  readonly versions = new Map<string, number>();
  readonly indexes: IndexState[];
  /**
   * Each document's position in `docs` (the order an unindexed query reads them in, which is the order mingo's
   * stable sort leaves ties in): index entries carry it, so every way of answering a query orders ties alike.
   */
  private readonly positions = new Map<string, number>();
  private lastPosition = 0;

  constructor(
    readonly name: string,
    specs: IndexSpec[],
  ) {
    this.indexes = specs.map((spec) => new IndexState(spec));
  }

  /**
   * The index whose leading fields the equalities (and lists) cover furthest; among those, the one whose ranges hold
   * fewest entries.
   */
  private equalityPlan(equalities: Map<string, unknown>, inLists?: Map<string, unknown[]>): EqualityPlan | undefined {
    const listOf = (field: string): unknown[] | undefined =>
      equalities.has(field) ? [equalities.get(field)] : inLists?.get(field);
    let best: EqualityPlan | undefined;
    for (const index of this.indexes) {
      const length = index.prefixCovered((field) => listOf(field) !== undefined);
      if (length === 0 || (best && length < best.length)) continue;
      const ranges = index.ranges((field) => listOf(field)!, length);
      if (!ranges) continue;
      if (!best || length > best.length || sizeOf(ranges) < sizeOf(best.ranges)) best = { index, length, ranges };
    }
    return best;
  }

  private entriesOf(index: IndexState, ranges: Array<[number, number]>): IndexEntry[] {
    const out: IndexEntry[] = [];
    for (const [from, to] of ranges) for (const entry of index.sorted.slice(from, to)) out.push(entry);
    return out;
  }

  /**
   * Ids that may match equalities (or short `$in` lists) on the leading fields of some index, in collection order
   * (so ties sort as an unindexed query leaves them), or undefined when no index applies.
   */
  candidatesByIndex(equalities: Map<string, unknown>, inLists?: Map<string, unknown[]>): Set<string> | undefined {
    const plan = this.equalityPlan(equalities, inLists);
    if (!plan) return undefined;
    const entries = this.entriesOf(plan.index, plan.ranges).sort((a, b) => a.seq - b.seq);
    return new Set(entries.map((entry) => entry.id));
  }

  /** The index walk that answers a sorted query, or undefined when none does (or an equality index is cheaper). */
  private walkPlan(query: IndexedQuery, order: SortSpec): Walk | undefined {
    const listOf = (field: string): unknown[] | undefined =>
      query.equalities.has(field) ? [query.equalities.get(field)] : query.inLists.get(field);
    let best: (Walk & { size: number }) | undefined;
    for (const index of this.indexes) {
      const covered = index.prefixCovered((field) => listOf(field) !== undefined);
      // The longest fixed prefix the sort follows: a fixed field may also be sorted on (it is constant).
      for (let fixed = Math.min(covered, index.fields.length - order.length); fixed >= 0; fixed--) {
        const reversed = index.walksAs(order, fixed);
        if (reversed === undefined) continue;
        const ranges = index.ranges((field) => listOf(field)!, fixed);
        if (!ranges) break;
        const size = sizeOf(ranges);
        if (!best || fixed > best.fixed || (fixed === best.fixed && size < best.size)) {
          best = { index, fixed, reversed, ranges, size };
        }
        break;
      }
    }
    if (!best) return undefined;
    // An index that fixes more fields by equality and holds fewer entries than the walk could read is cheaper.
    const equality = this.equalityPlan(query.equalities, query.inLists);
    if (equality && equality.length > best.fixed && sizeOf(equality.ranges) < best.size) return undefined;
    return best;
  }

  /**
   * Answers a sorted query from an index when one fits: equalities or lists on its leading fields, the sort on its
   * next fields (in its directions or all reversed). Walks the ranges in sort order, merging them, and hands each
   * document to `matches` (which counts it as read and tests the whole query) until `take` have matched: the first
   * `take` documents of the sorted result, in its order. Undefined when no index fits.
   */
  orderedScan(query: IndexedQuery, order: SortSpec, take: number, matches: (doc: Doc) => boolean): Doc[] | undefined {
    const plan = this.walkPlan(query, order);
    if (!plan) return undefined;
    const { index, fixed, reversed } = plan;
    const sorted = index.sorted;
    const end = fixed + order.length;
    const before = (a: IndexEntry, b: IndexEntry) =>
      (reversed ? -1 : 1) * index.sorted.compareKeys(a.values, b.values, end, fixed);
    const cursors = plan.ranges.map(([from, to]) =>
      reversed ? { at: to - 1, stop: from - 1, step: -1 } : { at: from, stop: to, step: 1 },
    );
    // Bounds on the sort fields: their range conditions, and an equality as the range of one value.
    const bounds = order.map(([field]): Bound[] => {
      const equal = query.equalities.get(field);
      if (!query.equalities.has(field) || !isPlain(equal)) return query.bounds.get(field) ?? [];
      return [
        { op: '$gte', value: orNull(equal) },
        { op: '$lte', value: orNull(equal) },
      ];
    });
    const out: Doc[] = [];
    while (out.length < take) {
      let head: IndexEntry | undefined;
      for (const cursor of cursors) {
        if (cursor.at === cursor.stop) continue;
        const entry = sorted.at(cursor.at);
        if (!head || before(entry, head) < 0) head = entry;
      }
      if (!head) break;
      // The run of entries whose sort keys equal the head's, from every range.
      const run: IndexEntry[] = [];
      for (const cursor of cursors) {
        while (cursor.at !== cursor.stop && before(sorted.at(cursor.at), head) === 0) {
          run.push(sorted.at(cursor.at));
          cursor.at += cursor.step;
        }
      }
      // A range condition on a sort field rejects the whole run from its key, without reading a document.
      const values = head.values;
      if (!bounds.every((list, i) => list.every((bound) => meetsBound(values[fixed + i], bound)))) continue;
      // Ties come out in collection order, as mingo's stable sort leaves them; a multikey document once.
      run.sort((a, b) => a.seq - b.seq);
      let last: string | undefined;
      for (const entry of run) {
        if (entry.id === last) continue;
        last = entry.id;
        const doc = this.docs.get(entry.id);
        if (doc && matches(doc)) {
          out.push(doc);
          if (out.length >= take) break;
        }
      }
    }
    return out;
  }

  /**
   * The number of documents a query matches when it is only equalities and lists of plain non-null values on the
   * leading fields of one index, counted from the index's keys without reading a document (MongoDB's COUNT_SCAN);
   * undefined otherwise.
   */
  coveredCount(query: IndexedQuery, keys: string[]): number | undefined {
    const listOf = (field: string): unknown[] | undefined =>
      query.equalities.has(field) ? [query.equalities.get(field)] : query.inLists.get(field);
    const keyed = (field: string) => {
      const list = listOf(field);
      return list !== undefined && list.every((value) => value !== null && isPlain(value));
    };
    if (keys.length === 0 || !keys.every(keyed)) return undefined;
    for (const index of this.indexes) {
      const length = index.prefixCovered((field) => keys.includes(field));
      if (length !== keys.length) continue;
      const ranges = index.ranges((field) => listOf(field)!, length);
      if (!ranges) continue;
      return new Set(this.entriesOf(index, ranges).map((entry) => entry.id)).size;
    }
    return undefined;
  }

  /** Throws DUPLICATE_WRITE when `doc` would break a unique index (ignoring the document it replaces). */
  checkUnique(doc: Doc, replacing?: Doc): void {
    for (const index of this.indexes) {
      if (!index.spec.unique) continue;
      for (const tuple of index.tuplesOf(doc)) {
        for (const { id } of index.sorted.slice(...index.sorted.range(tuple))) {
          if (id !== doc._id && id !== replacing?._id) {
            throw new DbError(
              DB_ERRORS.DUPLICATE_WRITE,
              `E11000 duplicate key error collection: ${this.name} index: ${index.spec.name} dup key: ${index.keyOf(doc)}`,
            );
          }
        }
      }
    }
  }

  put(doc: Doc, version: number): void {
    const previous = this.docs.get(doc._id);
    let position = this.positions.get(doc._id);
    if (previous && position !== undefined) {
      for (const index of this.indexes) index.remove(previous, position);
    } else {
      position = ++this.lastPosition;
      this.positions.set(doc._id, position);
    }
    this.docs.set(doc._id, doc);
    this.versions.set(doc._id, version);
    for (const index of this.indexes) index.add(doc, position);
  }

  delete(id: string, version: number): void {
    const previous = this.docs.get(id);
    const position = this.positions.get(id);
    if (!previous || position === undefined) return;
    for (const index of this.indexes) index.remove(previous, position);
    this.docs.delete(id);
    this.positions.delete(id);
    this.versions.set(id, version);
  }
}

export type Write = { collection: string; id: string; doc: Doc | null };

export class DocumentStore {
  private readonly collections = new Map<string, StoredCollection>();
  private readonly sqlite: Database.Database;
  private readonly putStatement: Database.Statement;
  private readonly deleteStatement: Database.Statement;
  private readonly applyWrites: (writes: Write[]) => void;
  private sequence = 0;

  /** `file` undefined keeps everything in memory (tests); a path makes every acknowledged write durable. */
  constructor(
    file: string | undefined,
    private readonly specs: CollectionSpec[],
  ) {
    this.sqlite = new Database(file ?? ':memory:');
    // WAL with synchronous=NORMAL survives a killed process without an fsync per write.
    this.sqlite.pragma('journal_mode = WAL');
    this.sqlite.pragma('synchronous = NORMAL');
    this.sqlite.exec(`
      CREATE TABLE IF NOT EXISTS collections (name TEXT PRIMARY KEY);
      CREATE TABLE IF NOT EXISTS documents (
        collection TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (collection, id)
      ) WITHOUT ROWID;`);
    this.putStatement = this.sqlite.prepare(
      'INSERT INTO documents (collection, id, body) VALUES (?, ?, ?) ON CONFLICT (collection, id) DO UPDATE SET body = excluded.body',
    );
    this.deleteStatement = this.sqlite.prepare('DELETE FROM documents WHERE collection = ? AND id = ?');
    this.applyWrites = this.sqlite.transaction((writes: Write[]) => {
      for (const write of writes) {
        if (write.doc) this.putStatement.run(write.collection, write.id, toStorage(write.doc));
        else this.deleteStatement.run(write.collection, write.id);
      }
    });

    const declared = new Map(specs.map((spec) => [spec.name, spec]));
    const insertName = this.sqlite.prepare('INSERT OR IGNORE INTO collections (name) VALUES (?)');
    for (const spec of specs) insertName.run(spec.name);
    for (const row of this.sqlite.prepare('SELECT name FROM collections').all() as { name: string }[]) {
      this.collections.set(row.name, new StoredCollection(row.name, declared.get(row.name)?.indexes ?? []));
    }
    for (const row of this.sqlite.prepare('SELECT collection, id, body FROM documents').iterate() as Iterable<{
      collection: string;
      body: string;
    }>) {
      this.collections.get(row.collection)?.put(fromStorage(row.body) as Doc, 0);
    }
  }

  collection(name: string): StoredCollection {
    const found = this.collections.get(name);
    if (!found) throw new DbError(DB_ERRORS.COLLECTION_NOT_EXIST, `Db or Table not exist: ${name}`);
    return found;
  }

  /** Collection names, sorted. */
  names(): string[] {
    return [...this.collections.keys()].sort();
  }

  createCollection(name: string): void {
    if (this.collections.has(name)) {
      throw new DbError(DB_ERRORS.COLLECTION_ALREADY_EXIST, `collection ${name} already exists`);
    }
    this.sqlite.prepare('INSERT INTO collections (name) VALUES (?)').run(name);
    const spec = this.specs.find((s) => s.name === name);
    this.collections.set(name, new StoredCollection(name, spec?.indexes ?? []));
  }

  get currentSequence(): number {
    return this.sequence;
  }

  /**
   * Applies writes atomically: unique indexes are checked for all of them first, then SQLite commits them in one
   * transaction, then memory follows. A failure leaves both unchanged.
   */
  commit(writes: Write[]): void {
    if (writes.length === 0) return;
    for (const write of writes) {
      const target = this.collection(write.collection);
      if (write.doc) target.checkUnique(write.doc, target.docs.get(write.id));
    }
    // Two writes in one batch that collide with each other on a unique key.
    for (let i = 0; i < writes.length; i++) {
      for (let j = i + 1; j < writes.length; j++) {
        const a = writes[i]!;
        const b = writes[j]!;
        if (!a.doc || !b.doc || a.collection !== b.collection || a.id === b.id) continue;
        for (const index of this.collection(a.collection).indexes) {
          if (index.spec.unique && index.keyOf(a.doc) === index.keyOf(b.doc)) {
            throw new DbError(DB_ERRORS.DUPLICATE_WRITE, `E11000 duplicate key error index: ${index.spec.name}`);
          }
        }
      }
    }
    if (writes.length === 1) {
      // One statement commits atomically on its own; BEGIN/COMMIT around it would only cost two more round trips.
      const [write] = writes as [Write];
      if (write.doc) this.putStatement.run(write.collection, write.id, toStorage(write.doc));
      else this.deleteStatement.run(write.collection, write.id);
    } else {
      this.applyWrites(writes);
    }
    const version = ++this.sequence;
    for (const write of writes) {
      const target = this.collection(write.collection);
      if (write.doc) target.put(write.doc, version);
      else target.delete(write.id, version);
    }
  }

  close(): void {
    this.sqlite.close();
  }
}
