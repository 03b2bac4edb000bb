// A database server in a process of its own, so durability.test.ts can end it with SIGKILL (no exit handlers, no
// flush) and start another on the same SQLite file.
//
//   node --import tsx durability-child.ts <sqlite-file> [--reply-delay-ms=N] [--weaken=memory|write-behind]
//
// Prints one line `{"url": "http://127.0.0.1:PORT/admin"}` once listening, then serves until killed. SIGTERM closes
// the store cleanly and exits 0. The process also exits when its stdin closes, so a test runner that dies without
// killing it does not leave it behind.
//
// --reply-delay-ms holds each reply back after the write is committed, as a slow network would: a kill then finds
// writes that landed but were never acknowledged, which the test must accept intact (and transactions whole).
//
// --weaken (or DURABILITY_CHILD_WEAKEN in the environment, so the unchanged test can be driven red) deliberately
// breaks durability to prove the test notices: `memory` ignores the file; `write-behind` acknowledges writes before
// SQLite sees them and flushes every 250 ms, as a write-back cache would.
import http from 'node:http';
import { DocumentStore, type Write } from './document-store';
import { startDatabaseServer, type CollectionSpec } from './database-server';

/** What durability.test.ts writes to; unique `key` so the test also sees the index rebuilt after a restart. */
const DURABILITY_COLLECTIONS: CollectionSpec[] = [
  { name: 'marks', indexes: [{ name: 'key_unique', keys: { key: 1 }, unique: true }] },
  { name: 'counters' },
  { name: 'ledger' },
];

type Weakening = 'none' | 'memory' | 'write-behind';

function parseArgs(argv: string[]): { file: string; weaken: Weakening; replyDelayMs: number } {
  let weaken = process.env.DURABILITY_CHILD_WEAKEN || 'none';
  let replyDelayMs = 0;
  const positional: string[] = [];
  for (const arg of argv) {
    if (arg.startsWith('--weaken=')) weaken = arg.slice('--weaken='.length);
    else if (arg.startsWith('--reply-delay-ms=')) replyDelayMs = Number(arg.slice('--reply-delay-ms='.length));
    else positional.push(arg);
  }
  if (!Number.isInteger(replyDelayMs) || replyDelayMs < 0) throw new Error('--reply-delay-ms takes whole ms');
  const [file] = positional;
  if (!file || positional.length !== 1) throw new Error('usage: durability-child.ts <sqlite-file> [--weaken=…]');
  if (weaken !== 'none' && weaken !== 'memory' && weaken !== 'write-behind') {
    throw new Error(`unknown --weaken=${weaken}`);
  }
  return { file, weaken, replyDelayMs };
}

/** Delays every reply; the server writes headers and body with one `end`, so nothing reaches the client before. */
function delayReplies(ms: number): void {
  const end = http.ServerResponse.prototype.end as (this: http.ServerResponse, ...args: unknown[]) => unknown;
  http.ServerResponse.prototype.end = function (this: http.ServerResponse, ...args: unknown[]) {
    setTimeout(() => end.apply(this, args), ms);
    return this;
  } as typeof http.ServerResponse.prototype.end;
}

/** Makes every store defer its SQLite transaction to a timer, while memory (and so the reply) moves on at once. */
function deferSqliteWrites(): void {
  const commit = DocumentStore.prototype.commit;
  const deferred = new WeakSet<DocumentStore>();
  DocumentStore.prototype.commit = function (this: DocumentStore, writes: Write[]): void {
    if (!deferred.has(this)) {
      deferred.add(this);
      // applyWrites is private; reaching it is the whole point of this sabotage, and only this flag does it.
      const store = this as unknown as { applyWrites: (batch: Write[]) => void };
      const apply = store.applyWrites;
      const queue: Write[] = [];
      store.applyWrites = (batch) => void queue.push(...batch);
      setInterval(() => {
        if (queue.length > 0) apply(queue.splice(0));
      }, 250).unref();
    }
    commit.call(this, writes);
  };
}

async function main(): Promise<void> {
  const { file, weaken, replyDelayMs } = parseArgs(process.argv.slice(2));
  if (weaken === 'write-behind') deferSqliteWrites();
  if (replyDelayMs > 0) delayReplies(replyDelayMs);
  const server = await startDatabaseServer({
    collections: DURABILITY_COLLECTIONS,
    file: weaken === 'memory' ? undefined : file,
  });
  process.stdout.write(`${JSON.stringify({ url: server.url, pid: process.pid, weaken, replyDelayMs })}\n`);

  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGTERM', shutdown);
  process.stdin.on('end', shutdown);
  process.stdin.resume();
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
