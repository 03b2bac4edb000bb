// Campaigns: the `campaigns` collection, one selection (工匠评选) with its categories, schedule, rules and stage.
import type { Eligibility } from '../../src/shared/contest/eligibility';
import type { VotingRules } from '../../src/shared/selection/rules';
import type { StoredHolds } from '../content-security/holds';
import type { ScheduledStage, Stage } from '../../src/shared/selection/stages';
import { AppError } from '../kit/app-error';
import { storedCollection, type Db } from '../kit/db';

export interface CampaignRecord {
  _id: string;
  title: string;
  /** Plain text under the cover; absent on campaigns from before it existed. */
  description?: string;
  /** The cover's file id (the public sees it once the image check passed it); absent or null: none. */
  coverImage?: string | null;
  /** The cover's image check while it holds it (server/content-security/single-image.ts). */
  content?: StoredHolds;
  orgId: string;
  orgPath: string[];
  orgName: string;
  categories: Array<{ id: string; name: string; places: number }>;
  schedule: Record<ScheduledStage, Date>;
  rules: VotingRules;
  /** What earns high and low points (`high`, `low`) is absent on campaigns created before the guides existed. */
  rubric: Array<{ criterion: string; maxPoints: number; high?: string; low?: string }>;
  stage: Stage;
  stageChangedAt: Date;
  /** Set when voting opens: from then on the rules cannot change. */
  rulesFrozenAt: Date | null;
  createdBy: string;
  createdAt: Date;
  /** Secret per campaign: voters are stored as a hash of it and their openid, never by openid. */
  voterSalt: string;
  /** The ranking frozen when the campaign entered the result stage. */
  results?: { computedAt: Date; categories: Array<{ id: string; rows: unknown[] }> } | null;
  /** When the 公示 ends: 5 working days from its start, fixed when it begins. */
  publicityEndsAt?: Date | null;
  /** When counts are published daily: the last publication (Beijing day and instant). */
  countsPublishedDay?: string | null;
  countsPublishedAt?: Date | null;
  /**
   * Set by the clock when 结果产生 is due but the recount differs from the stored figures: the campaign waits in
   * scoring until the organisers resolve it, and 投票监督 says so. Cleared when the result is produced.
   */
  countHold?: { since: Date; differences: number; summary: string } | null;
  /** How far the clock has counted this campaign's votes into hours (server/selection/vote-hours.ts). */
  voteHoursThrough?: Date | null;
  /** The last 编号 given to an approved candidate (one conditional increment per approval; absent: none yet). */
  lastNumber?: number;
  /** Who may be nominated (src/shared/contest/eligibility.ts); absent on older campaigns: anyone in the union. */
  eligibility?: Eligibility;
  /** The names of the organisations `eligibility.orgIds` admits, as they were when the rule was set. */
  eligibilityOrgs?: Record<string, string>;
}

export const campaigns = storedCollection<CampaignRecord>('campaigns');

export async function campaignOrFail(db: Db, campaignId: string, field = 'campaignId'): Promise<CampaignRecord> {
  const campaign = await campaigns.byId(db, campaignId);
  if (!campaign) throw new AppError('NOT_FOUND', '没有找到这个评选活动', field);
  return campaign;
}

/**
 * The next candidate 编号 of a campaign: one atomic increment of its `lastNumber`, so approvals at once never share
 * a number (an approval refused after taking one leaves a gap, never a repeat).
 */
export async function takeCandidateNumber(db: Db, campaignId: string): Promise<number> {
  const { doc } = (await campaigns
    .of(db)
    .where({ _id: campaignId })
    .updateAndReturn({ lastNumber: db.command.inc(1) })) as { doc: CampaignRecord | null };
  if (!doc?.lastNumber) throw new AppError('NOT_FOUND', '没有找到这个评选活动', 'campaignId');
  return doc.lastNumber;
}
