// Durability: write, `kill -9`, restart, read back. Every write the SDK saw acknowledged must survive SIGKILL of the
// server process; writes still in flight at the kill may land or not, but never half (a transaction is all or none)
// and never garbled. The server runs in durability-child.ts, a process of its own, so the kill is a real SIGKILL
// with no exit handlers and no flush; the same SQLite file is reopened by a fresh process each cycle.
//
// DURABILITY_VERBOSE=1 prints per-cycle figures. DURABILITY_CHILD_WEAKEN=write-behind (or =memory) makes the server
// acknowledge before its writes reach the file; the test must then fail, which is how we know it can.
process.env.TENCENTCLOUD = 'true'; // skips the SDK's metadata-host lookups outside the platform
// The SDK arms a 3 s "slow request" timer per database call and clears it only on success, so each write cut off by
// the kill would print a warning and hold jest open 3 s later. SILENCE=true is the SDK's switch for that timer.
process.env.SILENCE = 'true';

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import Database from 'better-sqlite3';
import * as tcb from '@cloudbase/node-sdk';
import type { Db } from '@cloudbase/database';
import type { Transaction } from '@cloudbase/database/dist/commonjs/transaction/index';
import { DB_ERRORS } from './errors';

jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, '../../..');
const CHILD_SCRIPT = path.join(__dirname, 'durability-child.ts');
const CYCLES = 3;
/** Per cycle: the acknowledged burst, awaited in full before the kill burst starts. */
const SAFE = { adds: 200, incs: 50, transactions: 2 };
/** Per cycle: the burst the kill lands in. */
const KILLED = { adds: 400, incs: 100, transactions: 4 };
/** Acknowledgements of the kill burst to wait for before SIGKILL; varied so each cycle dies at another point. */
const KILL_AFTER_ACKS = [60, 150, 240];
/**
 * Per cycle: how long the server holds each reply after committing. Without a delay the client reads every reply the
 * server managed to send, so nearly nothing lands unacknowledged; a delay makes the kill catch committed writes whose
 * acknowledgement never left, which must then read back intact (and transactions whole).
 */
const REPLY_DELAY_MS = [0, 5, 20];

interface Child {
  process: ChildProcessWithoutNullStreams;
  url: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

interface Mark {
  key: string;
  cycle: number;
  seq: number;
  phase: 'safe' | 'killed';
  note: string;
  tags: string[];
  nested: { at: Date; score: number };
}

interface LedgerEntry {
  cycle: number;
  transfer: string;
  side: 'debit' | 'credit';
  amount: number;
}

interface CycleFigures {
  cycle: number;
  replyDelayMs: number;
  acknowledged: number;
  attempted: number;
  safeMs: number;
  killMs: number;
  killedAcksBeforeKill: number;
  inFlightAtKill: number;
  killedAcksAfterKill: number;
  unacknowledgedThatLanded: number;
  restartMs: number;
  verifyMs: number;
  counter: string;
}

const live = new Set<ChildProcessWithoutNullStreams>();
let workDir: string;
let file: string;

/** Starts a server process on the file and resolves once it prints its url. */
async function startChild(replyDelayMs = 0): Promise<Child> {
  const args = ['--import', 'tsx', CHILD_SCRIPT, file, `--reply-delay-ms=${replyDelayMs}`];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'pipe' });
  live.add(child);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      live.delete(child);
      resolve({ code, signal });
    }),
  );
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      lines.close();
      resolve((JSON.parse(line) as { url: string }).url);
    });
    child.once('error', reject);
    void exited.then(({ code, signal }) =>
      reject(new Error(`server process ended (${code ?? signal}) before listening:\n${stderr}`)),
    );
  });
  return { process: child, url, exited };
}

/**
 * Keep-alive off, as the SDK sets it inside a cloud function: its own keep-alive agent caps sockets at 100 and, for
 * requests queued behind that cap, leaks a `connect` listener per request (MaxListenersExceededWarning with 500 in
 * flight). Off, the SDK falls back to Node's global agent, which has no cap.
 */
function connect(url: string): Db {
  return tcb
    .init({ env: 'local', secretId: 'local', secretKey: 'local', serviceUrl: url, keepalive: false })
    .database();
}

