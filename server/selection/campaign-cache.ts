// The vote path reads a campaign and its candidate list on every vote; a function instance keeps them for a few
// seconds instead of spending two database operations a vote on data that changes a few times a campaign. A stage
// change or a disqualification is seen by every instance within CACHE_MS.
import type { Db } from '../kit/db';
import { campaigns, type CampaignRecord } from './campaigns';
import { candidates, type CandidateRecord } from './candidates';

const CACHE_MS = 5_000;

export interface CampaignSnapshot {
  campaign: CampaignRecord;
  /** Approved candidates by id, with their category. */
  candidates: Map<string, { categoryId: string }>;
}

const cache = new Map<string, { at: number; snapshot: Promise<CampaignSnapshot | undefined> }>();

async function load(db: Db, campaignId: string): Promise<CampaignSnapshot | undefined> {
  const campaign = await campaigns.byId(db, campaignId);
  if (!campaign) return undefined;
  const { data: approved } = (await candidates
    .of(db)
    .where({ campaignId, status: 'approved' })
    .field({ _id: true, categoryId: true })
    .limit(1000)
    .get()) as { data: Array<Pick<CandidateRecord, '_id' | 'categoryId'>> };
  return {
    campaign,
    candidates: new Map(approved.map((candidate) => [candidate._id, { categoryId: candidate.categoryId }])),
  };
}

export function campaignSnapshot(db: Db, campaignId: string, now: number): Promise<CampaignSnapshot | undefined> {
  const hit = cache.get(campaignId);
  // A clock moved backwards (a test setting the local cloud's date) must not keep a snapshot forever.
  if (hit && now - hit.at < CACHE_MS && now >= hit.at) return hit.snapshot;
  // Concurrent votes on a cold instance share one load.
  const snapshot = load(db, campaignId);
  cache.set(campaignId, { at: now, snapshot });
  snapshot.catch(() => cache.delete(campaignId));
  return snapshot;
}
