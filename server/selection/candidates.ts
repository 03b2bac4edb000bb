// Candidates: the `candidates` collection, one nomination per person per campaign, with its review and vote tally.
import type { Honour } from '../../src/shared/contracts/people-common';
import type { CandidateStatus } from '../../src/shared/contracts/selection';
import { isPublic } from '../../src/shared/selection/stages';
import type { StoredHolds } from '../content-security/holds';
import { AppError } from '../kit/app-error';
import { storedCollection, type Db } from '../kit/db';
import { campaignOrFail, type CampaignRecord } from './campaigns';

export interface CandidateRecord {
  /** `<campaignId>.<userId>`: one nomination per person per campaign. */
  _id: string;
  campaignId: string;
  categoryId: string;
  userId: string;
  /** The 编号 the public finds the candidate by, given on approval from the campaign's `lastNumber` (absent before). */
  number?: number;
  /** Snapshots taken at nomination, as the public sees them. */
  name: string;
  enterprise: string;
  trade: string;
  /** The nominee's organisation path: staff over it may correct the nomination. */
  orgPath: string[];
  deeds: string;
  photoFileIds: string[];
  honours: Honour[];
  status: CandidateStatus;
  nominatedBy: string;
  nominatedByName: string;
  nominatedAt: Date;
  review: { by: string; byName: string; at: Date; reason: string | null } | null;
  /** Counted public votes (weight above 0), and their sum of weights by the risk policy. */
  votes: number;
  weighted: number;
  /** The count as last published, when the rules publish counts once a day. */
  publishedVotes?: number;
  /** The short code a poster's mini-program code carries (made on first request). */
  shortCode?: string;
  /** Deeds, honours or photos content security holds back from the public, or refused (absent: none). */
  content?: StoredHolds;
}

export const candidates = storedCollection<CandidateRecord>('candidates');

export async function candidateOrFail(db: Db, candidateId: string): Promise<CandidateRecord> {
  const candidate = await candidates.byId(db, candidateId);
  if (!candidate) throw new AppError('NOT_FOUND', '没有找到这个提名', 'candidateId');
  return candidate;
}

/** An approved candidate of a campaign whose nominee list is public, with its campaign; anything else is not found. */
export async function publicCandidateOrFail(
  db: Db,
  candidateId: string,
): Promise<{ candidate: CandidateRecord; campaign: CampaignRecord }> {
  const candidate = await candidates.byId(db, candidateId);
  const campaign = candidate?.status === 'approved' ? await campaignOrFail(db, candidate.campaignId) : undefined;
  if (!candidate || !campaign || !isPublic(campaign.stage)) {
    throw new AppError('NOT_FOUND', '没有找到这位候选人', 'candidateId');
  }
  return { candidate, campaign };
}

/** Candidates per campaign and status (`<campaignId>.<status>` → count), in one request. */
export async function tallyStatuses(db: Db, campaignIds: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (campaignIds.length === 0) return counts;
  const { data } = (await candidates
    .of(db)
    .aggregate()
    .match({ campaignId: db.command.in(campaignIds) })
    .group({ _id: { campaignId: '$campaignId', status: '$status' }, count: db.command.aggregate.sum(1) })
    .end()) as unknown as { data: Array<{ _id: { campaignId: string; status: string }; count: number }> };
  for (const row of data) counts.set(`${row._id.campaignId}.${row._id.status}`, row.count);
  return counts;
}

/** Every candidate's name in a campaign, by id. */
export async function candidateNames(db: Db, campaignId: string): Promise<Map<string, string>> {
  const all = await candidates.readAll(db, { campaignId });
  return new Map(all.map((candidate) => [candidate._id, candidate.name]));
}
