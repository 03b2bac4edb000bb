// Acting on votes after the fact: uncounting votes (an account's, or those a brushing flag points at) with the
// tallies following (the recount that checks them is count-check.ts). Tallies change by exact decrements of what
// was uncounted, so the public count moves visibly and stays equal to the count of counted votes.
import type { Db } from '../kit/db';
import { candidates } from './candidates';
import { countVoided } from './vote-hours';
import { votes as votesCollection, type VoteRecord } from './votes';

/**
 * Uncounts the given votes (those still counted), marking who and why, and takes them off their candidates'
 * tallies. Each vote flips with a conditional update, so two staff voiding at once cannot subtract a vote twice.
 */
export async function uncount(
  db: Db,
  votes: Array<Pick<VoteRecord, '_id' | 'candidateId' | 'weight' | 'campaignId' | 'at'>>,
  by: string,
  reason: string,
  now: Date,
): Promise<number> {
  const _ = db.command;
  const taken = new Map<string, { votes: number; weight: number }>();
  const flipped: Array<Pick<VoteRecord, 'campaignId' | 'at'>> = [];
  for (const vote of votes) {
    const flip = await votesCollection
      .of(db)
      .where({ _id: vote._id, counted: true })
      .update({ counted: false, voided: { by, reason, at: now } });
    if (flip.updated !== 1) continue;
    flipped.push(vote);
    const sum = taken.get(vote.candidateId) ?? { votes: 0, weight: 0 };
    taken.set(vote.candidateId, { votes: sum.votes + 1, weight: sum.weight + vote.weight });
  }
  for (const [candidateId, sum] of taken) {
    await candidates
      .of(db)
      .doc(candidateId)
      .update({ votes: _.inc(-sum.votes), weighted: _.inc(-sum.weight) });
  }
  // The trend chart's voided share, in the hours the votes were cast.
  await countVoided(db, flipped);
  return [...taken.values()].reduce((total, sum) => total + sum.votes, 0);
}
