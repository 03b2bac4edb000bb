// What the public pages say about a campaign, in plain words: where it stands (the home list, in the main package,
// reads this; the vote subpackage's own words are in vote-texts.ts).
import type * as z from 'zod';
import { formatDateTime, formatDay } from '@/components/format/format';
import type { campaignSchema, candidatePublicSchema } from '@/shared/contracts/selection';
// newId stays in the main package (the home list's module): moved to a subpackage it is copied into each one.
import { newId } from '@/shared/ids';
import { stageLabels, type Stage } from '@/shared/selection/stages';

export type Campaign = z.infer<typeof campaignSchema>;
export type Candidate = z.infer<typeof candidatePublicSchema>;

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

/**
 * A fresh id for one tap on 投票: the server counts a request id once, so a retry of the same tap after a network
 * failure sends it again and is never counted twice.
 */
export function newRequestId(): string {
  return newId('v-');
}
