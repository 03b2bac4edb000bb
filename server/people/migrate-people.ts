// Issue 14's rewrite of people's records into today's shape, run once by the city union (`union.migratePeople`):
// a model worker's honours move to the person's `honours` (each coded from its title, `other` with the title kept
// where none matches; a trade-specific honour takes the person's trade), and a free-text trade from before the list
// becomes its code (a label) or 其他 with the text kept as the note. Reads are tolerant of the old shape
// (`honours.ts`), so the database works before, during and after. Every write is conditional on the old value still
// being there: a record a staff member or the worker changed meanwhile is left as they left it, and a second run
// finds nothing to do.
import { isTradeCode, tradeOfStored } from '../../src/shared/people/trades';
import type { Db } from '../kit/db';
import { honoursOf } from './honours';
import { users, type UserRecord } from './users';

export const MIGRATION_BATCH = 100;

export interface MigrationCounts {
  examined: number;
  /** Records written (one may have had both its honours and its trade rewritten). */
  changed: number;
  /** Honours moved from `modelWorker.honours` to the person's `honours`. */
  honoursMoved: number;
  /** Free-text trades that were a label on the list. */
  tradesMapped: number;
  /** Free-text trades that became 其他, the text kept. */
  tradesKeptAsOther: number;
}

async function migrateOne(db: Db, user: UserRecord, counts: MigrationCounts): Promise<void> {
  const _ = db.command;
  let changed = false;
  const oldHonours = user.modelWorker?.honours;
  if (user.honours === undefined && oldHonours !== undefined) {
    const moved = await users
      .of(db)
      .where({ _id: user._id, honours: _.exists(false) })
      .update({ honours: _.set(honoursOf(user)), 'modelWorker.honours': _.remove() });
    if (moved.updated === 1) {
      counts.honoursMoved += oldHonours.length;
      changed = true;
    }
  }
  const trade = user.profile?.trade;
  if (trade !== undefined && !isTradeCode(trade)) {
    const value = tradeOfStored(trade);
    const mapped = await users
      .of(db)
      .where({ _id: user._id, 'profile.trade': trade })
      .update({ 'profile.trade': value.code, 'profile.tradeNote': value.note });
    if (mapped.updated === 1) {
      if (value.code === 'other') counts.tradesKeptAsOther += 1;
      else counts.tradesMapped += 1;
      changed = true;
    }
  }
  if (changed) counts.changed += 1;
}

/** Walks every person by id, 100 at a time, rewriting what is still in the old shape. */
export async function migratePeople(db: Db): Promise<MigrationCounts> {
  const _ = db.command;
  const counts: MigrationCounts = { examined: 0, changed: 0, honoursMoved: 0, tradesMapped: 0, tradesKeptAsOther: 0 };
  let after = '';
  for (;;) {
    const { data } = (await users
      .of(db)
      .where({ _id: _.gt(after) })
      .orderBy('_id', 'asc')
      .limit(MIGRATION_BATCH)
      .get()) as { data: UserRecord[] };
    for (const user of data) await migrateOne(db, user, counts);
    counts.examined += data.length;
    if (data.length < MIGRATION_BATCH) return counts;
    after = data[data.length - 1]!._id;
  }
}
