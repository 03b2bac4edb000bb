// The vote log as one file: every page of selection.exportVotes joined into `{ campaign, candidates, votes }`, the
// shape `npm run recount -- <file>` (scripts/recount.ts) reads. Voters appear only as per-campaign codes.
import type * as z from 'zod';
import type { selectionContract } from '@/shared/contracts/selection';
import { now as clockNow } from '@/platform/clock';

type ExportPage = z.infer<(typeof selectionContract.actions)['exportVotes']['output']>;

export interface VoteLogFile {
  campaign: { id: string; title: string; organiser: string; exportedAt: string };
  candidates: ExportPage['candidates'];
  votes: ExportPage['votes'];
}

/** Most pages read before giving up: 1,000 votes a page, so a million votes. */
const MAX_PAGES = 1000;

/**
 * Reads every page from the first, following `nextCursor`, and joins them. The candidates (with their displayed
 * counts) are taken from the last page, read after every vote of the log. `onProgress` hears the votes read so far.
 */
export async function collectVoteLog(
  campaign: { id: string; title: string; org: { name: string } },
  readPage: (cursor: string | undefined) => Promise<ExportPage>,
  now: () => Date = clockNow,
  onProgress?: (votesSoFar: number) => void,
): Promise<VoteLogFile> {
  const votes: ExportPage['votes'] = [];
  let candidates: ExportPage['candidates'] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < MAX_PAGES; pages++) {
    const page = await readPage(cursor);
    votes.push(...page.votes);
    candidates = page.candidates;
    onProgress?.(votes.length);
    if (!page.nextCursor) {
      return {
        campaign: {
          id: campaign.id,
          title: campaign.title,
          organiser: campaign.org.name,
          exportedAt: now().toISOString(),
        },
        candidates,
        votes,
      };
    }
    cursor = page.nextCursor;
  }
  throw new Error('vote log longer than the export reads');
}

/** What the page tells staff about an exported log. */
export function voteLogSummary(log: VoteLogFile): { votes: number; counted: number; candidates: number } {
  return {
    votes: log.votes.length,
    counted: log.votes.filter((vote) => vote.counted).length,
    candidates: log.candidates.length,
  };
}
