// Whether a campaign takes votes now: it exists, is public, is in its voting stage and inside its voting dates.
import { stageLabels } from '../../../src/shared/selection/stages';
import { AppError } from '../../../server/kit/app-error';
import type { GuardedContext } from '../../../server/kit/guarded-function';
import { campaignSnapshot, type CampaignSnapshot } from '../../../server/selection/campaign-cache';

export async function openCampaign(ctx: GuardedContext, campaignId: string): Promise<CampaignSnapshot> {
  const snapshot = await campaignSnapshot(ctx.db, campaignId, ctx.now.getTime());
  if (!snapshot || snapshot.campaign.stage === 'draft') {
    throw new AppError('NOT_FOUND', '没有找到这个评选活动', 'campaignId');
  }
  return snapshot;
}

export function requireVotingOpen({ campaign }: CampaignSnapshot, now: Date): void {
  const opens = campaign.schedule.voting.getTime();
  const closes = campaign.schedule.scoring.getTime();
  if (campaign.stage !== 'voting' || now.getTime() < opens || now.getTime() >= closes) {
    const when = now.getTime() < opens || campaign.stage !== 'voting' ? '投票还没有开始' : '投票已经结束';
    throw new AppError('CONFLICT', `${when}（当前阶段：${stageLabels[campaign.stage]}）`);
  }
}
