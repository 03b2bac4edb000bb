// Incrementing counter documents that may not exist yet. Each document is created empty before it is first
// incremented (several first callers: one insert wins, the others' are refused as duplicates), and this instance
// remembers which exist — counters are never deleted — so the steady state is one multi-document update
// (`_id in …`). Creating first and then updating, never "update, see what was missed, create", is what keeps an
// increment from being lost when two callers meet a new document at once.
import { isDuplicateWrite, type Db, type StoredCollection } from '../kit/db';

const known = new Set<string>();

/** Which database a counter lives in: a function instance talks to one; in-process tests may start several. */
function databaseKey(db: Db): string {
  const url = (db as unknown as { config?: { serviceUrl?: string } }).config?.serviceUrl;
  return url ? new URL(url).origin : 'platform';
}

export async function incrementAll<T extends { _id: string }>(
  db: Db,
  collection: StoredCollection<T>,
  ids: string[],
  changes: Record<string, unknown>,
  empty: (id: string) => T,
): Promise<void> {
  if (ids.length === 0) return;
  const where = databaseKey(db);
  for (const id of ids) {
    const key = `${where}/${collection.name}/${id}`;
    if (known.has(key)) continue;
    await collection
      .of(db)
      .add(empty(id))
      .catch((error: unknown) => {
        if (!isDuplicateWrite(error)) throw error;
      });
    known.add(key);
  }
  await collection
    .of(db)
    .where({ _id: db.command.in(ids) })
    .update(changes);
}

/** Forgets which counters exist (a test that resets the database between cases). */
export function forgetKnownCounters(): void {
  known.clear();
}
