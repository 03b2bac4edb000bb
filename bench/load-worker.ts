// A load generator in its own thread, so the client's CPU (the SDK's signing, HTTP parsing) is not charged to the
// local cloud it measures, as in production where the callers run elsewhere. The main thread sends one job and
// gets back the rate.
import { parentPort } from 'node:worker_threads';
import * as tcb from '@cloudbase/node-sdk';
import { jsonPoster, runLoad } from './load';

// Load documents carry a date for realism; which date does not matter to what is measured.
const BENCH_EPOCH = Date.parse('2026-01-01T00:00:00Z');

export type LoadJob =
  | { kind: 'insert'; url: string; collection: string; total: number; concurrency: number }
  | { kind: 'point_read'; url: string; collection: string; size: number; total: number; concurrency: number }
  | { kind: 'call'; url: string; fn: string; total: number; concurrency: number }
  | {
      kind: 'vote';
      url: string;
      campaignId: string;
      candidateIds: string[];
      /** Voter i % voters casts request i, for candidate floor(i / voters) — distinct candidates per voter. */
      voters: number;
      /** Prefix of the voters' openids, so a second run can use voters whose day has not started. */
      voterPrefix: string;
      total: number;
      concurrency: number;
    };

export interface LoadResult {
  perSecond: number;
  ms: number;
  failures: number;
  /** What the first failed call answered, to say why. */
  firstFailure?: string;
  /** Each request's latency, ms (vote jobs). */
  latencies?: number[];
}

async function run(job: LoadJob): Promise<LoadResult> {
  let failures = 0;
  let firstFailure: string | undefined;
  if (job.kind === 'call') {
    const post = jsonPoster(job.url, job.concurrency);
    const result = await runLoad(job.total, job.concurrency, async (n) => {
      const answer = await post(`/fn/${job.fn}`, { n }, { 'x-wx-openid': `bench-${n % 50}` });
      if (answer.status !== 200) {
        failures++;
        firstFailure ??= `HTTP ${answer.status} ${answer.body.slice(0, 200)}`;
      }
    });
    return { ...result, failures, firstFailure };
  }
  if (job.kind === 'vote') {
    const post = jsonPoster(job.url, job.concurrency);
    const latencies: number[] = [];
    const result = await runLoad(job.total, job.concurrency, async (i) => {
      const started = performance.now();
      const answer = await post(
        '/fn/vote',
        {
          action: 'cast',
          input: {
            campaignId: job.campaignId,
            candidateIds: [job.candidateIds[Math.floor(i / job.voters) % job.candidateIds.length]!],
            requestId: `${job.voterPrefix}-${i}-${job.total}`,
          },
        },
        { 'x-wx-openid': `${job.voterPrefix}-${i % job.voters}` },
      );
      latencies.push(performance.now() - started);
      if (answer.status !== 200 || !(JSON.parse(answer.body) as { ok: boolean }).ok) {
        failures++;
        firstFailure ??= `HTTP ${answer.status} ${answer.body.slice(0, 200)}`;
      }
    });
    return { ...result, failures, firstFailure, latencies };
  }
  process.env.TENCENTCLOUD = 'true'; // no metadata-host lookups outside the platform
  const db = tcb
    .init({ env: 'local', secretId: 'local', secretKey: 'local', serviceUrl: `${job.url}/admin` })
    .database();
  const collection = db.collection(job.collection);
  const result =
    job.kind === 'insert'
      ? await runLoad(job.total, job.concurrency, (i) =>
          collection.add({ n: i, at: new Date(BENCH_EPOCH + i), tag: 'bench' }),
        )
      : await runLoad(job.total, job.concurrency, async (i) => {
          const { data } = await collection.doc(`d${(i * 7919) % job.size}`).get();
          if (data.length !== 1) failures++;
        });
  return { ...result, failures };
}

parentPort?.on('message', (job: LoadJob) => {
  run(job).then(
    (result) => parentPort?.postMessage({ ok: true, result }),
    (error: Error) => parentPort?.postMessage({ ok: false, message: error.message }),
  );
});
