// A contest's results: the confirmed and 缺考 contestants (entries, or teams in a team contest: contestants.ts) with
// their scores, totals by the published weighting and the ranking (src/shared/contest/scores.ts), as the score sheet
// and the published result show them.
import type { ResultsView } from '../../src/shared/contracts/contest';
import { weightingText } from '../../src/shared/contest/scores';
import type { Contestant } from './contestants';
import type { ContestRecord } from './records';
import { resultsOf } from './views';

export function resultsView(contest: ContestRecord, entries: Contestant[]): ResultsView {
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
    teams: contest.entry.kind === 'team',
    rows,
  };
}
