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
 * The scores that count: those of candidates still approved. A score given to a candidate later disqualified
 * stays stored but neither finishes an expert's sheet nor enters the result.
 */
export function countedScores<T extends Pick<ScoreRecord, 'candidateId'>>(list: T[], approvedIds: string[]): T[] {
  const approved = new Set(approvedIds);
  return list.filter((score) => approved.has(score.candidateId));
}
