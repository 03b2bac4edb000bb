// The voter's day record and the votes themselves: reading the day, storing a reserved request's votes (and only
// the missing ones on a retry) and adding them to the tallies, and what the voter has left today.
import type { GuardedContext } from '../../../server/kit/guarded-function';
import { isDuplicateWrite, type Db } from '../../../server/kit/db';
import type { CampaignSnapshot } from '../../../server/selection/campaign-cache';
import { candidates } from '../../../server/selection/candidates';
import { voterDays, type VoterDayRecord } from '../../../server/selection/voter-days';
import { votes as votesCollection, type VoteRecord } from '../../../server/selection/votes';

export function today(snapshot: CampaignSnapshot, day: Pick<VoterDayRecord, 'used' | 'candidates'> | undefined) {
  const quota = snapshot.campaign.rules.votesPerDay;
  return {
    quota,
    remaining: Math.max(0, quota - (day?.used ?? 0)),
    votedFor: day?.candidates ?? [],
    ballotSize: snapshot.campaign.rules.ballotSize,
  };
}

export function readDay(db: Db, dayId: string): Promise<VoterDayRecord | undefined> {
  return voterDays.byId(db, dayId);
}

/**
 * Stores a reserved request's votes in one insert and adds them to the tallies. `onlyMissing` (a retry) first looks
 * for the votes by their ids and stores only those the first attempt did not.
 */
export async function storeVotes(
  ctx: GuardedContext,
  snapshot: CampaignSnapshot,
  record: VoterDayRecord,
  candidateIds: string[],
  requestId: string,
  onlyMissing: boolean,
): Promise<void> {
  const _ = ctx.db.command;
  let wanted = candidateIds;
  if (onlyMissing) {
    const ids = candidateIds.map((candidateId) => `${record._id}.${candidateId}`);
    const { data } = (await votesCollection
      .of(ctx.db)
      .where({ _id: _.in(ids) })
      .get()) as { data: VoteRecord[] };
    const stored = new Set(data.map((vote) => vote.candidateId));
    wanted = candidateIds.filter((id) => !stored.has(id));
    if (wanted.length === 0) return;
  }
  const votes: VoteRecord[] = wanted.map((candidateId) => ({
    _id: `${record._id}.${candidateId}`,
    campaignId: record.campaignId,
    candidateId,
    categoryId: snapshot.candidates.get(candidateId)!.categoryId,
    voter: record.voter,
    day: record.day,
    at: ctx.now,
    requestId,
    riskRank: record.riskRank,
    weight: record.weight,
    counted: record.weight > 0,
  }));
  try {
    await votesCollection.of(ctx.db).add(votes);
  } catch (error) {
    // The same request, retried while the first attempt was still running, stored them first (and tallies them):
    // a vote is tallied only by the attempt whose insert succeeded, so it is never counted twice.
    if (isDuplicateWrite(error)) return;
    throw error;
  }
  if (record.weight > 0) {
    await Promise.all(
      wanted.map((id) =>
        candidates
          .of(ctx.db)
          .doc(id)
          .update({ votes: _.inc(1), weighted: _.inc(record.weight) }),
      ),
    );
  }
}
