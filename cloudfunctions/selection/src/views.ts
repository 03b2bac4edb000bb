// What the selection function answers with: a campaign as the public and as staff see it, a candidate, a
// nomination, an objection. Views never read the database except `staffCampaign`, which counts the nominations.
import { NO_ELIGIBILITY_RULES } from '../../../src/shared/contest/eligibility';
import { publicCountField } from '../../../src/shared/selection/public-counts';
import type { GuardedContext } from '../../../server/kit/guarded-function';
import type { Db } from '../../../server/kit/db';
import type { CampaignRecord } from '../../../server/selection/campaigns';
import { tallyStatuses, type CandidateRecord } from '../../../server/selection/candidates';
import type { ObjectionRecord } from '../../../server/selection/objections';
import { holdsView, shownImages, shownText } from '../../../server/content-security/holds';
import { singleImageHold } from '../../../server/content-security/single-image';
import { fromSchedule } from './schedule';

export function publicView(campaign: CampaignRecord, counts: Map<string, number>) {
  return {
    id: campaign._id,
    title: campaign.title,
    description: campaign.description ?? '',
    // The public sees the cover only once WeChat's image check passed it.
    coverImage: campaign.coverImage ? (shownImages(campaign.content, [campaign.coverImage])[0] ?? null) : null,
    org: { id: campaign.orgId, name: campaign.orgName },
    stage: campaign.stage,
    categories: campaign.categories,
    schedule: fromSchedule(campaign.schedule),
    rules: {
      votesPerDay: campaign.rules.votesPerDay,
      ballotSize: campaign.rules.ballotSize,
      countsVisibility: campaign.rules.countsVisibility,
      dailyPublishAt: campaign.rules.dailyPublishAt,
      publicWeight: campaign.rules.publicWeight,
    },
    rulesFrozen: campaign.rulesFrozenAt !== null,
    approvedCandidates: counts.get(`${campaign._id}.approved`) ?? 0,
    countsAsOf:
      campaign.rules.countsVisibility === 'daily' && campaign.countsPublishedAt
        ? campaign.countsPublishedAt.toISOString()
        : null,
    stageStartedAt: campaign.stageChangedAt.toISOString(),
    publicityEndsAt: campaign.publicityEndsAt?.toISOString() ?? null,
  };
}

/** `organiser`: whether the caller runs the campaign (else they only nominate into it). */
export function staffView(campaign: CampaignRecord, counts: Map<string, number>, organiser: boolean) {
  return {
    ...publicView(campaign, counts),
    coverImage: campaign.coverImage ?? null,
    coverHold: singleImageHold(campaign.content, campaign.coverImage ?? null),
    organiser,
    riskWeights: campaign.rules.riskWeights,
    rubric: campaign.rubric,
    pendingNominations: counts.get(`${campaign._id}.submitted`) ?? 0,
    countHold: campaign.countHold ? { ...campaign.countHold, since: campaign.countHold.since.toISOString() } : null,
    eligibility: campaign.eligibility ?? NO_ELIGIBILITY_RULES,
    eligibilityOrgNames: campaign.eligibilityOrgs ?? {},
  };
}

/** The count the public may see now (see candidatePublicSchema.votes). */
export function visibleVotes(candidate: CandidateRecord, campaign: CampaignRecord): number | null {
  const field = publicCountField(campaign.stage, campaign.rules.countsVisibility);
  return field === null ? null : (candidate[field] ?? null);
}

export function candidatePublic(candidate: CandidateRecord, votes: number | null) {
  return {
    id: candidate._id,
    campaignId: candidate.campaignId,
    categoryId: candidate.categoryId,
    number: candidate.number ?? null,
    name: candidate.name,
    enterprise: candidate.enterprise,
    trade: candidate.trade,
    // Content security: what is held (审核中) or refused is not shown to anyone but its author and staff.
    deeds: shownText(candidate.content, 'deeds', candidate.deeds, ''),
    photoFileIds: shownImages(candidate.content, candidate.photoFileIds),
    honours: shownText(candidate.content, 'honours', candidate.honours, []),
    votes,
  };
}

/** What organising staff see: the live count, whatever the public sees, and the content as written with its holds. */
export function nominationView(candidate: CandidateRecord, ctx: GuardedContext) {
  return {
    ...candidatePublic(candidate, candidate.votes ?? 0),
    deeds: candidate.deeds,
    photoFileIds: candidate.photoFileIds,
    honours: candidate.honours,
    content: holdsView(candidate.content),
    status: candidate.status,
    nominatedBy: candidate.nominatedByName,
    mine: candidate.nominatedBy === ctx.actor.id,
    nominatedAt: candidate.nominatedAt.toISOString(),
    review: candidate.review
      ? { by: candidate.review.byName, at: candidate.review.at.toISOString(), reason: candidate.review.reason }
      : null,
  };
}

export async function staffCampaign(db: Db, campaign: CampaignRecord, organiser: boolean) {
  return staffView(campaign, await tallyStatuses(db, [campaign._id]), organiser);
}

export function objectionView(objection: ObjectionRecord & { candidateName?: string | null }) {
  return {
    id: objection._id,
    candidateId: objection.candidateId,
    candidateName: objection.candidateName ?? null,
    name: objection.name,
    contactMasked: objection.contact.masked,
    reason: objection.reason,
    createdAt: objection.createdAt.toISOString(),
    answer: objection.answer
      ? { text: objection.answer.text, by: objection.answer.byName, at: objection.answer.at.toISOString() }
      : null,
    content: holdsView(objection.content),
  };
}
