// Votes: the `votes` collection, every public vote, stored under the voter's per-campaign salted hash.
import { createHash } from 'node:crypto';
import { storedCollection } from '../kit/db';

export interface VoteRecord {
  /** `<campaignId>.<day>.<voter>.<candidateId>`: at most one per candidate per voter per day, by construction. */
  _id: string;
  campaignId: string;
  candidateId: string;
  categoryId: string;
  voter: string;
  day: string;
  at: Date;
  requestId: string;
  riskRank: number;
  weight: number;
  /** False for a voter WeChat ranks 4 (or a policy weight of 0): stored, never tallied. */
  counted: boolean;
}

export const votes = storedCollection<VoteRecord>('votes');

/** A voter as votes are stored: the campaign's salted hash of their openid, never the openid itself. */
export function voterHash(voterSalt: string, openid: string): string {
  return createHash('sha256').update(`${voterSalt}:${openid}`).digest('hex').slice(0, 32);
}
