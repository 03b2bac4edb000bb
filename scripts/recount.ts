// `npm run recount -- <export.json>`: an auditor's offline recount of a selection from its exported vote log
// (selection.exportVotes, pages joined into one file). Voters appear only as per-campaign hashes. Prints each
// candidate's recounted votes beside the displayed count and exits 1 if any differ.
import { readFileSync } from 'node:fs';

export interface VoteExport {
  candidates: Array<{ id: string; name: string; categoryId: string; displayedVotes: number }>;
  votes: Array<{ candidateId: string; voter: string; day: string; counted: boolean }>;
}

export interface RecountRow {
  id: string;
  name: string;
  displayed: number;
  recounted: number;
}

/** Counted votes per candidate, and a check of the rules a valid log obeys (one vote per voter, candidate, day). */
export function recount(log: VoteExport): { rows: RecountRow[]; duplicates: number } {
  const seen = new Set<string>();
  let duplicates = 0;
  const counts = new Map<string, number>();
  for (const vote of log.votes) {
    const key = `${vote.voter}.${vote.candidateId}.${vote.day}`;
    if (seen.has(key)) duplicates++;
    seen.add(key);
    if (vote.counted) counts.set(vote.candidateId, (counts.get(vote.candidateId) ?? 0) + 1);
  }
  const rows = log.candidates.map((candidate) => ({
    id: candidate.id,
    name: candidate.name,
    displayed: candidate.displayedVotes,
    recounted: counts.get(candidate.id) ?? 0,
  }));
  return { rows, duplicates };
}

/** Joins exported pages (an array of pages, or one page) into one log. */
export function joinPages(parsed: VoteExport | VoteExport[]): VoteExport {
  const pages = Array.isArray(parsed) ? parsed : [parsed];
  return { candidates: pages[0]?.candidates ?? [], votes: pages.flatMap((page) => page.votes) };
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: npm run recount -- <export.json>');
    process.exit(2);
  }
  const { rows, duplicates } = recount(
    joinPages(JSON.parse(readFileSync(file, 'utf8')) as VoteExport | VoteExport[]),
  );
  for (const row of rows) {
    const mark = row.displayed === row.recounted ? '' : '  ← differs';
    console.log(`${row.name}\tdisplayed ${row.displayed}\trecounted ${row.recounted}${mark}`);
  }
  if (duplicates > 0) console.log(`${duplicates} duplicate votes (same voter, candidate and day) in the log`);
  const differing = rows.filter((row) => row.displayed !== row.recounted).length;
  console.log(differing === 0 && duplicates === 0 ? 'recount agrees' : `${differing} candidates differ`);
  process.exit(differing === 0 && duplicates === 0 ? 0 : 1);
}
