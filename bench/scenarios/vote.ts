// The vote hot path through the gateway: database operations per accepted vote once the voter's day has started,
// votes per second against the raw insert rate measured in the same run, and latency.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { VoteRecord } from '../../server/selection/votes';
import { startSeededCloud } from '../../test-support/seeded-cloud';
import { DONGCHENG_WORKERS, openVotingCampaign } from '../../test-support/voting-campaign';
import { DEFAULT_CONCURRENCY, type Figure, type Scenario } from '../scenario';
import { load } from './local-cloud';

const root = path.resolve(__dirname, '..', '..');
const VOTERS = 1000;
const QUOTA = 6; // one vote for each of the six candidates

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
      // Each voter's other five candidates: every request an accepted vote on a started day.
      const measured = await job('bench', VOTERS * (QUOTA - 1), candidateIds.slice(1));
      await env.cloud.gateway.journal.idle();

      const casts = env.cloud.gateway.journal
        .recent(500)
        .filter((entry) => entry.name === 'vote' && entry.action === 'cast' && entry.outcome === 'ok');
      const ops = Math.max(...casts.map((entry) => entry.dbOps));
      if (process.env.JX_BENCH_DEBUG) {
        const histogram = new Map<number, number>();
        for (const entry of casts) histogram.set(entry.dbOps, (histogram.get(entry.dbOps) ?? 0) + 1);
        console.error('vote dbOps histogram', [...histogram.entries()]);
      }
      const stored = [...env.cloud.database.store.collection('votes').docs.values()] as unknown as VoteRecord[];
      const accepted = stored.filter((vote) => vote.voter && vote.campaignId === campaignId).length;
      const insertRate = earlier.find((figure) => figure.name === 'db.insert')?.value;
      const figures: Figure[] = [
        { name: 'vote.ops', value: ops, unit: 'ops' },
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
