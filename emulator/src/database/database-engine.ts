// Executes the SDK's database actions against the document store with MongoDB semantics from mingo. Every action
// runs synchronously from start to finish, so concurrent requests never interleave inside one operation.
import { randomBytes } from 'node:crypto';
import { update } from 'mingo';
import { Aggregator } from 'mingo/aggregator';
import { Query } from 'mingo/query';
import { decode, encode } from './ejson-codec';
import type { Doc, DocumentStore, SortSpec, Write } from './document-store';
import { DB_ERRORS, DbError } from './errors';
import { hasOperators, idList, indexedQueryOf, optionalNumber, str, type Body } from './request-fields';
import { jsonSchemaValidator } from './json-schema';
import { mongoContext } from './mingo-operators';
import { Transactions } from './transactions';

export type Reply = Record<string, unknown>;

/** CloudBase answers at most this many documents per query, and this many when no limit is given. */
export const MAX_LIMIT = 1000;
export const DEFAULT_LIMIT = 100;

/** What mingo needs besides its defaults: the `$jsonSchema` validator and the operators it answers otherwise. */
const MINGO_OPTIONS = { jsonSchemaValidator, context: mongoContext };

function newId(): string {
  return randomBytes(16).toString('hex');
}

export interface EngineOptions {
  transactionTimeoutMs: number;
  clock: () => number;
}

export class DatabaseEngine {
  private readonly transactions: Transactions;
  /**
   * Documents read to answer requests so far (MongoDB's docsExamined): a lookup by `_id` or a declared index reads
   * only the documents it finds, a sorted page walked along an index only those it tested before the page was full,
   * a count covered by an index's keys none, a query no index answers the whole collection, an aggregation every
   * document of the collections it reads. Inserts read none. The local cloud charges each request's share to the
   * invocation that sent it.
   */
  examined = 0;

  constructor(
    private readonly store: DocumentStore,
    private readonly options: EngineOptions,
  ) {
    this.transactions = new Transactions(store, options.transactionTimeoutMs);
  }

  handle(action: string, body: Body): Reply {
    const now = this.options.clock();
    switch (action) {
      case 'database.getDocument':
        return this.get(body, now);
      case 'database.calculateDocument':
        return { data: { total: this.count(body, now) } };
      case 'database.insertDocument':
        return this.insert(body, now);
      case 'database.modifyDocument':
        return this.modify(body, now, false);
      case 'database.modifyAndReturnDoc':
        return this.modify(body, now, true);
      case 'database.removeDocument':
        return this.remove(body, now);
      case 'database.aggregateDocuments':
      case 'database.aggregate':
        return this.aggregate(body, now, action === 'database.aggregate');
      case 'database.addCollection':
        this.store.createCollection(str(body, 'collectionName'));
        return { data: {} };
      case 'database.startTransaction':
        return this.transactions.start(now);
      case 'database.commitTransaction':
        this.transactions.commit(str(body, 'transactionId'), now);
        return {};
      case 'database.abortTransaction':
        this.transactions.abort(str(body, 'transactionId'), now);
        return {};
      default:
        throw new DbError(DB_ERRORS.UNKNOWN_ACTION, `unknown action: ${action}`);
    }
  }

  // ---- reads -------------------------------------------------------------------------------------------------

  private queryOf(body: Body, now: number): Record<string, unknown> {
    if (body.query === undefined || body.query === '') return {};
    const query = decode(body.query, 'query', now);
    if (query === null || typeof query !== 'object' || Array.isArray(query)) {
      throw new DbError(DB_ERRORS.INVALID_PARAM, 'query must be an object');
    }
    return query as Record<string, unknown>;
  }

  private compile(query: Record<string, unknown>): Query {
    try {
      return new Query(query, MINGO_OPTIONS);
    } catch (error) {
      throw new DbError(DB_ERRORS.INVALID_PARAM, `invalid query: ${(error as Error).message}`);
    }
  }

