// What the public reads without signing up: the campaigns, and the approved candidates once the list is published.
import type { selectionContract } from '../../../src/shared/contracts/selection';
import { publicCountField, searchTerm } from '../../../src/shared/selection/public-counts';
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

  candidates: async ({ campaignId, categoryId, keyword, order = 'number', cursor }, ctx) => {
    const campaign = await campaignOrFail(ctx.db, campaignId);
    // Before the nominee list is published, nobody outside the review sees who was nominated.
    if (!isPublic(campaign.stage)) return { candidates: [], nextCursor: null };
    // The order of the counts is as secret as the counts: where they are hidden, so is the 排行榜.
    const countField = publicCountField(campaign.stage, campaign.rules.countsVisibility);
    if (order === 'votes' && countField === null) {
      throw new AppError('INVALID_INPUT', '这个评选现在不公布票数，不能按票数排列', 'order');
    }
    const _ = ctx.db.command;
    const query: Record<string, unknown> = { campaignId, status: 'approved' };
    if (categoryId) query.categoryId = categoryId;
    const conditions: unknown[] = [query];
    if (keyword) {
      const term = searchTerm(keyword);
      if ('number' in term) {
        query.number = term.number;
      } else {
        const pattern = literalPattern(ctx.db, term.text);
        conditions.push(_.or([{ name: pattern }, { enterprise: pattern }]));
      }
    }
    const offset = offsetOf(cursor);
    const where = candidates.of(ctx.db).where(conditions.length === 1 ? query : _.and(conditions as never[]));
    const sorted =
      order === 'votes' && countField !== null
        ? where.orderBy(countField, 'desc').orderBy('number', 'asc')
        : where.orderBy('number', 'asc').orderBy('name', 'asc');
    const { data } = (await sorted.orderBy('_id', 'asc').skip(offset).limit(PAGE).get()) as {
      data: CandidateRecord[];
    };
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
