// Scores: the `scores` collection, each expert's locked score of each candidate.
import { storedCollection } from '../kit/db';

/** One expert's locked score of one candidate. */
export interface ScoreRecord {
  /** `<campaignId>.<candidateId>.<expert user id>`: one per expert and candidate, never replaced. */
  _id: string;
  campaignId: string;
  candidateId: string;
  expertId: string;
  expertName: string;
  points: number[];
  total: number;
  submittedAt: Date;
}

export const scores = storedCollection<ScoreRecord>('scores');

/**
 * The scores that count: those of candidates still approved, by experts still on the panel. A score given to a
 * candidate later disqualified, or by an expert whose grant was revoked, stays stored but neither finishes a
 * sheet nor enters the result.
 */
export function countedScores<T extends Pick<ScoreRecord, 'candidateId' | 'expertId'>>(
  list: T[],
  approvedIds: Iterable<string>,
  expertIds: Iterable<string>,
): T[] {
  const approved = new Set(approvedIds);
  const experts = new Set(expertIds);
  return list.filter((score) => approved.has(score.candidateId) && experts.has(score.expertId));
}