  /**
   * The documents a query matches, as the caller (inside its transaction, if any) sees them. Given a sort and how
   * many documents the page needs (`walk`), an index that answers the sort may be walked instead: then only the
   * first `take` documents of the sorted result are returned, in order.
   */
  private match(body: Body, now: number, walk?: { order: SortSpec; take: number }): Doc[] {
    const collectionName = str(body, 'collectionName');
    const collection = this.store.collection(collectionName);
    const query = this.queryOf(body, now);
    const tx = this.transactions.of(body, now);
    if (tx && body.queryType !== 'DOC') this.transactions.refuse(' where 查询');
    const compiled = this.compile(query);
    const matches = (doc: Doc): boolean => {
      this.examined += 1;
      try {
        return compiled.test(doc);
      } catch (error) {
        throw new DbError(DB_ERRORS.INVALID_PARAM, `invalid query: ${(error as Error).message}`);
      }
    };

    let candidates: Iterable<Doc>;
    const indexed = indexedQueryOf(query);
    const id = indexed.equalities.get('_id') ?? query._id;
    if (typeof id === 'string') {
      const doc = tx ? this.transactions.read(tx, collectionName, id) : collection.docs.get(id);
      candidates = doc ? [doc] : [];
    } else if (idList(id)) {
      // `_id in [...]` is answered by the _id index, one seek per id, as MongoDB's IXSCAN does.
      candidates = [...new Set(id.$in)].map((i) => collection.docs.get(i)).filter((d): d is Doc => d !== undefined);
    } else {
      const walked = walk && collection.orderedScan(indexed, walk.order, walk.take, matches);
      if (walked) return walked;
      const ids = collection.candidatesByIndex(indexed.equalities, indexed.inLists);
      candidates = ids
        ? [...ids].map((i) => collection.docs.get(i)).filter((d): d is Doc => d !== undefined)
        : collection.docs.values();
    }
    const out: Doc[] = [];
    for (const doc of candidates) if (matches(doc)) out.push(doc);
    return out;
  }

  /** How many documents a query matches; one covered by an index's keys is counted without reading documents. */
  private count(body: Body, now: number): number {
    const query = this.queryOf(body, now);
    if (body.transactionId === undefined || body.transactionId === null || body.transactionId === '') {
      this.compile(query);
      const keys = Object.keys(query);
      const covered = this.store.collection(str(body, 'collectionName')).coveredCount(indexedQueryOf(query), keys);
      if (covered !== undefined) return covered;
    }
    return this.match(body, now).length;
  }

  private get(body: Body, now: number): Reply {
    const order = body.order ? (decode(body.order, 'order', now) as Record<string, 1 | -1>) : undefined;
    const projection = body.projection
      ? (decode(body.projection, 'projection', now) as Record<string, unknown>)
      : undefined;
    const offset = optionalNumber(body, 'offset') ?? 0;
    const limit = Math.min(optionalNumber(body, 'limit') ?? DEFAULT_LIMIT, MAX_LIMIT);
    const sort = sortSpecOf(order);
    // A page of a sorted query needs only its first offset + limit documents, which an index walk can stop at.
    const walk =
      sort && limit >= 1 && Number.isInteger(offset) && Number.isInteger(limit)
        ? { order: sort, take: offset + limit }
        : undefined;
    const docs = this.match(body, now, walk);
    let cursor;
    try {
      cursor = new Query({}, MINGO_OPTIONS).find<Record<string, unknown>>(
        docs,
        projection && Object.keys(projection).length > 0 ? projection : undefined,
      );
      if (order && Object.keys(order).length > 0) cursor = cursor.sort(order);
      cursor = cursor.skip(offset).limit(limit);
    } catch (error) {
      throw new DbError(DB_ERRORS.INVALID_PARAM, (error as Error).message);
    }
    const list = (cursor.all() as Record<string, unknown>[]).map(encode);
    return { data: { list, limit, offset } };
  }

  private aggregate(body: Body, now: number, legacy: boolean): Reply {
    const collection = this.store.collection(str(body, 'collectionName'));
    if (!Array.isArray(body.stages)) throw new DbError(DB_ERRORS.INVALID_PARAM, 'stages must be an array');
    const pipeline = (body.stages as { stageKey?: unknown; stageValue?: unknown }[]).map((stage, i) => {
      if (typeof stage?.stageKey !== 'string') throw new DbError(DB_ERRORS.INVALID_PARAM, `stages.${i}.stageKey`);
      return { [stage.stageKey]: decode(stage.stageValue, `stages.${i}.stageValue`, now) };
    });
    let result: Record<string, unknown>[];
    const read = (docs: Map<string, Doc>) => {
      this.examined += docs.size;
      return [...docs.values()];
    };
    try {
      result = new Aggregator(pipeline, {
        ...MINGO_OPTIONS,
        collectionResolver: (name: string) => read(this.store.collection(name).docs),
      }).run(read(collection.docs)) as Record<string, unknown>[];
    } catch (error) {
      if (error instanceof DbError) throw error;
      throw new DbError(DB_ERRORS.INVALID_PARAM, `invalid pipeline: ${(error as Error).message}`);
    }
    const list = result.map(encode);
    // Older SDKs expect the list as one JSON string.
    return { data: { list: legacy ? JSON.stringify(list) : list } };
  }

  // ---- writes ------------------------------------------------------------------------------------------------

  /** Commits writes now, or stages them in the caller's transaction. */
  private write(body: Body, now: number, writes: Write[]): void {
    const tx = this.transactions.of(body, now);
    if (tx) this.transactions.stage(tx, writes, now);
    else this.transactions.commitNow(writes);
  }

