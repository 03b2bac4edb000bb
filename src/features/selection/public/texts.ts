// What the public pages say about a campaign, in plain words: its rules, where it stands and what the counts mean.
import type * as z from 'zod';
import { formatDateTime, formatDay } from '@/components/format/format';
import type { campaignSchema, candidatePublicSchema } from '@/shared/contracts/selection';
import { newId } from '@/shared/ids';
import { stageLabels, votingHasOpened, type Stage } from '@/shared/selection/stages';

export type Campaign = z.infer<typeof campaignSchema>;
export type Candidate = z.infer<typeof candidatePublicSchema>;

/** The rules a voter needs, one sentence each. */
export function rulesSummary(campaign: Campaign): string[] {
  const { votesPerDay, ballotSize, countsVisibility, dailyPublishAt, publicWeight } = campaign.rules;
  const lines = [
    ballotSize
      ? `每人每天可投${votesPerDay}票；每张选票须选满${ballotSize}人，一次提交`
      : `每人每天可投${votesPerDay}票，同一候选人每天限投1票`,
  ];
  if (ballotSize) lines.push('同一候选人每天限投1票');
  lines.push(`投票时间：${formatDateTime(campaign.schedule.voting)} 至 ${formatDateTime(campaign.schedule.scoring)}`);
  lines.push(
    countsVisibility === 'live'
      ? '票数实时更新'
      : countsVisibility === 'daily'
        ? `票数每天${dailyPublishAt ?? ''}公布一次`
        : '投票期间不公布票数，结果产生后公布',
  );
  lines.push(`最终得分：公众投票占${publicWeight}%，专家评审占${100 - publicWeight}%`);
  lines.push('投票无需注册，不设任何奖励');
  return lines;
}

/** What the campaign's stage means for a member of the public now. */
export function stageNote(campaign: Campaign): string {
  const { stage, schedule } = campaign;
  switch (stage) {
    case 'draft':
    case 'nomination':
    case 'review':
      return `推荐提名进行中，候选人将于${formatDay(schedule.published)}公布`;
    case 'published':
      return `候选人已公布，投票将于${formatDateTime(schedule.voting)}开始`;
    case 'voting':
      return `公众投票进行中，${formatDateTime(schedule.scoring)}截止`;
    case 'scoring':
      return '投票已结束，专家评审中';
    case 'result':
      return '评选结果已产生，即将公示';
    case 'publicity':
      return '评选结果公示中，可以实名提出异议';
    case 'final':
      return '公示已结束，评选结果已确定';
    default:
      return `评选${stageLabels[stage]}`;
  }
}

/**
 * A campaign's stage on a list (首页's open campaigns): the stage's one name, as the campaign page and the
 * timeline say it (公众投票, never a second word such as 投票中 for the same stage).
 */
export function stageBadge(stage: Stage): string {
  return stageLabels[stage];
}

/** The count as the public may see it, with its unit, or why it is not shown. */
export function votesText(candidate: Pick<Candidate, 'votes'>, campaign: Campaign): string | null {
  if (!votingHasOpened(campaign.stage)) return null;
  if (candidate.votes !== null) {
    const asOf =
      campaign.rules.countsVisibility === 'daily' && campaign.countsAsOf
        ? `（截至${formatDateTime(campaign.countsAsOf)}）`
        : '';
    return `${candidate.votes} 票${asOf}`;
  }
  if (campaign.rules.countsVisibility === 'daily' && campaign.rules.dailyPublishAt) {
    return `票数每日${campaign.rules.dailyPublishAt}公布`;
  }
  return '票数暂不公布';
}

/**
 * A fresh id for one tap on 投票: the server counts a request id once, so a retry of the same tap after a network
 * failure sends it again and is never counted twice.
 */
export function newRequestId(): string {
  return newId('v-');
}
