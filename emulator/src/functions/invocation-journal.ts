// What each recent invocation did: how long it ran, how it ended, and what it cost in the units CloudBase bills and
// throttles (database operations, WeChat open-API calls, storage calls) plus the bytes the back end sent it.

export type Outcome = 'running' | 'ok' | 'failed' | 'timeout' | 'crashed';
export type CostKind = 'db' | 'wx' | 'storage';

/** One request the back end answered for an invocation, in the order they were answered. */
export interface Operation {
  kind: CostKind;
  /** The SDK's action, e.g. `database.modifyDocument`, `wx.api.subscribeMessage.send`. */
  action: string;
  /** The collection a database request named. */
  collection?: string;
  /** Time the back end took to answer (monotonic, ms, to a tenth). */
  ms: number;
  replyBytes: number;
  docsExamined: number;
}

/** What the back end reports about one answered request (the journal adds it to the invocation's totals). */
export type OperationDetail = Omit<Operation, 'kind' | 'replyBytes'>;

/** Operations kept per invocation: a seeding run may make thousands; the totals still count every one. */
export const MAX_OPERATIONS = 300;

export interface Invocation {
  requestId: string;
  name: string;
  /** The `action` of the event, when it has one (our functions all do). */
  action?: string;
  trigger: 'wx' | 'timer' | 'message';
  /** By the cloud's clock. */
  startedAt: Date;
  durationMs?: number;
  outcome: Outcome;
  /** One per database request the SDK sent: get, count, add, update, remove, aggregate, start/commit/abort. */
  dbOps: number;
  wxCalls: number;
  storageCalls: number;
  /** Bytes of every reply the back end (database, WeChat, storage) sent this invocation. */
  replyBytes: number;
  /**
   * Documents the database read to answer this invocation's requests: one request that scans a collection counts
   * as one operation but reads every document of it.
   */
  docsExamined: number;
  /** Its requests in order, the first MAX_OPERATIONS of them (`opsDropped` counts the rest). */
  ops: Operation[];
  opsDropped: number;
}

type Totals = 'outcome' | 'dbOps' | 'wxCalls' | 'storageCalls' | 'replyBytes' | 'docsExamined' | 'ops' | 'opsDropped';

export class InvocationJournal {
  private readonly byId = new Map<string, Invocation>();
  private running = 0;
  private readonly startedMs = new WeakMap<Invocation, number>();
  private idleWaiters: Array<() => void> = [];
  private readonly finishListeners = new Set<(record: Invocation) => void>();

  constructor(private readonly capacity = 500) {}

  start(entry: Omit<Invocation, Totals>): Invocation {
    const record: Invocation = {
      ...entry,
      outcome: 'running',
      dbOps: 0,
      wxCalls: 0,
      storageCalls: 0,
      replyBytes: 0,
      docsExamined: 0,
      ops: [],
      opsDropped: 0,
    };
    this.startedMs.set(record, performance.now());
    this.byId.set(record.requestId, record);
    this.running += 1;
    // Map iteration order is insertion order: the first key is the oldest record.
    while (this.byId.size > this.capacity) {
      const oldest = this.byId.keys().next().value as string;
      if (this.byId.get(oldest)?.outcome === 'running') break;
      this.byId.delete(oldest);
    }
    return record;
  }

  finish(record: Invocation, outcome: Exclude<Outcome, 'running'>): void {
    if (record.outcome !== 'running') return;
    record.outcome = outcome;
    // A duration is measured on the monotonic timer: the cloud's clock may be moved while a call runs.
    record.durationMs = Math.round(performance.now() - (this.startedMs.get(record) ?? performance.now()));
    this.running -= 1;
    // Every back-end reply the invocation waited for has been charged by now: its costs are final.
    for (const listener of this.finishListeners) listener(record);
    if (this.running === 0) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      waiters.forEach((resolve) => resolve());
    }
  }

  /**
   * Charges one answered request of `kind` to the invocation `requestId` (requests outside any are ignored): its
   * reply bytes and documents read go to the totals, and the request to the invocation's list of operations.
   */
  charge(requestId: string | undefined, kind: CostKind, replyBytes: number, detail: OperationDetail): void {
    const record = requestId ? this.byId.get(requestId) : undefined;
    if (!record) return;
    if (kind === 'db') record.dbOps += 1;
    else if (kind === 'wx') record.wxCalls += 1;
    else record.storageCalls += 1;
    record.replyBytes += replyBytes;
    record.docsExamined += detail.docsExamined;
    if (record.ops.length < MAX_OPERATIONS) record.ops.push({ kind, ...detail, replyBytes });
    else record.opsDropped += 1;
  }

  /**
   * Calls `listener` with each invocation as it ends, however many run (the journal keeps only the most recent
   * `capacity`), until the returned function is called.
   */
  onFinish(listener: (record: Invocation) => void): () => void {
    this.finishListeners.add(listener);
    return () => this.finishListeners.delete(listener);
  }

  get(requestId: string): Invocation | undefined {
    return this.byId.get(requestId);
  }

  /** Most recent first. */
  recent(limit = 100): Invocation[] {
    return [...this.byId.values()].reverse().slice(0, limit);
  }

  inFlight(): number {
    return this.running;
  }

  /** Resolves once no invocation is running (at once if none is). */
  idle(): Promise<void> {
    if (this.running === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }
}