  private insert(body: Body, now: number): Reply {
    const collectionName = str(body, 'collectionName');
    const collection = this.store.collection(collectionName);
    if (!Array.isArray(body.data) || body.data.length === 0) {
      throw new DbError(DB_ERRORS.INVALID_PARAM, 'data must be a non-empty array');
    }
    const docs = body.data.map((item, i) => {
      const doc = decode(item, `data.${i}`, now);
      if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
        throw new DbError(DB_ERRORS.INVALID_PARAM, `data.${i} must be an object`);
      }
      const withId = { ...(doc as Record<string, unknown>) };
      if (withId._id === undefined) withId._id = newId();
      if (typeof withId._id !== 'string')
        throw new DbError(DB_ERRORS.INVALID_PARAM, `data.${i}._id must be a string`);
      return withId as Doc;
    });
    const tx = this.transactions.of(body, now);
    if (tx && docs.length > 1) this.transactions.refuse('批量写入');
    for (const doc of docs) {
      if (
        (tx ? this.transactions.read(tx, collectionName, doc._id) : collection.docs.get(doc._id)) ||
        docs.filter((d) => d._id === doc._id).length > 1
      ) {
        throw new DbError(
          DB_ERRORS.DUPLICATE_WRITE,
          `E11000 duplicate key error collection: ${collectionName} dup key: ${doc._id}`,
        );
      }
    }
    this.write(
      body,
      now,
      docs.map((doc) => ({ collection: collectionName, id: doc._id, doc })),
    );
    return { data: { insertedIds: docs.map((doc) => doc._id) } };
  }

  private modify(body: Body, now: number, returnDoc: boolean): Reply {
    const collectionName = str(body, 'collectionName');
    const data = decode(body.data, 'data', now);
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      throw new DbError(DB_ERRORS.INVALID_PARAM, 'data must be an object');
    }
    const changes = data as Record<string, unknown>;
    const replace = body.merge === false;
    const upsert = body.upsert === true;
    const multi = body.multi === true;
    const matched = this.match(body, now);
    const targets = multi ? matched : matched.slice(0, 1);

    const apply = (doc: Doc): Doc => {
      if (replace) {
        const { _id: _ignored, ...rest } = changes;
        return { ...rest, _id: doc._id } as Doc;
      }
      const copy = cloneDoc(doc);
      const modifier = hasOperators(changes) ? changes : { $set: changes };
      if ('_id' in ((modifier.$set as object | undefined) ?? {})) {
        throw new DbError(DB_ERRORS.INVALID_PARAM, '不能更新_id的值');
      }
      try {
        update(copy, modifier as Parameters<typeof update>[1], undefined, undefined, { cloneMode: 'deep' });
      } catch (error) {
        throw new DbError(DB_ERRORS.INVALID_PARAM, `invalid update: ${(error as Error).message}`);
      }
      return copy;
    };

    const writes: Write[] = targets.map((doc) => ({ collection: collectionName, id: doc._id, doc: apply(doc) }));
    let upsertId: string | null = null;
    if (writes.length === 0 && upsert) {
      const query = this.queryOf(body, now);
      const id = typeof query._id === 'string' ? query._id : newId();
      const base = { _id: id } as Doc;
      const created = replace ? ({ ...changes, _id: id } as Doc) : apply(base);
      writes.push({ collection: collectionName, id, doc: created });
      upsertId = id;
    }
    this.write(body, now, writes);
    const updated = upsertId ? 0 : writes.length;
    if (returnDoc) return { data: { updated, doc: writes[0]?.doc ? encode(writes[0].doc) : null } };
    return { data: { updated, upsert_id: upsertId } };
  }

  private remove(body: Body, now: number): Reply {
    const collectionName = str(body, 'collectionName');
    const matched = this.match(body, now);
    const targets = body.multi === true ? matched : matched.slice(0, 1);
    this.write(
      body,
      now,
      targets.map((doc) => ({ collection: collectionName, id: doc._id, doc: null })),
    );
    return { data: { deleted: targets.length } };
  }

  /** Ends transactions past their expiry, releasing their locks. */
  sweep(now: number): void {
    this.transactions.sweep(now);
  }
}

/** A request's order as a sort an index can be walked by (mingo sorts descending on -1 and ascending otherwise). */
function sortSpecOf(order: unknown): SortSpec | undefined {
  if (order === null || typeof order !== 'object' || Array.isArray(order)) return undefined;
  const entries = Object.entries(order as Record<string, unknown>);
  if (entries.length === 0 || entries.some(([field]) => field.startsWith('$'))) return undefined;
  return entries.map(([field, direction]) => [field, direction === -1 ? -1 : 1]);
}

/**
 * A deep copy whose dates are this realm's: `structuredClone` makes them in the host's realm, which under jest (a
 * vm context) is not the one mingo checks dates against, so an updated document's dates failed every date
 * operator of an aggregate.
 */
function cloneDoc<T>(value: T): T {
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => cloneDoc(item)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) out[key] = cloneDoc(item);
    return out as T;
  }
  if (value !== null && typeof value === 'object' && !(value instanceof RegExp)) return structuredClone(value);
  return value;
}
