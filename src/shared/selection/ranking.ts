// The result of a selection category: each candidate's combined score from the published weighting, ranked, with
// the places filled. Votes become points by normalising to the category's top candidate (by weighted votes) = 100;
// the expert part is the mean of the experts' totals (each out of 100). Ties go to the higher expert mean, then to
// more votes, then by name, so the order never depends on storage.

export interface RankingInput {
  candidateId: string;
  name: string;
  enterprise: string;
  /** Counted votes, as displayed. */
  votes: number;
  /** Votes weighted by the risk policy: what the public part of the score is computed from. */
  weighted: number;
  /** Each expert's total for this candidate. */
  expertTotals: number[];
}

export interface RankedRow {
  candidateId: string;
  name: string;
  enterprise: string;
  votes: number;
  votePoints: number;
  expertMean: number;
  combined: number;
  rank: number;
  placed: boolean;
}

/**
 * The candidates a result places (入选), category by category: the ones a 公示 names and an objection may be about.
 */
export function placedRows<Row extends Pick<RankedRow, 'placed'>>(categories: ReadonlyArray<{ rows: Row[] }>): Row[] {
  return categories.flatMap((category) => category.rows.filter((row) => row.placed));
}

export const NORMALISATION = '各类别中加权票数最高的候选人得100分，其余按票数比例折算';

const round2 = (value: number) => Math.round(value * 100) / 100;

export function rankCategory(inputs: RankingInput[], publicWeight: number, places: number): RankedRow[] {
  const top = Math.max(0, ...inputs.map((input) => input.weighted));
  const rows = inputs.map((input) => {
    const votePoints = top > 0 ? (input.weighted / top) * 100 : 0;
    const expertMean =
      input.expertTotals.length > 0
        ? input.expertTotals.reduce((sum, total) => sum + total, 0) / input.expertTotals.length
        : 0;
    const combined = (publicWeight / 100) * votePoints + ((100 - publicWeight) / 100) * expertMean;
    return {
      candidateId: input.candidateId,
      name: input.name,
      enterprise: input.enterprise,
      votes: input.votes,
      votePoints: round2(votePoints),
      expertMean: round2(expertMean),
      combined: round2(combined),
      rank: 0,
      placed: false,
    };
  });
  rows.sort(
    (a, b) =>
      b.combined - a.combined ||
      b.expertMean - a.expertMean ||
      b.votes - a.votes ||
      a.name.localeCompare(b.name, 'zh'),
  );
  rows.forEach((row, i) => {
    row.rank = i + 1;
    row.placed = i < places;
  });
  return rows;
}