function markOf(cycle: number, phase: Mark['phase'], seq: number): Mark {
  const key = `c${cycle}-${phase}-${seq}`;
  return {
    key,
    cycle,
    seq,
    phase,
    // Multi-byte text and a Date, so a torn or mis-encoded body would show.
    note: `匠心 ${key} ${'·'.repeat(seq % 17)}`,
    tags: [phase, `seq-${seq % 5}`],
    nested: { at: new Date(Date.UTC(2024, 0, 1) + cycle * 1_000_000 + seq), score: seq * 1.5 },
  };
}

function ledgerOf(cycle: number, phase: Mark['phase'], n: number): Record<string, LedgerEntry> {
  const transfer = `c${cycle}-${phase}-t${n}`;
  return {
    [`${transfer}-debit`]: { cycle, transfer, side: 'debit', amount: -(n + 1) },
    [`${transfer}-credit`]: { cycle, transfer, side: 'credit', amount: n + 1 },
  };
}

/**
 * Launches a burst of writes at once and records, as each promise settles, which ones the SDK acknowledged.
 * `onAck` runs synchronously inside the acknowledgement, so a kill issued there lands with the rest in flight.
 */
class Burst {
  acked = 0;
  readonly failures: unknown[] = [];
  readonly ackedMarks = new Map<string, { id: string; mark: Mark }>();
  readonly ackedTransfers = new Set<string>();
  ackedIncs = 0;
  readonly attemptedMarks = new Map<string, Mark>();
  readonly attemptedTransfers = new Map<string, Record<string, LedgerEntry>>();
  attemptedIncs = 0;
  private readonly settled: Promise<void>[] = [];

  constructor(
    private readonly db: Db,
    private readonly onAck: (burst: Burst) => void = () => undefined,
  ) {}

  private track(operation: Promise<void>): void {
    this.settled.push(
      operation.then(
        () => {
          this.acked++;
          this.onAck(this);
        },
        (error: unknown) => void this.failures.push(error),
      ),
    );
  }

  add(mark: Mark): void {
    this.attemptedMarks.set(mark.key, mark);
    this.track(
      this.db
        .collection('marks')
        .add(mark)
        .then(({ id }) => {
          if (typeof id !== 'string' || id.length === 0) throw new Error(`add answered without an id: ${id}`);
          this.ackedMarks.set(mark.key, { id, mark });
        }),
    );
  }

  inc(): void {
    this.attemptedIncs++;
    this.track(
      this.db
        .collection('counters')
        .doc('hits')
        .update({ n: this.db.command.inc(1) })
        .then((result: { updated?: number }) => {
          if (result.updated !== 1) throw new Error(`inc updated ${result.updated} documents`);
          this.ackedIncs++;
        }),
    );
  }

  transfer(name: string, entries: Record<string, LedgerEntry>): void {
    this.attemptedTransfers.set(name, entries);
    this.track(
      this.db
        .runTransaction(async (t: Transaction) => {
          for (const [id, entry] of Object.entries(entries)) await t.collection('ledger').doc(id).set(entry);
        })
        .then(() => void this.ackedTransfers.add(name)),
    );
  }

  /** Resolves when every write has been acknowledged or has failed. */
  async settle(): Promise<void> {
    await Promise.all(this.settled);
  }

  get size(): number {
    return this.settled.length;
  }
}

/** What every later restart must show: acknowledged writes, plus unacknowledged ones already seen to have landed. */
const durableMarks = new Map<string, { id: string; mark: Mark }>();
const durableLedger = new Map<string, LedgerEntry>();
let counterFloor = 0;
let counterCeiling = 0;
const figures: CycleFigures[] = [];

/** Jest's own deep equality (Dates by value, no extra or missing fields). */
function equals(actual: unknown, expected: unknown): boolean {
  try {
    expect(actual).toEqual(expected);
    return true;
  } catch {
    return false;
  }
}

async function readAll(db: Db, collection: string, cycles: number): Promise<Record<string, unknown>[]> {
  const docs: Record<string, unknown>[] = [];
  for (let cycle = 1; cycle <= cycles; cycle++) {
    const { data } = await db.collection(collection).where({ cycle }).limit(1000).get();
    // A full page would mean documents beyond it went unread.
    expect(data.length).toBeLessThan(1000);
    docs.push(...(data as Record<string, unknown>[]));
  }
  return docs;
}

