// What the public pages say once a selection has a result: the weighting, the 公示 period and where to read them.
import { formatDateTime, formatEnd } from '@/components/format/format';
import { publicityUrl, resultUrl } from './routes';
import type { Campaign } from './texts';

/** A 公示 lasts this many working days (server/selection/stage-change.ts). */
export const PUBLICITY_WORKING_DAYS = 5;

/** `公众投票占30%，专家评审占70%`. */
export function weightingLine(publicWeight: number): string {
  return `公众投票占${publicWeight}%，专家评审占${100 - publicWeight}%`;
}

/** The 公示 period, once it has begun: from the stage's start to its end, 5 working days. */
export function publicityPeriod(campaign: Campaign): string | null {
  if (!campaign.publicityEndsAt) return null;
  const start = campaign.stage === 'publicity' && campaign.stageStartedAt ? campaign.stageStartedAt : null;
  const from = start ? `${formatDateTime(start)} 至 ` : '至 ';
  return `${from}${formatEnd(campaign.publicityEndsAt)}（${PUBLICITY_WORKING_DAYS}个工作日）`;
}

/** Whether the 公示 period is over (the stage may still wait for staff to close it). */
export function publicityOver(campaign: Campaign, now: Date): boolean {
  // Past 公示 there is only the final result.
  if (campaign.stage === 'final') return true;
  return (
    campaign.stage === 'publicity' &&
    !!campaign.publicityEndsAt &&
    Date.parse(campaign.publicityEndsAt) <= now.getTime()
  );
}

/** The page a campaign with a result leads to first, with the words of the way there; null before the result. */
export function outcomeLink(campaign: Campaign): { url: string; label: string; note: string } | null {
  if (campaign.stage === 'publicity') {
    return {
      url: publicityUrl(campaign.id),
      label: '查看公示名单，提出异议',
      note: campaign.publicityEndsAt
        ? `评选结果公示中，${formatEnd(campaign.publicityEndsAt)}止。对入选人员有异议的，可以实名提出。`
        : '评选结果公示中。对入选人员有异议的，可以实名提出。',
    };
  }
  if (campaign.stage === 'result') {
    return { url: resultUrl(campaign.id), label: '查看评选结果', note: '评选结果已产生，即将公示。' };
  }
  if (campaign.stage === 'final') {
    return { url: resultUrl(campaign.id), label: '查看最终结果', note: '公示已结束，评选结果已确定。' };
  }
  return null;
}
