// The size a K-pick ballot starts at, apart from the voting rules' schema: only the campaign form needs it, and the
// schema travels in the main package (the home list reads campaigns).

/**
 * 5, or the daily votes when fewer (a ballot may not ask for more picks than a voter has votes in a day, which
 * votingRulesSchema refuses), and never below a ballot's least of 2.
 */
export function defaultBallotSize(votesPerDay: number): number {
  return Number.isInteger(votesPerDay) ? Math.max(2, Math.min(5, votesPerDay)) : 2;
}