/** Checks a freshly restarted server against everything known durable, then folds in this cycle's outcome. */
async function verify(db: Db, cycle: number, killed: Burst): Promise<number> {
  const marks = new Map((await readAll(db, 'marks', cycle)).map((doc) => [doc.key as string, doc]));
  // Counted, so a failure says how much was lost, with the first loss (and what stood in its place) to look at.
  const lostMarks = [...durableMarks]
    .filter(([key, { id, mark }]) => !equals(marks.get(key), { _id: id, ...mark }))
    .map(([key, expected]) => ({ key, expected, found: marks.get(key) ?? null }));
  expect({ lost: lostMarks.length, of: durableMarks.size, first: lostMarks[0] }).toEqual({
    lost: 0,
    of: durableMarks.size,
  });
  let landed = 0;
  for (const [key, doc] of marks) {
    if (durableMarks.has(key)) continue;
    // Anything else must be a write of the killed burst whose reply never came, intact.
    const attempted = killed.attemptedMarks.get(key);
    expect({ key, attempted: attempted !== undefined }).toEqual({ key, attempted: true });
    const { _id, ...content } = doc;
    expect(content).toEqual(attempted);
    durableMarks.set(key, { id: _id as string, mark: attempted! });
    landed++;
  }
  expect(marks.size).toBe(durableMarks.size);

  const ledger = new Map((await readAll(db, 'ledger', cycle)).map((doc) => [doc._id as string, doc]));
  const lostLedger = [...durableLedger]
    .filter(([id, entry]) => !equals(ledger.get(id), { _id: id, ...entry }))
    .map(([id, expected]) => ({ id, expected, found: ledger.get(id) ?? null }));
  expect({ lost: lostLedger.length, of: durableLedger.size, first: lostLedger[0] }).toEqual({
    lost: 0,
    of: durableLedger.size,
  });
  for (const [name, entries] of killed.attemptedTransfers) {
    const present = Object.keys(entries).filter((id) => ledger.has(id));
    // All or none: a transaction cut by the kill leaves no half.
    expect({ name, present: present.length }).toEqual({ name, present: present.length === 0 ? 0 : 2 });
    if (present.length === 0) continue;
    for (const [id, entry] of Object.entries(entries)) {
      expect(ledger.get(id)).toEqual({ _id: id, ...entry });
      if (!durableLedger.has(id)) landed++;
      durableLedger.set(id, entry);
    }
  }
  expect(ledger.size).toBe(durableLedger.size);

  const { data } = await db.collection('counters').doc('hits').get();
  const n = (data as { n: number }[])[0]?.n;
  expect(n).toBeGreaterThanOrEqual(counterFloor);
  expect(n).toBeLessThanOrEqual(counterCeiling);
  // What was read back is on disk now; later cycles build on it exactly.
  counterFloor = counterCeiling = n!;

  // The unique index is rebuilt from the file, not only the documents.
  const [someKey] = durableMarks.keys();
  await expect(db.collection('marks').add({ key: someKey, cycle: 0 })).rejects.toMatchObject({
    code: DB_ERRORS.DUPLICATE_WRITE,
  });
  return landed;
}

beforeAll(() => {
  mkdirSync(path.join(ROOT, '.data'), { recursive: true });
  workDir = mkdtempSync(path.join(ROOT, '.data', 'durability-'));
  file = path.join(workDir, 'db.sqlite');
});

afterAll(async () => {
  // A failed assertion must not leave a server behind.
  for (const child of live) child.kill('SIGKILL');
  while (live.size > 0) await new Promise((resolve) => setTimeout(resolve, 10));
  rmSync(workDir, { recursive: true, force: true });
  if (process.env.DURABILITY_VERBOSE) console.info(JSON.stringify(figures, null, 1));
});

let current: Child | undefined;

