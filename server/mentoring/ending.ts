// Ending a pair: 出师考核 (graduated with a grade; its 十个一 credits stay) or dissolved by staff (with a reason; its
// credits are revoked). Either way: one conditional update `active → ended` that also releases the pair's trade slot
// (records.ts), so the worker may take a master in the trade again — the same one for a new term after 不合格, or
// another; then the master's place is given back (`free +1, active −1`, one conditional update).
import type { GraduationGrade } from '../../src/shared/mentoring/vocabulary';
import type { StoredHolds } from '../content-security/holds';
import { AppError } from '../kit/app-error';
import type { Db } from '../kit/db';
import { givePlace } from './masters';
import { endedSlotOf } from './records';
import { pairs, type PairEnd, type PairRecord } from './agreement-records';
import { uncreditPair } from './crediting';
import { countTrained } from './master-years';
import { beijingYear } from '../../src/shared/time/beijing';

interface Ending {
  grade: GraduationGrade | null;
  comment: string;
  content?: StoredHolds;
  by: string;
  byName: string;
}

async function endPair(db: Db, pair: PairRecord, end: PairEnd, now: Date): Promise<void> {
  const _ = db.command;
  const done = await pairs
    .of(db)
    .where({ _id: pair._id, state: 'active' })
    .update({
      state: 'ended',
      tradeSlot: endedSlotOf(pair),
      ended: _.set(end),
      nextDue: null,
      overdueAt: null,
      remindDue: null,
      updatedAt: now,
    });
  if (done.updated !== 1) throw new AppError('CONFLICT', '这对师徒关系已结束', 'apprenticeshipId');
  await givePlace(db, pair.master, now);
}

/**
 * 出师考核: the pair ends with its grade; the years it was active stay credited, and the master's record counts one
 * apprentice trained with that grade in this Beijing year (only the call whose `active → ended` went through gets here).
 */
export async function graduatePair(
  db: Db,
  pair: PairRecord,
  ending: Ending & { grade: GraduationGrade },
  now: Date,
): Promise<PairEnd> {
  const end: PairEnd = { how: 'graduated', ...ending, at: now };
  await endPair(db, pair, end, now);
  await countTrained(db, pair.master, beijingYear(now), ending.grade);
  return end;
}

/** Staff dissolve the pair: it ends without a grade and what it granted is revoked. */
export async function dissolvePair(db: Db, pair: PairRecord, ending: Ending, now: Date): Promise<PairEnd> {
  const end: PairEnd = { how: 'dissolved', ...ending, grade: null, at: now };
  await endPair(db, pair, end, now);
  await uncreditPair(db, pair, '师徒关系已解除', now);
  return end;
}
