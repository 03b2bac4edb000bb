// The stored shapes of selection campaigns and their candidates (collections declared in database/collections.json).
import type { Honour } from '../../src/shared/contracts/people-common';
import type { VotingRules } from '../../src/shared/selection/rules';
import type { ScheduledStage, Stage } from '../../src/shared/selection/stages';

export interface CampaignRecord {
  _id: string;
  title: string;
  orgId: string;
  orgPath: string[];
  orgName: string;
  categories: Array<{ id: string; name: string; places: number }>;
  schedule: Record<ScheduledStage, Date>;
  rules: VotingRules;
  rubric: Array<{ criterion: string; maxPoints: number }>;
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
}

export type CandidateStatus = 'submitted' | 'returned' | 'approved' | 'rejected' | 'disqualified';

export interface CandidateRecord {
  /** `<campaignId>.<userId>`: one nomination per person per campaign. */
  _id: string;
  campaignId: string;
  categoryId: string;
  userId: string;
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
}

/** One voter's day in one campaign: the quota and the once-per-candidate rule are checked against it atomically. */
export interface VoterDayRecord {
  /** `<campaignId>.<day>.<voter>` */
  _id: string;
  campaignId: string;
  voter: string;
  day: string;
  used: number;
  candidates: string[];
  /** Request ids already counted today, so a retried request is answered, not counted again. */
  requests: string[];
  riskRank: number;
  weight: number;
  createdAt: Date;
  lastAt: Date;
}

export interface VoteRecord {
  /** `<campaignId>.<day>.<voter>.<candidateId>`: at most one per candidate per voter per day, by construction. */
  _id: string;
  campaignId: string;
  candidateId: string;
  categoryId: string;
  voter: string;
  day: string;
  at: Date;
  requestId: string;
  riskRank: number;
  weight: number;
  /** False for a voter WeChat ranks 4 (or a policy weight of 0): stored, never tallied. */
  counted: boolean;
}

/** A suspicion of brushing on a candidate, with its evidence, for staff to judge. */
export interface FlagRecord {
  /** `<candidateId>.<kind>.<window start ms>` */
  _id: string;
  campaignId: string;
  candidateId: string;
  kind: 'burst' | 'new-account-cluster';
  windowStart: Date;
  windowEnd: Date;
  raisedAt: Date;
  evidence: Record<string, unknown>;
  status: 'open' | 'dismissed' | 'actioned';
  handledBy: string | null;
  handledAt: Date | null;
  reason: string | null;
}

/** One expert's locked score of one candidate. */
export interface ScoreRecord {
  /** `<campaignId>.<candidateId>.<expert user id>`: one per expert and candidate, never replaced. */
  _id: string;
  campaignId: string;
  candidateId: string;
  expertId: string;
  expertName: string;
  points: number[];
  total: number;
  submittedAt: Date;
}

export interface ObjectionRecord {
  _id: string;
  campaignId: string;
  candidateId: string | null;
  /** The objector as the campaign's salted hash of their openid (they can see their own objections). */
  by: string;
  name: string;
  contact: { sealed: string; masked: string };
  reason: string;
  createdAt: Date;
  answer: { text: string; by: string; byName: string; at: Date } | null;
}
