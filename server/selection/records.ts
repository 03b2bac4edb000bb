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
}
