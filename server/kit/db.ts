// Typed database access: a stored concept declares its collection once (name and record type) with
// `storedCollection`, and every read and write of it goes through what that returns.
import type * as tcb from '@cloudbase/node-sdk';
import type { Transaction } from '@cloudbase/database/dist/commonjs/transaction/index';

export type Db = ReturnType<tcb.CloudBase['database']>;
export type { Transaction };

type Query = Record<string, unknown>;

export interface StoredCollection<T extends { _id: string }> {
  /** The collection's name, as declared in database/collections.json. */
  readonly name: string;
  /** The SDK's reference to the collection, for queries and writes. */
  of(db: Db): ReturnType<Db['collection']>;
  /** The same collection inside a transaction. */
  in(tx: Transaction): ReturnType<Transaction['collection']>;
  /** The document with `_id`, or undefined (a point read by id: never a scan). */
  byId(db: Db, id: string): Promise<T | undefined>;
  /** Every document matching `query`, a thousand at a time, in `_id` order. */
  readAll(db: Db, query: Query): Promise<T[]>;
}

export function storedCollection<T extends { _id: string }>(name: string): StoredCollection<T> {
  const of = (db: Db) => db.collection(name);
  return {
    name,
    of,
    in: (tx) => tx.collection(name),
    async byId(db, id) {
      const { data } = (await of(db).doc(id).get()) as { data: T[] };
      return data[0];
    },
    async readAll(db, query) {
      const all: T[] = [];
      for (let offset = 0; ; offset += 1000) {
        const { data } = (await of(db).where(query).orderBy('_id', 'asc').skip(offset).limit(1000).get()) as {
          data: T[];
        };
        all.push(...data);
        if (data.length < 1000) return all;
      }
    },
  };
}

/** Whether a write failed on a unique index (an `_id` or a unique key already taken). */
export const isDuplicateWrite = (error: unknown) =>
  (error as { code?: string } | null)?.code === 'DATABASE_DUPLICATE_WRITE';

/** A case-insensitive pattern that matches `keyword` literally, never as a pattern the caller controls. */
export function literalPattern(db: Db, keyword: string) {
  return db.RegExp({ regexp: keyword.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), options: 'i' });
}
