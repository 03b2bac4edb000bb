// Component tests' selection campaigns as the functions answer them: a district campaign of one category, in
// whatever stage the test needs, as the public sees it and as its organisers do.
import { NO_ELIGIBILITY_RULES } from '@/shared/contest/eligibility';
import type * as z from 'zod';
import type { campaignSchema, staffCampaignSchema } from '@/shared/contracts/selection';
import type { Stage } from '@/shared/selection/stages';
import { defaultVotingRules } from '@/shared/selection/rules';

type PublicCampaign = z.infer<typeof campaignSchema>;
type StaffCampaign = z.infer<typeof staffCampaignSchema>;

/** The default voting rules as the public reads them (the risk weights are for staff only). */
export const publicVotingRules = (({ riskWeights: _staffOnly, ...rules }) => rules)(defaultVotingRules);

export function aPublicCampaign(stage: Stage, overrides: Partial<PublicCampaign> = {}): PublicCampaign {
  return {
    id: 'c1',
    title: '2026年度东城区工匠',
    org: { id: 'org-dongcheng', name: '东城区总工会' },
    stage,
    categories: [{ id: 'k1', name: '东城区工匠', places: 2 }],
    schedule: {
      nomination: '2026-10-01T00:00:00.000Z',
      review: '2026-10-10T00:00:00.000Z',
      published: '2026-10-20T00:00:00.000Z',
      voting: '2026-10-25T00:00:00.000Z',
      scoring: '2026-11-05T00:00:00.000Z',
      result: '2026-11-15T00:00:00.000Z',
      publicity: '2026-11-20T00:00:00.000Z',
      final: '2026-12-01T00:00:00.000Z',
    },
    rules: publicVotingRules,
    rulesFrozen: true,
    approvedCandidates: 4,
    countsAsOf: null,
    // Beijing midnight after 周五 27 November: 5 working days from 周日 22 November.
    publicityEndsAt: '2026-11-27T16:00:00.000Z',
    ...overrides,
  };
}

export function aStaffCampaign(stage: Stage, overrides: Partial<StaffCampaign> = {}): StaffCampaign {
  return {
    ...aPublicCampaign(stage),
    organiser: true,
    riskWeights: [1, 1, 1, 0.5, 0],
    rubric: [{ criterion: '综合表现', maxPoints: 100 }],
    pendingNominations: 0,
    countHold: null,
    eligibility: NO_ELIGIBILITY_RULES,
    eligibilityOrgNames: {},
    ...overrides,
  };
}