describe('an acknowledged write survives SIGKILL of the server', () => {
  for (let cycle = 1; cycle <= CYCLES; cycle++) {
    it(`cycle ${cycle}: write, kill -9 mid-burst, restart, read back`, async () => {
      current ??= await startChild(REPLY_DELAY_MS[cycle - 1]);
      const db = connect(current.url);
      if (cycle === 1) await db.collection('counters').doc('hits').set({ n: 0 });

      let started = performance.now();
      const safe = new Burst(db);
      for (let seq = 0; seq < SAFE.adds; seq++) {
        safe.add(markOf(cycle, 'safe', seq));
        if (seq % (SAFE.adds / SAFE.incs) === 0) safe.inc();
      }
      for (let n = 0; n < SAFE.transactions; n++) safe.transfer(`c${cycle}-safe-t${n}`, ledgerOf(cycle, 'safe', n));
      await safe.settle();
      const safeMs = performance.now() - started;
      expect(safe.failures).toEqual([]);
      expect(safe.acked).toBe(safe.size);

      const victim = current;
      let acksBeforeKill = -1;
      let inFlightAtKill = -1;
      let failuresBeforeKill = -1;
      let killMs = -1;
      started = performance.now();
      const killed = new Burst(db, (burst) => {
        if (burst.acked !== KILL_AFTER_ACKS[cycle - 1]) return;
        victim.process.kill('SIGKILL');
        killMs = performance.now() - started;
        acksBeforeKill = burst.acked;
        failuresBeforeKill = burst.failures.length;
        inFlightAtKill = burst.size - burst.acked - burst.failures.length;
      });
      for (let seq = 0; seq < KILLED.adds; seq++) {
        killed.add(markOf(cycle, 'killed', seq));
        if (seq % (KILLED.adds / KILLED.incs) === 0) killed.inc();
      }
      for (let n = 0; n < KILLED.transactions; n++) {
        killed.transfer(`c${cycle}-killed-t${n}`, ledgerOf(cycle, 'killed', n));
      }
      await killed.settle();
      // Had the burst never reached the kill point, the server would still be up: end it and fail below.
      if (acksBeforeKill < 0) victim.process.kill('SIGKILL');
      expect(await victim.exited).toEqual({ code: null, signal: 'SIGKILL' });
      current = undefined;
      expect(failuresBeforeKill).toBe(0);
      expect(inFlightAtKill).toBeGreaterThan(0);

      // Acknowledged in either burst (a reply already on its way when the kill landed counts too): must survive.
      for (const burst of [safe, killed]) {
        for (const [key, acked] of burst.ackedMarks) durableMarks.set(key, acked);
        for (const name of burst.ackedTransfers) {
          const entries = burst.attemptedTransfers.get(name)!;
          for (const [id, entry] of Object.entries(entries)) durableLedger.set(id, entry);
        }
      }
      counterFloor += safe.ackedIncs + killed.ackedIncs;
      counterCeiling += safe.attemptedIncs + killed.attemptedIncs;

      started = performance.now();
      // The server that reads back also takes the next cycle's writes, so it gets that cycle's reply delay.
      current = await startChild(REPLY_DELAY_MS[cycle]);
      const restartMs = performance.now() - started;
      started = performance.now();
      const landed = await verify(connect(current.url), cycle, killed);
      figures.push({
        cycle,
        replyDelayMs: REPLY_DELAY_MS[cycle - 1]!,
        acknowledged: safe.acked + killed.acked,
        attempted: safe.size + killed.size,
        safeMs,
        killMs,
        killedAcksBeforeKill: acksBeforeKill,
        inFlightAtKill,
        killedAcksAfterKill: killed.acked - acksBeforeKill,
        unacknowledgedThatLanded: landed,
        restartMs,
        verifyMs: performance.now() - started,
        counter: `${counterFloor} (acknowledged incs ${safe.ackedIncs + killed.ackedIncs} of ${safe.attemptedIncs + killed.attemptedIncs})`,
      });
    });
  }

  it('the file then closes cleanly and passes an integrity check', async () => {
    const child = current ?? (await startChild());
    const db = connect(child.url);
    expect((await db.collection('marks').count()).total).toBe(durableMarks.size);
    child.process.kill('SIGTERM');
    expect(await child.exited).toEqual({ code: 0, signal: null });
    current = undefined;
    // A clean close checkpoints the write-ahead log into the main file and removes it.
    expect(existsSync(`${file}-wal`)).toBe(false);

    const sqlite = new Database(file, { readonly: true, fileMustExist: true });
    try {
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      const count = (collection: string) =>
        (
          sqlite.prepare('SELECT count(*) AS n FROM documents WHERE collection = ?').get(collection) as {
            n: number;
          }
        ).n;
      expect(count('marks')).toBe(durableMarks.size);
      expect(count('ledger')).toBe(durableLedger.size);
      expect(count('counters')).toBe(1);
    } finally {
      sqlite.close();
    }
  });
});
