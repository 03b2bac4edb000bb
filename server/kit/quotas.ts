// Quotas: the `quotas` collection, one counter per limited thing (`<what>.<scope>.<who>`, e.g. the objections one
// person may lodge in one campaign). A place is taken by a conditional increment (`used < limit`), one atomic
// database step, so "at most N" holds exactly under any number of simultaneous calls, where counting the stored
// records and then inserting lets every racer through. Contests, masters and 十个一 limits take places here too.
import { storedCollection, isDuplicateWrite, type Db } from './db';

export interface QuotaRecord {
  _id: string;
  used: number;
  createdAt: Date;
  lastAt: Date;
}

export const quotas = storedCollection<QuotaRecord>('quotas');

/** Takes one place of `key`'s `limit`; false when none is left. */
export async function takeQuota(db: Db, key: string, limit: number, now: Date): Promise<boolean> {
  const _ = db.command;
  for (let attempt = 0; attempt < 4; attempt++) {
    const taken = await quotas
      .of(db)
      .where({ _id: key, used: _.lt(limit) })
      .update({ used: _.inc(1), lastAt: now });
    if (taken.updated === 1) return true;
    const current = await quotas.byId(db, key);
    if (current && current.used >= limit) return false;
    if (!current) {
      // The first place: one of several first callers creates the counter; the others' inserts are refused.
      await quotas
        .of(db)
        .add({ _id: key, used: 0, createdAt: now, lastAt: now })
        .catch((error: unknown) => {
          if (!isDuplicateWrite(error)) throw error;
        });
    }
    // Otherwise a place was given back between the two steps: try again.
  }
  return false;
}

/** Gives a taken place back (the act it was taken for did not happen). */
export async function releaseQuota(db: Db, key: string, now: Date): Promise<void> {
  const _ = db.command;
  await quotas
    .of(db)
    .where({ _id: key, used: _.gt(0) })
    .update({ used: _.inc(-1), lastAt: now });
}
