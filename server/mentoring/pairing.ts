// Pairing: how a pair forms (from an accepted application or staff's assignment) and the views of applications and
// pairs. Forming is two writes, each one a rule kept by the database under any concurrency, the first undone when
// the second refuses:
//   1. the apprenticeship is stored with its trade slot `<apprentice>.<trade>` under a unique index (a duplicate: the
//      worker already has an active master in the trade);
//   2. a place is taken on the master record (`free > 0`, one conditional update: never over the limit).
import type { ApplicationView, ApprenticeshipView } from '../../src/shared/contracts/mentoring';
import { textHold } from '../content-security/holds';
import { AppError } from '../kit/app-error';
import { isDuplicateWrite, type Db } from '../kit/db';
import { newId } from '../kit/ids';
import type { TradeCode } from '../../src/shared/people/trades';
import { creditFormedPair } from './crediting';
import { takePlace } from './masters';
import { apprenticeships, tradeSlotOf, type ApplicationRecord, type ApprenticeshipRecord } from './records';

/** The refusal of someone as their own apprentice. */
export const selfRefusal = (field: string) => new AppError('CONFLICT', '不能拜自己为师', field);

/** Whether the worker has an active master in `trade` now (their pair holding the trade slot): one indexed read. */
export async function hasMasterIn(db: Db, apprentice: string, trade: string): Promise<boolean> {
  const { total } = await apprenticeships
    .of(db)
    .where({ tradeSlot: tradeSlotOf(apprentice, trade) })
    .count();
  return total > 0;
}

/**
 * Who a pair forms with: the master by id, trade and enterprise path (as the application copied them, or their
 * record for staff), the apprentice with their organisation path (their 十个一 credit's summary is counted there).
 */
export interface PairParties {
  master: { id: string; name: string; trade: TradeCode; orgPath: string[] };
  apprentice: { id: string; name: string; orgPath: string[] };
}

/**
 * Forms the pair, or throws (naming `field`) without leaving anything behind: the worker already has a master in the
 * trade, or the master has no place left. Two writes and no read: the caller knows the people by name already (an
 * application carries both names and the master's path; staff read both records for their scope).
 */
export async function formPair(
  db: Db,
  { master, apprentice }: PairParties,
  how: { source: ApprenticeshipRecord['source']; field: string; now: Date },
): Promise<ApprenticeshipRecord> {
  if (master.id === apprentice.id) throw selfRefusal(how.field);
  const pair: ApprenticeshipRecord = {
    _id: newId('ap'),
    master: master.id,
    masterName: master.name,
    apprentice: apprentice.id,
    apprenticeName: apprentice.name,
    trade: master.trade,
    tradeSlot: tradeSlotOf(apprentice.id, master.trade),
    state: 'active',
    source: how.source,
    orgPath: master.orgPath,
    since: how.now,
    updatedAt: how.now,
  };
  // The pair first: its slot is the cheaper refusal, and a pair that then finds no place is one removal to undo.
  try {
    await apprenticeships.of(db).add(pair);
  } catch (error) {
    if (isDuplicateWrite(error)) throw new AppError('CONFLICT', `${apprentice.name}已有同工种的师傅`, how.field);
    throw error;
  }
  const placed = await takePlace(db, master.id, master.trade, how.now).catch(async (error: unknown) => {
    await apprenticeships.of(db).doc(pair._id).remove();
    throw error;
  });
  if (!placed) {
    await apprenticeships.of(db).doc(pair._id).remove();
    throw new AppError('CONFLICT', `${master.name}师傅的带徒名额已满`, how.field);
  }
  // The master moved enterprise or was renamed since the application copied them (rare): the pair follows the record.
  if (placed.name !== pair.masterName || placed.orgPath.join('/') !== pair.orgPath.join('/')) {
    Object.assign(pair, { masterName: placed.name, orgPath: placed.orgPath });
    await apprenticeships.of(db).doc(pair._id).update({ masterName: placed.name, orgPath: placed.orgPath });
  }
  // The apprentice's 十个一 item 6 for this Beijing year (server/mentoring/crediting.ts).
  await creditFormedPair(db, pair, apprentice.orgPath, how.now);
  return pair;
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
