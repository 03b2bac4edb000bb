// What the public reads without signing up: the campaigns, and the approved candidates once the list is published.
import type { selectionContract } from '../../../src/shared/contracts/selection';
import { isPublic } from '../../../src/shared/selection/stages';
import { AppError } from '../../../server/kit/app-error';
import { nextCursor, offsetOf, PAGE } from '../../../server/kit/paging';
import { literalPattern } from '../../../server/kit/db';
import { campaignOrFail, campaigns, type CampaignRecord } from '../../../server/selection/campaigns';
import {
  candidates,
  publicCandidateOrFail,
  tallyStatuses,
  type CandidateRecord,
} from '../../../server/selection/candidates';
import { publicView, visibleVotes, candidatePublic } from './views';
import type { GuardedHandlers } from '../../../server/kit/guarded-function';

export const publicHandlers = {
  campaigns: async (_input, ctx) => {
    const { data } = (await campaigns
      .of(ctx.db)
      .where({ stage: ctx.db.command.neq('draft') })
      .orderBy('createdAt', 'desc')
      .limit(50)
      .get()) as { data: CampaignRecord[] };
    const counts = await tallyStatuses(
      ctx.db,
      data.map((campaign) => campaign._id),
    );
    return { campaigns: data.map((campaign) => publicView(campaign, counts)) };
  },

  campaign: async ({ campaignId }, ctx) => {
    const campaign = await campaignOrFail(ctx.db, campaignId);
    if (campaign.stage === 'draft') throw new AppError('NOT_FOUND', '没有找到这个评选活动', 'campaignId');
    const approved = await candidates.of(ctx.db).where({ campaignId, status: 'approved' }).count();
    return publicView(campaign, new Map([[`${campaignId}.approved`, approved.total]]));
  },

  candidates: async ({ campaignId, categoryId, keyword, cursor }, ctx) => {
    const campaign = await campaignOrFail(ctx.db, campaignId);
    // Before the nominee list is published, nobody outside the review sees who was nominated.
    if (!isPublic(campaign.stage)) return { candidates: [], nextCursor: null };
    const _ = ctx.db.command;
    const query: Record<string, unknown> = { campaignId, status: 'approved' };
    if (categoryId) query.categoryId = categoryId;
    const conditions: unknown[] = [query];
    if (keyword) {
      const pattern = literalPattern(ctx.db, keyword);
      conditions.push(_.or([{ name: pattern }, { enterprise: pattern }]));
    }
    const offset = offsetOf(cursor);
    const { data } = (await candidates
      .of(ctx.db)
      .where(conditions.length === 1 ? query : _.and(conditions as never[]))
      .orderBy('name', 'asc')
      .skip(offset)
      .limit(PAGE)
      .get()) as { data: CandidateRecord[] };
    return {
      candidates: data.map((candidate) => candidatePublic(candidate, visibleVotes(candidate, campaign))),
      nextCursor: nextCursor(offset, data.length),
    };
  },

  candidate: async ({ candidateId }, ctx) => {
    const { candidate, campaign } = await publicCandidateOrFail(ctx.db, candidateId);
    return candidatePublic(candidate, visibleVotes(candidate, campaign));
  },
} satisfies Pick<GuardedHandlers<typeof selectionContract>, 'campaigns' | 'campaign' | 'candidates' | 'candidate'>;
