// Checks handlers make against a campaign before acting: the category exists, the stage allows the act, and
// whether the caller organises it.
import { stageLabels, type Stage } from '../../../src/shared/selection/stages';
import { AppError } from '../../../server/kit/app-error';
import type { GuardedContext } from '../../../server/kit/guarded-function';
import type { CampaignRecord } from '../../../server/selection/campaigns';

export function requireCategory(campaign: CampaignRecord, categoryId: string): void {
  if (!campaign.categories.some((category) => category.id === categoryId)) {
    throw new AppError('INVALID_INPUT', '没有这个评选类别', 'categoryId');
  }
}

export function requireStage(campaign: CampaignRecord, allowed: Stage[], what: string): void {
  if (!allowed.includes(campaign.stage)) {
    throw new AppError('CONFLICT', `活动处于「${stageLabels[campaign.stage]}」阶段，不能${what}`);
  }
}

/** Staff at a node on the campaign's organising path run it; staff below the organiser only nominate into it. */
export const organises = (ctx: GuardedContext, campaign: CampaignRecord) =>
  ctx.scopeNodes().some((node) => campaign.orgPath.includes(node));
