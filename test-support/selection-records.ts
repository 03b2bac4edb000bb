// Stored selection records for tests that arrange the database directly (server modules tested in process).
import type { CampaignRecord } from '../server/selection/campaigns';
import type { CandidateRecord } from '../server/selection/candidates';
import type { VoteRecord } from '../server/selection/votes';
import { defaultVotingRules } from '../src/shared/selection/rules';
import { scheduledStages, type Stage } from '../src/shared/selection/stages';
import { beijingDay } from '../src/shared/time/beijing';

const DAY = 86_400_000;

/** A city campaign in `stage`, its stages a day apart from `now` on. */
export function campaignRecord(
  id: string,
  stage: Stage,
  now: Date,
  change: Partial<CampaignRecord> = {},
): CampaignRecord {
  return {
    _id: id,
    title: `测试评选 ${id}`,
    orgId: 'org-city',
    orgPath: ['org-city'],
    orgName: '示范市总工会',
    categories: [{ id: 'k1', name: '制造业', places: 1 }],
    schedule: Object.fromEntries(
      scheduledStages.map((s, i) => [s, new Date(now.getTime() + (i + 1) * DAY)]),
    ) as CampaignRecord['schedule'],
    rules: defaultVotingRules,
    rubric: [{ criterion: '综合表现', maxPoints: 100 }],
    stage,
    stageChangedAt: now,
    rulesFrozenAt: null,
    createdBy: 'test',
    createdAt: now,
    voterSalt: `salt-${id}`,
    ...change,
  };
}

/** A candidate of `campaignId` nominated for category k1. */
export function candidateRecord(
  campaignId: string,
  userId: string,
  now: Date,
  change: Partial<CandidateRecord> = {},
): CandidateRecord {
  return {
    _id: `${campaignId}.${userId}`,
    campaignId,
    categoryId: 'k1',
    userId,
    name: `候选人${userId}`,
    enterprise: '示范市精工机械有限公司',
    trade: '数控车工',
    orgPath: ['org-city'],
    deeds: '事迹',
    photoFileIds: [],
    honours: [],
    status: 'approved',
    nominatedBy: 'test',
    nominatedByName: '测试',
    nominatedAt: now,
    review: null,
    votes: 0,
    weighted: 0,
    ...change,
  };
}

/** One counted vote of `voter` for `candidateId`, cast at `at`. */
export function voteRecord(campaignId: string, candidateId: string, voter: string, at: Date): VoteRecord {
  const day = beijingDay(at);
  return {
    _id: `${campaignId}.${day}.${voter}.${candidateId}`,
    campaignId,
    candidateId,
    categoryId: 'k1',
    voter,
    day,
    at,
    requestId: `r-${voter}`,
    riskRank: 0,
    weight: 1,
    counted: true,
  };
}
