// 一线职工: the worker states it, staff of their enterprise union (or above) confirm or withdraw it, and only a
// confirmed statement counts for a contest. Every change is one conditional update on the person's record, so a
// worker's edit and a staff decision racing each other never leave a confirmation the worker took back, nor a
// decision on a statement that no longer stands.
import type { FrontlineStatus } from '../../src/shared/people/vocabulary';
import type { Db } from '../kit/db';
import { users, type FrontlineRecord } from './users';

/** The states a status may move from, for each move. */
const FROM: Record<'state' | 'unstate' | 'confirm' | 'withdraw', readonly FrontlineStatus[]> = {
  // The worker's own statement moves only `none`: restating it leaves a staff decision in place.
  state: ['none'],
  unstate: ['pending', 'confirmed', 'withdrawn'],
  confirm: ['pending', 'withdrawn'],
  withdraw: ['pending', 'confirmed'],
};
const TO = { state: 'pending', unstate: 'none', confirm: 'confirmed', withdraw: 'withdrawn' } as const;

export type FrontlineMove = keyof typeof FROM;

/** Whether `move` applies to a record in `status` (a decision on someone who never stated it is refused). */
export function frontlineMoveApplies(move: FrontlineMove, status: FrontlineStatus): boolean {
  return FROM[move].includes(status);
}

/**
 * Applies `move` to the person if their stored status allows it, in one conditional update; true if it changed.
 * A record with no `frontline` at all counts as `none`.
 */
export async function moveFrontline(
  db: Db,
  userId: string,
  move: FrontlineMove,
  decision: { by: string; at: Date } | null,
): Promise<boolean> {
  const _ = db.command;
  const from = FROM[move];
  const statusIs = from.includes('none')
    ? _.or([{ 'frontline.status': _.in([...from]) }, { frontline: _.exists(false) }])
    : { 'frontline.status': _.in([...from]) };
  const record: FrontlineRecord = {
    status: TO[move],
    decidedBy: decision?.by ?? null,
    decidedAt: decision?.at ?? null,
  };
  const moved = await users
    .of(db)
    .where(_.and([{ _id: userId }, statusIs] as never[]))
    .update({ frontline: _.set(record) });
  return moved.updated === 1;
}
