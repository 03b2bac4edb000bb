// What it costs the selection clock to count votes into Beijing hours for 投票监督's trend chart
// (server/selection/vote-hours.ts): one run over a day of votes not yet counted, at 1,000 and at 10,000 votes, in
// ms. The 1,000-vote run is the baseline its ratio is against (a step that grows no faster than the votes stays
// near 10). The votes are written straight into the database, spread over 24 hours; each campaign's first run
// counts them all.
import { localAdminApp } from 'cloudbase-local/admin-app';
import { aggregateVoteHours, voteHours } from '../../server/selection/vote-hours';
import type { VoteRecord } from '../../server/selection/votes';
import { campaigns } from '../../server/selection/campaigns';
import { campaignRecord, voteRecord } from '../../test-support/selection-records';
import { startSeededCloud, type SeededCloud } from '../../test-support/seeded-cloud';
import type { Figure, Scenario } from '../scenario';

const HOUR = 3_600_000;

/**
 * A voting campaign with `n` votes cast over the 24 hours that end a minute before `now` (older than the clock's
 * settling time); ms for the clock's run that counts them.
 */
async function aggregateMs(env: SeededCloud, campaignId: string, n: number): Promise<number> {
  const db = localAdminApp(env.cloud.url).database();
  const now = env.now();
  await campaigns.of(db).add(campaignRecord(campaignId, 'voting', now));
  for (let start = 0; start < n; start += 1000) {
    const batch: VoteRecord[] = Array.from({ length: Math.min(1000, n - start) }, (_, k) => {
      const i = start + k;
      const at = new Date(now.getTime() - 60_000 - 24 * HOUR + Math.floor((i * 24 * HOUR) / n));
      return voteRecord(campaignId, `${campaignId}.c${i % 6}`, `bench${String(i).padStart(27, '0')}`, at);
    });
    await db.collection('votes').add(batch);
  }
  const campaign = (await campaigns.byId(db, campaignId))!;
  const started = performance.now();
  await aggregateVoteHours(db, campaign, now);
  const ms = performance.now() - started;
  const counted = (await voteHours.readAll(db, { campaignId })).reduce((sum, bucket) => sum + bucket.cast, 0);
  if (counted !== n) throw new Error(`the clock counted ${counted} of ${n} votes`);
  return ms;
}

export const trendScenario: Scenario = {
  name: 'trend',
  async run() {
    const env = await startSeededCloud({ seed: false });
    try {
      // A first run warms the database's code paths: not measured.
      await aggregateMs(env, 'bench-trend-warm', 1000);
      const at1k = await aggregateMs(env, 'bench-trend-1k', 1000);
      const at10k = await aggregateMs(env, 'bench-trend-10k', 10_000);
      const figures: Figure[] = [
        { name: 'trend.aggregate_1k', value: at1k, unit: 'ms', decimals: 0 },
        { name: 'trend.aggregate_10k', value: at10k, unit: 'ms', decimals: 0 },
        // Ten times the votes: a step that grows no faster than the votes stays near 10.
        { name: 'trend.ratio_10k_to_1k', value: at10k / at1k, unit: 'ratio', decimals: 1 },
      ];
      return figures;
    } finally {
      await env.close();
    }
  },
};
