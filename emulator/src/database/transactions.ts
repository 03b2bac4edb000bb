// Transactions as CloudBase runs them (its documentation: "事务过程采用的是快照隔离"): reads see a snapshot, writes are
// staged and lock their documents, commit applies them together or not at all.
//
// - The snapshot is taken at the transaction's first operation, as MongoDB takes it, not when it is started: a
//   document another writer changes after that still reads inside the transaction as it was (no read skew). The
//   store keeps only the newest documents, so each commit hands the documents it is about to replace to every live
//   transaction that has not seen them yet (`before`); a transaction reads its own staged write, else that
//   before-image, else the store.
// - A write conflicts when another live transaction holds the document or it was committed after the snapshot, as
//   before (DATABASE_TRANSACTION_CONFLICT, which `runTransaction` retries).
// - Any call on a transaction that was committed, rolled back or outlived its 30 s fails with
//   DATABASE_TRANSACTION_FAIL and the service's TransactionNotExist message.
// - Only single documents are read and written inside one (`doc()` and `add()` of one document), as the
//   documentation says; a `where` query or a batch is refused with DATABASE_TRANSACTION_FAIL. That is stricter than a
//   service which might let some through, on purpose: code that passes here runs there (emulator/README.md).
import { randomBytes } from 'node:crypto';
import type { Doc, DocumentStore, Write } from './document-store';
import { DB_ERRORS, DbError } from './errors';
import type { Body } from './request-fields';

/** The service's message for a transaction that is not (or no longer) open (DATABASE_TRANSACTION_FAIL's page). */
export const TRANSACTION_NOT_EXIST_MESSAGE =
  '[ResourceUnavailable.TransactionNotExist] Transaction does not exist on the server, transaction must be commit or abort in 30 seconds.';

export interface Transaction {
  id: string;
  /** Store sequence at the first operation (null before it): documents committed later conflict with its writes. */
  snapshot: number | null;
  expiresAt: number;
  writes: Map<string, Write>;
  /** Documents as they were at the snapshot, kept when someone else replaced them since (null: did not exist). */
  before: Map<string, Doc | null>;
}

export const keyOf = (collection: string, id: string) => `${collection}\u0000${id}`;

export class Transactions {
  private readonly open = new Map<string, Transaction>();
  /** Which transaction holds the write lock on a document. */
  private readonly locks = new Map<string, string>();

  constructor(
    private readonly store: DocumentStore,
    private readonly timeoutMs: number,
  ) {}

  start(now: number): { transactionId: string } {
    const tx: Transaction = {
      id: randomBytes(16).toString('hex'),
      snapshot: null,
      expiresAt: now + this.timeoutMs,
      writes: new Map(),
      before: new Map(),
    };
    this.open.set(tx.id, tx);
    return { transactionId: tx.id };
  }

  /** The open transaction `id`, its snapshot taken if this is its first operation. */
  live(id: string, now: number): Transaction {
    const tx = this.open.get(id);
    if (tx && now > tx.expiresAt) this.end(tx);
    if (!tx || now > tx.expiresAt) throw new DbError(DB_ERRORS.TRANSACTION_FAIL, TRANSACTION_NOT_EXIST_MESSAGE);
    if (tx.snapshot === null) tx.snapshot = this.store.currentSequence;
    return tx;
  }

  /** The transaction a request runs in, if any. */
  of(body: Body, now: number): Transaction | undefined {
    const id = body.transactionId;
    if (id === undefined || id === null || id === '') return undefined;
    if (typeof id !== 'string') throw new DbError(DB_ERRORS.INVALID_PARAM, 'transactionId must be a string');
    return this.live(id, now);
  }

  /** Refuses what a transaction may not do (see the top of this file). */
  refuse(what: string): never {
    throw new DbError(DB_ERRORS.TRANSACTION_FAIL, `事务中只能对单个文档操作（doc 或 add 一条记录），不支持${what}`);
  }

  /** A document as the transaction sees it: its own write, else as it was at the snapshot, else the store's. */
  read(tx: Transaction, collection: string, id: string): Doc | undefined {
    const key = keyOf(collection, id);
    const pending = tx.writes.get(key);
    if (pending) return pending.doc ?? undefined;
    if (tx.before.has(key)) return tx.before.get(key) ?? undefined;
    return this.store.collection(collection).docs.get(id);
  }

  /** Stages writes in the transaction, or ends it with a conflict (another holds a document, or it changed since). */
  stage(tx: Transaction, writes: Write[], now: number): void {
    for (const write of writes) {
      const key = keyOf(write.collection, write.id);
      let holder = this.locks.get(key);
      const holderTx = holder ? this.open.get(holder) : undefined;
      if (holderTx && now > holderTx.expiresAt) {
        // An expired transaction no longer holds anything.
        this.end(holderTx);
        holder = undefined;
      }
      if ((holder && holder !== tx.id) || this.changedSince(tx, write)) {
        this.end(tx);
        throw conflict(tx, write);
      }
    }
    for (const write of writes) {
      const key = keyOf(write.collection, write.id);
      this.locks.set(key, tx.id);
      tx.writes.set(key, write);
    }
  }

  /** Commits writes outside any transaction, first keeping what they replace for the snapshots that need it. */
  commitNow(writes: Write[]): void {
    if (writes.length === 0) return;
    const watching = [...this.open.values()].filter((tx) => tx.snapshot !== null);
    if (watching.length > 0) {
      const replaced = writes.map((write) => ({
        key: keyOf(write.collection, write.id),
        doc: this.store.collection(write.collection).docs.get(write.id) ?? null,
      }));
      // Taken before the commit and kept only once it succeeded: a refused commit replaced nothing.
      this.store.commit(writes);
      for (const tx of watching) {
        for (const { key, doc } of replaced) if (!tx.before.has(key) && !tx.writes.has(key)) tx.before.set(key, doc);
      }
      return;
    }
    this.store.commit(writes);
  }

  commit(id: string, now: number): void {
    const tx = this.live(id, now);
    try {
      for (const write of tx.writes.values()) if (this.changedSince(tx, write)) throw conflict(tx, write);
      this.end(tx);
      this.commitNow([...tx.writes.values()]);
    } finally {
      this.end(tx);
    }
  }

  abort(id: string, now: number): void {
    this.end(this.live(id, now));
  }

  /** Ends transactions past their expiry, releasing their locks. */
  sweep(now: number): void {
    for (const tx of this.open.values()) if (now > tx.expiresAt) this.end(tx);
  }

  private changedSince(tx: Transaction, write: Write): boolean {
    const committed = this.store.collection(write.collection).versions.get(write.id) ?? 0;
    return committed > (tx.snapshot ?? this.store.currentSequence);
  }

  private end(tx: Transaction): void {
    this.open.delete(tx.id);
    for (const key of tx.writes.keys()) if (this.locks.get(key) === tx.id) this.locks.delete(key);
  }
}

function conflict(tx: Transaction, write: Write): DbError {
  return new DbError(
    DB_ERRORS.TRANSACTION_CONFLICT,
    `transaction ${tx.id} conflicts on ${write.collection}/${write.id}`,
  );
}
