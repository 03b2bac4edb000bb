// A voter's day in a campaign, as the vote function reserves it: each vote (or ballot) takes its picks from the
// day's quota, and a day with fewer votes left than one vote takes is spent until tomorrow (Beijing day).

/** Votes one tap takes: the ballot's K picks, or 1. */
export function picksPerVote(ballotSize: number | null): number {
  return ballotSize ?? 1;
}

/** Whether the day's votes are used up: fewer left than one more vote (or ballot) would take. */
export function daySpent(today: { remaining: number; ballotSize: number | null }): boolean {
  return today.remaining < picksPerVote(today.ballotSize);
}
