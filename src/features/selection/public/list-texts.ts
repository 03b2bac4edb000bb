// What the vote subpackage's list and buttons say (kept out of texts.ts, which the main package's home list loads):
// a search's note, an empty search, and a spent 投票.
import { candidateNumberText, searchTerm } from '@/shared/selection/public-counts';

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
