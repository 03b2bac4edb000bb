// Pairing: how a pair forms (from an accepted application or staff's assignment) and the views of applications and
// pairs. Forming is three writes, each one a rule kept by the database under any concurrency, undone in reverse when
// a later one refuses:
//   1. the marker `<apprentice>.<trade>` is inserted (a duplicate id: the worker already has a master in the trade);
//   2. a place is taken on the master record (`free > 0`, one conditional update: never over the limit);
//   3. the apprenticeship is stored.
import type { ApplicationView, ApprenticeshipView } from '../../src/shared/contracts/mentoring';
import { textHold } from '../content-security/holds';
import { AppError } from '../kit/app-error';
import { isDuplicateWrite, type Db } from '../kit/db';
import { newId } from '../kit/ids';
import type { TradeCode } from '../../src/shared/people/trades';
import { creditFormedPair, uncreditPair } from './crediting';
import { givePlace, takePlace } from './masters';
import {
  apprenticeMarkers,
  apprenticeships,
  markerIdOf,
  type ApplicationRecord,
  type ApprenticeshipRecord,
} from './records';

/** The refusal of someone as their own apprentice. */
export const selfRefusal = (field: string) => new AppError('CONFLICT', '不能拜自己为师', field);

/** Whether the worker has an active master in `trade` now (their marker): one point read. */
export async function hasMasterIn(db: Db, apprentice: string, trade: string): Promise<boolean> {
  return !!(await apprenticeMarkers.byId(db, markerIdOf(apprentice, trade)));
}

async function dropMarker(db: Db, apprentice: string, trade: string, apprenticeship: string) {
  await apprenticeMarkers
    .of(db)
    .where({ _id: markerIdOf(apprentice, trade), apprenticeship })
    .remove();
}

/**
 * Who a pair forms with: the master by id and trade (their record is read by the step that takes the place), the
 * apprentice with their organisation path (their 十个一 credit's summary is counted there).
 */
export interface PairParties {
  master: { id: string; name: string; trade: TradeCode };
  apprentice: { id: string; name: string; orgPath: string[] };
}

/**
 * Forms the pair, or throws (naming `field`) without leaving anything behind: the worker already has a master in the
 * trade, or the master has no place left. Three writes and no read: the caller knows the people by name already (an
 * application carries both names; staff read both records for their scope).
 */
export async function formPair(
  db: Db,
  { master, apprentice }: PairParties,
  how: { source: ApprenticeshipRecord['source']; field: string; now: Date },
): Promise<ApprenticeshipRecord> {
  if (master.id === apprentice.id) throw selfRefusal(how.field);
  const id = newId('ap');
  try {
    await apprenticeMarkers.of(db).add({
      _id: markerIdOf(apprentice.id, master.trade),
      apprenticeship: id,
      master: master.id,
      createdAt: how.now,
    });
  } catch (error) {
    if (isDuplicateWrite(error)) throw new AppError('CONFLICT', `${apprentice.name}已有同工种的师傅`, how.field);
    throw error;
  }
  const placed = await takePlace(db, master.id, master.trade, how.now);
  if (!placed) {
    await dropMarker(db, apprentice.id, master.trade, id);
    throw new AppError('CONFLICT', `${master.name}师傅的带徒名额已满`, how.field);
  }
  const pair: ApprenticeshipRecord = {
    _id: id,
    master: master.id,
    masterName: placed.name,
    apprentice: apprentice.id,
    apprenticeName: apprentice.name,
    trade: master.trade,
    state: 'active',
    source: how.source,
    orgPath: placed.orgPath,
    since: how.now,
    updatedAt: how.now,
  };
  try {
    await apprenticeships.of(db).add(pair);
  } catch (error) {
    await undoPair(db, pair, how.now, false);
    throw error;
  }
  // The apprentice's 十个一 item 6 for this Beijing year (server/mentoring/crediting.ts).
  await creditFormedPair(db, pair, apprentice.orgPath, how.now);
  return pair;
}

/** Takes back a pair just formed (its application was decided otherwise meanwhile): record, place, marker. */
export async function undoPair(db: Db, pair: ApprenticeshipRecord, now: Date, stored = true): Promise<void> {
  if (stored) {
    await apprenticeships.of(db).doc(pair._id).remove();
    await uncreditPair(db, pair, '结对未成', now);
  }
  await givePlace(db, pair.master, now);
  await dropMarker(db, pair.apprentice, pair.trade, pair._id);
}

/** An application as `viewer` reads it: a statement WeChat holds is read by its author only. */
export function applicationView(app: ApplicationRecord, viewer: string): ApplicationView {
  const held = !!textHold(app.content, 'statement');
  return {
    applicationId: app._id,
    masterId: app.master,
    masterName: app.masterName,
    applicantId: app.applicant,
    applicantName: app.applicantName,
    trade: app.trade,
    statement: held && viewer !== app.applicant ? '' : app.statement,
    statementHeld: held,
    state: app.state,
    reason: app.reason,
    createdAt: app.createdAt.toISOString(),
    decidedAt: app.decidedAt?.toISOString() ?? null,
  };
}

export function apprenticeshipView(pair: ApprenticeshipRecord): ApprenticeshipView {
  return {
    apprenticeshipId: pair._id,
    masterId: pair.master,
    masterName: pair.masterName,
    apprenticeId: pair.apprentice,
    apprenticeName: pair.apprenticeName,
    trade: pair.trade,
    state: pair.state,
    source: pair.source,
    since: pair.since.toISOString(),
  };
}
