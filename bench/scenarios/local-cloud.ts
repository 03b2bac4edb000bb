// The local cloud's own ceilings, which every feature benchmark is compared against in the same run:
// raw SDK inserts and point reads (durable and in memory, small and large collections) and a gateway call that
// touches no database. Load comes from a separate thread (bench/load-worker.ts).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { localAdminApp } from 'cloudbase-local/admin-app';
import { startLocalCloud, type LocalCloud } from 'cloudbase-local';
import { bundledWorkerSource } from '../worker-bundle';
import type { LoadJob, LoadResult } from '../load-worker';
import { DEFAULT_CONCURRENCY, type Figure, type Scenario } from '../scenario';

const root = path.resolve(__dirname, '..', '..');
const INSERTS = 3000;
const READS = 4000;
const CALLS = 6000;
const ROUNDS = 3;
const LARGE = 100_000;
const SMALL = 1000;
const round2 = (value: number) => Math.round(value * 100) / 100;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Runs one load job in its own thread (bench/load-worker.ts) and resolves to its rate. */
export function load(job: LoadJob): Promise<LoadResult> {
  const worker = new Worker(bundledWorkerSource(path.join(root, 'bench', 'load-worker.ts')), { eval: true });
  return new Promise<LoadResult>((resolve, reject) => {
    worker.once('message', (reply: { ok: true; result: LoadResult } | { ok: false; message: string }) => {
      if (!reply.ok) reject(new Error(reply.message));
      else if (reply.result.failures > 0) {
        const first = reply.result.firstFailure ? ` (the first: ${reply.result.firstFailure})` : '';
        reject(new Error(`${job.kind}: ${reply.result.failures} calls failed${first}`));
      } else resolve(reply.result);
    });
    worker.once('error', reject);
    worker.postMessage(job);
  }).finally(() => void worker.terminate());
}

interface Bed {
  dir: string;
  cloud: LocalCloud;
}

async function bed(durable: boolean): Promise<Bed> {
  mkdirSync(path.join(root, '.data'), { recursive: true });
  const dir = mkdtempSync(path.join(root, '.data', 'bench-'));
  mkdirSync(path.join(dir, 'functions', 'noop'), { recursive: true });
  writeFileSync(
    path.join(dir, 'functions', 'noop', 'index.js'),
    'exports.main = async (event) => ({ ok: true, n: event.n });',
  );
  writeFileSync(
    path.join(dir, 'cloudbaserc.json'),
    JSON.stringify({ functionRoot: './functions', functions: [{ name: 'noop' }] }),
  );
  writeFileSync(
    path.join(dir, 'collections.json'),
    JSON.stringify({ collections: ['inserts', 'small', 'large'].map((name) => ({ name })) }),
  );
  const cloud = await startLocalCloud({
    configFile: path.join(dir, 'cloudbaserc.json'),
    collectionsFile: path.join(dir, 'collections.json'),
    dataDir: durable ? path.join(dir, 'data') : undefined,
    timers: 'manual',
  });
  return { dir, cloud };
}

async function close(b: Bed): Promise<void> {
  await b.cloud.close();
  rmSync(b.dir, { recursive: true, force: true });
}

async function fill(b: Bed, name: string, count: number): Promise<void> {
  // Batches of 1000 documents per request: filling is set-up, not what is measured.
  const collection = localAdminApp(b.cloud.url).database().collection(name);
  for (let start = 0; start < count; start += 1000) {
    await collection.add(
      Array.from({ length: Math.min(1000, count - start) }, (_, k) => ({
        _id: `d${start + k}`,
        n: start + k,
        text: '示范市职工技能竞赛',
      })),
    );
  }
}

/** Alternates jobs over several rounds and takes each one's median, so neither profits from going second. */
async function alternate(jobs: LoadJob[]): Promise<number[]> {
  const rates = jobs.map(() => [] as number[]);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, job] of jobs.entries()) rates[i]!.push((await load(job)).perSecond);
  }
  return rates.map(median);
}

const concurrency = DEFAULT_CONCURRENCY;

export const localCloudScenario: Scenario = {
  name: 'local-cloud',
  async warmUp() {
    const b = await bed(true);
    await load({ kind: 'insert', url: b.cloud.url, collection: 'inserts', total: 1000, concurrency });
    await load({ kind: 'call', url: b.cloud.url, fn: 'noop', total: 1000, concurrency });
    await close(b);
  },
  async run() {
    const durable = await bed(true);
    const memory = await bed(false);
    try {
      const insert = (b: Bed): LoadJob => ({
        kind: 'insert',
        url: b.cloud.url,
        collection: 'inserts',
        total: INSERTS,
        concurrency,
      });
      const [durableInsert, memoryInsert] = await alternate([insert(durable), insert(memory)]);

      await fill(durable, 'small', SMALL);
      await fill(durable, 'large', LARGE);
      const read = (collection: string, size: number): LoadJob => ({
        kind: 'point_read',
        url: durable.cloud.url,
        collection,
        size,
        total: READS,
        concurrency,
      });
      const [smallRead, largeRead] = await alternate([read('small', SMALL), read('large', LARGE)]);

      const call: LoadJob = { kind: 'call', url: durable.cloud.url, fn: 'noop', total: CALLS, concurrency };
      await load({ ...call, total: 1000 }); // every worker of the pool warm before measuring
      const [noop] = await alternate([call]);
      await durable.cloud.gateway.journal.idle();

      const figures: Figure[] = [
        { name: 'db.insert', value: durableInsert!, unit: 'per_s' },
        { name: 'db.insert_memory', value: memoryInsert!, unit: 'per_s' },
        { name: 'db.insert_durable', value: round2(durableInsert! / memoryInsert!), unit: 'ratio' },
        { name: 'db.point_read', value: smallRead!, unit: 'per_s' },
        { name: 'db.point_read_100k', value: round2(largeRead! / smallRead!), unit: 'ratio' },
        { name: 'gateway.noop_calls', value: noop!, unit: 'per_s' },
        { name: 'gateway.noop', value: round2(noop! / durableInsert!), unit: 'ratio' },
      ];
      return figures;
    } finally {
      await close(durable);
      await close(memory);
    }
  },
};
