// What it costs to render a category's candidate list (selection.candidates) as the votes pile up: database
// operations, documents the database read and reply bytes with 10,000 and with 100,000 votes cast. The votes are
// written straight into the database (this measures reading, not voting); the two figures of each kind must be
// equal — no count scans the votes. Then the organisers' full count check (selection.recount: every tally, weighted
// tally and voter day recomputed) at both sizes, in ms; the 10,000-vote run is the baseline its ratio is against.
import { chargedDays } from '../../server/selection/voter-days';
import type { VoteRecord } from '../../server/selection/votes';
import { localAdminApp } from 'cloudbase-local/admin-app';
import { startSeededCloud, type SeededCloud } from '../../test-support/seeded-cloud';
import { DONGCHENG_WORKERS, openVotingCampaign, type VotingCampaign } from '../../test-support/voting-campaign';
import type { Figure, Scenario } from '../scenario';
import { selectionContract } from '../../src/shared/contracts/selection';

async function addVotes(env: SeededCloud, campaign: VotingCampaign, from: number, to: number): Promise<void> {
  const votes = localAdminApp(env.cloud.url).database().collection('votes');
  const days = localAdminApp(env.cloud.url).database().collection('voterDays');
  const day = '2026-11-22';
  for (let start = from; start < to; start += 1000) {
    const batch: VoteRecord[] = Array.from({ length: Math.min(1000, to - start) }, (_, k) => {
      const n = start + k;
      const candidate = campaign.candidates[n % campaign.candidates.length]!;
      const voter = `bench${String(n).padStart(27, '0')}`;
      return {
        _id: `${campaign.campaignId}.${day}.${voter}.${candidate.id}`,
        campaignId: campaign.campaignId,
        candidateId: candidate.id,
        categoryId: candidate.categoryId,
        voter,
        day,
        at: env.now(),
        requestId: `bench-${n}`,
        riskRank: 0,
        weight: 1,
        counted: true,
      };
    });
    await votes.add(batch);
    // The voter days the vote path would have charged them to.
    await days.add(chargedDays(batch));
  }
  // The tallies the vote path would have kept.
  const candidates = localAdminApp(env.cloud.url).database().collection('candidates');
  for (const [i, candidate] of campaign.candidates.entries()) {
    const count = Math.floor(to / campaign.candidates.length) + (i < to % campaign.candidates.length ? 1 : 0);
    await candidates.doc(candidate.id).update({ votes: count, weighted: count });
  }
}

async function listCost(
  env: SeededCloud,
  campaign: VotingCampaign,
): Promise<{ ops: number; scanned: number; bytes: number }> {
  const input = { campaignId: campaign.campaignId, categoryId: 'k1' };
  await env.call(selectionContract, 'candidates', input, 'bench-reader'); // warm
  const answer = await env.call(selectionContract, 'candidates', input, 'bench-reader');
  if (!answer.ok) throw new Error(answer.error.message);
  await env.cloud.gateway.journal.idle();
  const [record] = env.cloud.gateway.journal.recent(1);
  return { ops: record!.dbOps, scanned: record!.docsExamined, bytes: record!.replyBytes };
}

/** One full count check of the campaign, in ms (the second of two calls: the first warms the instance). */
async function recountMs(env: SeededCloud, campaign: VotingCampaign): Promise<number> {
  const input = { campaignId: campaign.campaignId };
  await env.call(selectionContract, 'recount', input, 'persona-city-staff');
  const started = performance.now();
  const answer = await env.call(selectionContract, 'recount', input, 'persona-city-staff');
  const ms = performance.now() - started;
  if (!answer.ok) throw new Error(answer.error.message);
  if (answer.data.differences.length > 0) throw new Error('the bench campaign’s counts differ');
  return ms;
}

export const candidatesScenario: Scenario = {
  name: 'candidates',
  async run() {
    const env = await startSeededCloud();
    try {
      const campaign = await openVotingCampaign(env, { votesPerDay: 3, workers: DONGCHENG_WORKERS });
      await addVotes(env, campaign, 0, 10_000);
      const at10k = await listCost(env, campaign);
      const recount10k = await recountMs(env, campaign);
      await addVotes(env, campaign, 10_000, 100_000);
      const at100k = await listCost(env, campaign);
      const recount100k = await recountMs(env, campaign);
      const figures: Figure[] = [
        { name: 'candidates.list_10k', value: at10k.ops, unit: 'ops' },
        { name: 'candidates.list_100k', value: at100k.ops, unit: 'ops' },
        { name: 'candidates.list_10k_scanned', value: at10k.scanned, unit: 'docs' },
        { name: 'candidates.list_100k_scanned', value: at100k.scanned, unit: 'docs' },
        { name: 'candidates.list_10k_bytes', value: at10k.bytes, unit: 'bytes' },
        { name: 'candidates.list_100k_bytes', value: at100k.bytes, unit: 'bytes' },
        { name: 'recount.votes_10k', value: recount10k, unit: 'ms', decimals: 0 },
        { name: 'recount.votes_100k', value: recount100k, unit: 'ms', decimals: 0 },
        // Ten times the votes: a check that grows no faster than the votes stays near 10.
        { name: 'recount.ratio_100k_to_10k', value: recount100k / recount10k, unit: 'ratio', decimals: 1 },
      ];
      return figures;
    } finally {
      await env.close();
    }
  },
};
