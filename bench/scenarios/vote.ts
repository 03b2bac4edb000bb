// The vote hot path through the gateway: database operations and documents read per accepted vote once the voter's
// day has started, votes per second against the raw insert rate measured in the same run, and latency.
//
// A vote costs 3 operations by design (reserve on the day record, insert the vote, add to the tally). On top of
// that, each function instance re-reads the campaign and its approved candidates (2 operations) when its cached
// copy is older than 5 s (server/selection/campaign-cache.ts), so the vote that happens to refresh it costs 5. How
// many votes share one refresh depends on the machine's speed, so vote.ops is the mean over every measured vote
// (3 plus the refreshes spread over them) and vote.ops_max the dearest single vote (5 when a refresh fell inside
// the run).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Invocation } from 'cloudbase-local';
import type { VoteRecord } from '../../server/selection/votes';
import { startSeededCloud } from '../../test-support/seeded-cloud';
import { DONGCHENG_WORKERS, openVotingCampaign } from '../../test-support/voting-campaign';
import { DEFAULT_CONCURRENCY, type Figure, type Scenario } from '../scenario';
import { load } from './local-cloud';

const root = path.resolve(__dirname, '..', '..');
const VOTERS = 1000;
const QUOTA = 6; // one vote for each of the six candidates

const round2 = (value: number) => Math.round(value * 100) / 100;
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 10) / 10;
};

export const voteScenario: Scenario = {
  name: 'vote',
  async run(earlier) {
    // Durable storage, like the db.insert baseline the rate is compared with.
    mkdirSync(path.join(root, '.data'), { recursive: true });
    const dir = mkdtempSync(path.join(root, '.data', 'bench-vote-'));
    const env = await startSeededCloud({ dataDir: dir });
    try {
      const { campaignId, candidates } = await openVotingCampaign(env, {
        votesPerDay: QUOTA,
        workers: DONGCHENG_WORKERS,
      });
      const candidateIds = candidates.map((candidate) => candidate.id);
      const job = (voterPrefix: string, total: number, ids = candidateIds) =>
        load({
          kind: 'vote',
          url: env.cloud.url,
          campaignId,
          candidateIds: ids,
          voters: VOTERS,
          voterPrefix,
          total,
          concurrency: DEFAULT_CONCURRENCY,
        });
      // Warm-up, discarded: every worker loaded, and each measured voter's day started with their first vote.
      await job('warm', 2 * VOTERS);
      await job('bench', VOTERS);
      await env.cloud.gateway.journal.idle();
      // Each voter's other five candidates: every request an accepted vote on a started day (the load fails on any
      // refusal). The journal keeps only the latest 500 invocations: every measured one is collected as it ends.
      const casts: Invocation[] = [];
      const stopCollecting = env.cloud.gateway.journal.onFinish((entry) => {
        if (entry.name === 'vote' && entry.action === 'cast' && entry.outcome === 'ok') casts.push(entry);
      });
      const total = VOTERS * (QUOTA - 1);
      const measured = await job('bench', total, candidateIds.slice(1));
      await env.cloud.gateway.journal.idle();
      stopCollecting();
      if (casts.length !== total) throw new Error(`${casts.length} of ${total} measured votes were recorded`);

      const ops = round2(mean(casts.map((entry) => entry.dbOps)));
      const opsMax = Math.max(...casts.map((entry) => entry.dbOps));
      const scanned = round2(mean(casts.map((entry) => entry.docsExamined)));
      if (process.env.JX_BENCH_DEBUG) {
        const histogram = new Map<number, number>();
        for (const entry of casts) histogram.set(entry.dbOps, (histogram.get(entry.dbOps) ?? 0) + 1);
        console.error('vote dbOps histogram', [...histogram.entries()]);
      }
      const stored = [...env.cloud.database.store.collection('votes').docs.values()] as unknown as VoteRecord[];
      const accepted = stored.filter((vote) => vote.voter && vote.campaignId === campaignId).length;
      const insertRate = earlier.find((figure) => figure.name === 'db.insert')?.value;
      const figures: Figure[] = [
        { name: 'vote.ops', value: ops, unit: 'ops', decimals: 2 },
        { name: 'vote.ops_max', value: opsMax, unit: 'ops' },
        { name: 'vote.scanned', value: scanned, unit: 'docs', decimals: 2 },
        { name: 'vote.per_s', value: measured.perSecond, unit: 'per_s' },
        { name: 'vote.p50', value: percentile(measured.latencies ?? [], 50), unit: 'ms' },
        { name: 'vote.p99', value: percentile(measured.latencies ?? [], 99), unit: 'ms' },
      ];
      if (insertRate)
        figures.push({
          name: 'vote.rate',
          value: Math.round((measured.perSecond / insertRate) * 100) / 100,
          unit: 'ratio',
        });
      if (accepted === 0) throw new Error('no vote was stored');
      return figures;
    } finally {
      await env.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
