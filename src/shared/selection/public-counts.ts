// What the public may know of the vote counts at each stage, as one rule the function and the pages both read:
// which stored count is shown (the live tally, or the one published once a day), and so whether the public may
// see the candidates ranked by votes (排行榜). A campaign that hides its counts hides their order too.
import type { candidateOrders } from '../contracts/selection/public';
import type { countsVisibilities } from './rules';
import { resultIsOut, votingHasOpened, type Stage } from './stages';

export type CountsVisibility = (typeof countsVisibilities)[number];

/** The stored count the public sees now: `votes` (live, and for everyone from the result on), `publishedVotes`, or none. */
export function publicCountField(stage: Stage, visibility: CountsVisibility): 'votes' | 'publishedVotes' | null {
  if (resultIsOut(stage)) return 'votes';
  if (!votingHasOpened(stage)) return null;
  switch (visibility) {
    case 'live':
      return 'votes';
    case 'daily':
      return 'publishedVotes';
    case 'hidden':
      return null;
  }
}

/** Whether the public may list candidates by votes now (排行榜): only where it may see the counts. */
export function mayRankByVotes(stage: Stage, visibility: CountsVisibility): boolean {
  return publicCountField(stage, visibility) !== null;
}

/** How the public list of candidates is ordered: by 编号, or by votes (排行榜) where the counts are public. */
export type CandidateOrder = (typeof candidateOrders)[number];

/** A candidate's number as printed on the page and on the poster: `007`. */
export function candidateNumberText(number: number): string {
  return String(number).padStart(3, '0');
}

/**
 * What a search for a candidate means: a keyword of digits only is a 编号 (`7`, `007`), anything else part of a
 * name or an enterprise.
 */
export function searchTerm(keyword: string): { number: number } | { text: string } {
  const trimmed = keyword.trim();
  return /^\d{1,6}$/.test(trimmed) ? { number: Number(trimmed) } : { text: trimmed };
}
