// Collections held in memory for querying, written through to SQLite for durability. Declared indexes are kept as
// maps from key to ids, so `_id` lookups and equality queries on the leading fields of an index never scan, and
// unique ones hold.
import Database from 'better-sqlite3';
import { fromStorage, toStorage } from './ejson-codec';
import { DB_ERRORS, DbError } from './errors';

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

function valueAt(doc: Record<string, unknown>, dotted: string): unknown {
  let current: unknown = doc;
  for (const part of dotted.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** Index key of plain values; undefined (missing) and null index alike, as in MongoDB. */
export function indexKey(values: unknown[]): string {
  return toStorage(values.map((v) => (v === undefined ? null : v)));
}

/**
 * One declared index: for each prefix of its fields (the first field, the first two, … all of them), a map from key
 * to ids, so a query with equalities on a leading part of a compound index reads only what that part finds, as
 * MongoDB's index prefixes do. A field holding an array is indexed once per element (a multikey index), so
 * `{orgPath: 'org-x'}` finds every document whose path contains it.
 */
class IndexState {
  readonly fields: string[];
  /** By prefix length - 1; the last map (all fields) is the one unique indexes are checked on. */
  readonly prefixes: Array<Map<string, Set<string>>>;

  constructor(readonly spec: IndexSpec) {
    this.fields = Object.keys(spec.keys);
    this.prefixes = this.fields.map(() => new Map());
  }

  get entries(): Map<string, Set<string>> {
    return this.prefixes[this.prefixes.length - 1]!;
  }

  /** The full key of a document whose indexed fields hold no array (what a unique check compares). */
  keyOf(doc: Doc): string {
    return indexKey(this.fields.map((field) => valueAt(doc, field)));
  }

  /** Every key tuple of the document: one per element of an array field (MongoDB allows one such field). */
  private tuplesOf(doc: Doc): unknown[][] {
    let tuples: unknown[][] = [[]];
    for (const field of this.fields) {
      const value = valueAt(doc, field);
      const values = Array.isArray(value) && value.length > 0 ? [...new Set(value)] : [value];
      tuples = tuples.flatMap((tuple) => values.map((item) => [...tuple, item]));
    }
    return tuples;
  }

  private each(doc: Doc, visit: (map: Map<string, Set<string>>, key: string) => void): void {
    const seen = new Set<string>();
    for (const tuple of this.tuplesOf(doc)) {
      for (let length = 1; length <= tuple.length; length++) {
        const key = indexKey(tuple.slice(0, length));
        const mark = `${length}:${key}`;
        if (seen.has(mark)) continue;
        seen.add(mark);
        visit(this.prefixes[length - 1]!, key);
      }
    }
  }

  add(doc: Doc): void {
    this.each(doc, (map, key) => {
      let ids = map.get(key);
      if (!ids) map.set(key, (ids = new Set()));
      ids.add(doc._id);
    });
  }

  remove(doc: Doc): void {
    this.each(doc, (map, key) => {
      const ids = map.get(key);
      ids?.delete(doc._id);
      if (ids && ids.size === 0) map.delete(key);
    });
  }

  /** How many leading fields the equalities cover. */
  prefixCovered(equalities: Map<string, unknown>): number {
    let length = 0;
    while (length < this.fields.length && equalities.has(this.fields[length]!)) length += 1;
    return length;
  }

  lookup(equalities: Map<string, unknown>, length: number): Set<string> {
    const key = indexKey(this.fields.slice(0, length).map((field) => equalities.get(field)));
    return this.prefixes[length - 1]!.get(key) ?? new Set();
  }
}

export class StoredCollection {
  readonly docs = new Map<string, Doc>();
  /** Write sequence number of each document's last committed change (transactions detect conflicts by it). */
  readonly versions = new Map<string, number>();
  readonly indexes: IndexState[];

  constructor(
    readonly name: string,
    specs: IndexSpec[],
  ) {
    this.indexes = specs.map((spec) => new IndexState(spec));
  }

  /** Ids that may match an equality on every field of some index, or undefined when no index applies. */
  candidatesByIndex(equalities: Map<string, unknown>): Set<string> | undefined {
    // The index whose leading fields the equalities cover furthest; among those, the one that finds fewest.
    let best: Set<string> | undefined;
    let bestLength = 0;
    for (const index of this.indexes) {
      const length = index.prefixCovered(equalities);
      if (length === 0 || length < bestLength) continue;
      const found = index.lookup(equalities, length);
      if (length > bestLength || !best || found.size < best.size) {
        best = found;
        bestLength = length;
      }
    }
    return best;
  }

  /** Throws DUPLICATE_WRITE when `doc` would break a unique index (ignoring the document it replaces). */
  checkUnique(doc: Doc, replacing?: Doc): void {
    for (const index of this.indexes) {
      if (!index.spec.unique) continue;
      const holders = index.entries.get(index.keyOf(doc));
      if (!holders) continue;
      for (const id of holders) {
        if (id !== doc._id && id !== replacing?._id) {
          throw new DbError(
            DB_ERRORS.DUPLICATE_WRITE,
            `E11000 duplicate key error collection: ${this.name} index: ${index.spec.name} dup key: ${index.keyOf(doc)}`,
          );
        }
      }
    }
  }

  put(doc: Doc, version: number): void {
    const previous = this.docs.get(doc._id);
    if (previous) for (const index of this.indexes) index.remove(previous);
    this.docs.set(doc._id, doc);
    this.versions.set(doc._id, version);
    for (const index of this.indexes) index.add(doc);
  }

  delete(id: string, version: number): void {
    const previous = this.docs.get(id);
    if (!previous) return;
    for (const index of this.indexes) index.remove(previous);
    this.docs.delete(id);
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
