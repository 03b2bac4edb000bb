// A contest's results: the confirmed and 缺考 entries with their scores, totals by the published weighting and the
// ranking (src/shared/contest/scores.ts), as the score sheet and the published result show them.
import type { ResultsView } from '../../src/shared/contracts/contest';
import { weightingText } from '../../src/shared/contest/scores';
import type { Db } from '../kit/db';
import { contestEntries, type ContestEntryRecord, type ContestRecord } from './records';
import { resultsOf } from './views';

/** Everyone who held a confirmed place on the day: checked in, or marked 缺考. */
export function scoredEntries(db: Db, contestId: string): Promise<ContestEntryRecord[]> {
  return contestEntries.readAll(db, { contestId, state: db.command.in(['confirmed', 'absent']) });
}

export function resultsView(contest: ContestRecord, entries: ContestEntryRecord[]): ResultsView {
  const results = resultsOf(contest, entries);
  const rows = entries.map((entry) => ({
    entryId: entry._id,
    name: entry.name,
    orgName: entry.orgName,
    checkedIn: entry.checkedIn !== null,
    absent: entry.state === 'absent',
    result: results.get(entry._id)!,
  }));
  // Ranked first by place, then the unranked by name (the order rankContest gives).
  const order = new Map([...results.keys()].map((id, index) => [id, index]));
  rows.sort((a, b) => order.get(a.entryId)! - order.get(b.entryId)!);
  return {
    contestId: contest._id,
    title: contest.title,
    rule: weightingText(contest.weighting),
    awards: contest.awards,
    published: contest.published,
    publishedAt: contest.publishedAt ? contest.publishedAt.toISOString() : null,
    rows,
  };
}
