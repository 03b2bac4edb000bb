// What it costs to render a category's candidate list (selection.candidates) as the votes pile up: database
// operations, documents the database read and reply bytes with 10,000 and with 100,000 votes cast. The votes are
// written straight into the database (this measures reading, not voting); the two figures of each kind must be
// equal — no count scans the votes.
import { localAdminApp } from '../../emulator/src/admin-app';
import { startSeededCloud, type SeededCloud } from '../../test-support/seeded-cloud';
import { DONGCHENG_WORKERS, openVotingCampaign, type VotingCampaign } from '../../test-support/voting-campaign';
import type { Figure, Scenario } from '../scenario';
import { selectionContract } from '../../src/shared/contracts/selection';

async function addVotes(env: SeededCloud, campaign: VotingCampaign, from: number, to: number): Promise<void> {
  const votes = localAdminApp(env.cloud.url).database().collection('votes');
  const day = '2026-11-22';
  for (let start = from; start < to; start += 1000) {
    await votes.add(
      Array.from({ length: Math.min(1000, to - start) }, (_, k) => {
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
      }),
    );
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

export const candidatesScenario: Scenario = {
  name: 'candidates',
  async run() {
    const env = await startSeededCloud();
    try {
      const campaign = await openVotingCampaign(env, { votesPerDay: 3, workers: DONGCHENG_WORKERS });
      await addVotes(env, campaign, 0, 10_000);
      const at10k = await listCost(env, campaign);
      await addVotes(env, campaign, 10_000, 100_000);
      const at100k = await listCost(env, campaign);
      const figures: Figure[] = [
        { name: 'candidates.list_10k', value: at10k.ops, unit: 'ops' },
        { name: 'candidates.list_100k', value: at100k.ops, unit: 'ops' },
        { name: 'candidates.list_10k_scanned', value: at10k.scanned, unit: 'docs' },
        { name: 'candidates.list_100k_scanned', value: at100k.scanned, unit: 'docs' },
        { name: 'candidates.list_10k_bytes', value: at10k.bytes, unit: 'bytes' },
        { name: 'candidates.list_100k_bytes', value: at100k.bytes, unit: 'bytes' },
      ];
      return figures;
    } finally {
      await env.close();
    }
  },
};
