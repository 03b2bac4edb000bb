// Voter days: the `voterDays` collection, one voter's day in one campaign, against which the quota and the
// once-per-candidate rule are checked atomically.
import { storedCollection } from '../kit/db';
import type { VoteRecord } from './votes';

export interface VoterDayRecord {
  /** `<campaignId>.<day>.<voter>` */
  _id: string;
  campaignId: string;
  voter: string;
  day: string;
  used: number;
  candidates: string[];
  /** Request ids already counted today, so a retried request is answered, not counted again. */
  requests: string[];
  /**
   * What each of those requests reserved. A retry may complete only the ballot its request id reserved: a request
   * id sent again with other candidates would otherwise store votes the quota never paid for.
   */
  ballots: Array<{ requestId: string; candidateIds: string[] }>;
  riskRank: number;
  weight: number;
  createdAt: Date;
  lastAt: Date;
}

export const voterDays = storedCollection<VoterDayRecord>('voterDays');

/** The ballot a request id reserved today, if `candidateIds` are exactly its picks (in any order). */
export function reservedBallot(
  day: Pick<VoterDayRecord, 'ballots'>,
  requestId: string,
  candidateIds: readonly string[],
): boolean {
  const ballot = (day.ballots ?? []).find((entry) => entry.requestId === requestId);
  if (!ballot || ballot.candidateIds.length !== candidateIds.length) return false;
  const picks = new Set(candidateIds);
  return ballot.candidateIds.every((id) => picks.has(id));
}

/**
 * The day records that charge `votes` to their voters' quotas, one per voter and day, as the vote function would
 * have left them (for data loaded in bulk: the demo seed, tests): the count check finds votes without them.
 */
export function chargedDays(votes: readonly VoteRecord[]): VoterDayRecord[] {
  const days = new Map<string, VoterDayRecord>();
  for (const vote of votes) {
    const id = `${vote.campaignId}.${vote.day}.${vote.voter}`;
    const day = days.get(id) ?? {
      _id: id,
      campaignId: vote.campaignId,
      voter: vote.voter,
      day: vote.day,
      used: 0,
      candidates: [],
      requests: [],
      ballots: [],
      riskRank: vote.riskRank,
      weight: vote.weight,
      createdAt: vote.at,
      lastAt: vote.at,
    };
    day.used += 1;
    day.candidates.push(vote.candidateId);
    if (!day.requests.includes(vote.requestId)) {
      day.requests.push(vote.requestId);
      day.ballots.push({ requestId: vote.requestId, candidateIds: [] });
    }
    day.ballots.find((ballot) => ballot.requestId === vote.requestId)!.candidateIds.push(vote.candidateId);
    if (vote.at > day.lastAt) day.lastAt = vote.at;
    days.set(id, day);
  }
  return [...days.values()];
}
