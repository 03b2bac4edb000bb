// What the vote subpackage's pages say (kept out of texts.ts, which the main package's home list loads): the rules
// in plain words, the count as the public may see it, a search's note, an empty search, and a spent 投票.
import { formatDateTime } from '@/components/format/format';
import { candidateNumberText, searchTerm } from '@/shared/selection/public-counts';
import { votingHasOpened } from '@/shared/selection/stages';
import type { Campaign, Candidate } from './texts';

/** What the list says it shows for a search: a 编号 or a part of a name or an enterprise. */
export function searchNote(keyword: string): string {
  const term = searchTerm(keyword);
  return 'number' in term
    ? `正在显示编号为 ${candidateNumberText(term.number)} 的候选人`
    : `正在显示姓名或单位含“${term.text}”的候选人`;
}

/** What an empty search found. */
export function searchEmpty(keyword: string): string {
  const term = searchTerm(keyword);
  return 'number' in term
    ? `没有编号为 ${candidateNumberText(term.number)} 的候选人。`
    : `没有姓名或单位含“${term.text}”的候选人。`;
}

/** A 投票 button once the day's votes are used: what it says instead, muted, and when voting comes back. */
export const SPENT_LABEL = '今日票已投完';
export const SPENT_HINT = '明日再来';

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
