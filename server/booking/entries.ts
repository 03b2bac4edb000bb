// Entries against a booking slot: the booking half of a contest registration or a session sign-up. The feature keeps
// its entries in its own collection (with its own fields); this module owns three of them — `slot`, `place` and
// `ticket` — and the steps that move them, so contests and sessions share one set of rules:
// - a place is taken before the entry is stored, and the entry's id (one per person or team and slot) makes a second
//   entry impossible by construction: a retry's insert is refused, and it gives back what it took;
// - leaving gives the place back, then the earliest waiting entry is promoted at once, exactly once.
import { AppError } from '../kit/app-error';
import { isDuplicateWrite, type Db, type StoredCollection } from '../kit/db';
import { freePlace, leaveWaitlist, reservePromotion, takePlace, undoPromotion, type Taken } from './slots';

export type Place = 'held' | 'waiting' | 'out';

export interface BookedEntry {
  _id: string;
  slot: string;
  place: Place;
  ticket: number;
}

export interface BookingStore<E extends BookedEntry> {
  collection: StoredCollection<E>;
  /** Fields written with the promotion, in the same conditional write (e.g. a contest entry's state). */
  promotedFields(entry: E, now: Date): Record<string, unknown>;
  /** What follows a promotion, once per promoted entry: a credit, a message. */
  afterPromotion(db: Db, entry: E, now: Date): Promise<void>;
}

export type Booked<E> = { entry: E; taken: Taken; duplicate: false } | { entry: E; duplicate: true };

/**
 * Books `draft` (an entry without its booking fields) into `slotId`. The answer says whether this call stored it
 * or found it stored (a retry, a second tap); `fields(taken)` adds what depends on the place (a state).
 */
export async function book<E extends BookedEntry, F extends Partial<E>>(
  db: Db,
  store: BookingStore<E>,
  slotId: string,
  draft: Omit<E, 'slot' | 'place' | 'ticket' | keyof F>,
  fields: (taken: Taken) => F,
  now: Date,
): Promise<Booked<E>> {
  const taken = await takePlace(db, slotId, now);
  const entry = {
    ...draft,
    slot: slotId,
    place: taken.placed ? 'held' : 'waiting',
    ticket: taken.ticket,
    ...fields(taken),
  } as unknown as E;
  try {
    await store.collection.of(db).add(entry);
    return { entry, taken, duplicate: false };
  } catch (error) {
    if (!isDuplicateWrite(error)) throw error;
  }
  // Stored already: give back what this call took, and answer with the stored entry.
  await giveBack(db, store, slotId, taken, now);
  const stored = await store.collection.byId(db, entry._id);
  if (!stored) throw new AppError('CONFLICT', '报名正在处理，请稍后刷新');
  return { entry: stored, duplicate: true };
}

/** Returns what `takePlace` gave for an entry that was not stored after all. */
async function giveBack<E extends BookedEntry>(
  db: Db,
  store: BookingStore<E>,
  slotId: string,
  taken: Taken,
  now: Date,
) {
  if (taken.placed) {
    await freePlace(db, slotId, now);
    await promote(db, store, slotId, now);
  } else {
    await leaveWaitlist(db, slotId, now);
  }
}

/**
 * Books an entry stored before it entered the slot (a team formed first, then submitted): `entry` is out of the slot
 * with ticket 0 until then. Null when it was booked meanwhile (a second submit), with what this call took given back.
 */
export async function bookStored<E extends BookedEntry>(
  db: Db,
  store: BookingStore<E>,
  slotId: string,
  entry: E,
  fields: (taken: Taken) => Record<string, unknown>,
  now: Date,
): Promise<{ entry: E; taken: Taken } | null> {
  const taken = await takePlace(db, slotId, now);
  const booking = { slot: slotId, place: taken.placed ? 'held' : 'waiting', ticket: taken.ticket, ...fields(taken) };
  const stored = await store.collection.of(db).where({ _id: entry._id, place: 'out', ticket: 0 }).update(booking);
  if (stored.updated === 1) return { entry: { ...entry, ...booking } as E, taken };
  await giveBack(db, store, slotId, taken, now);
  return null;
}

/**
 * Takes `entryId` out of its slot (cancelled, rejected, withdrawn, absent) with `fields` in the same conditional
 * write; false when it was already out (a second tap). A freed place goes to the earliest waiting entry at once.
 */
export async function leave<E extends BookedEntry>(
  db: Db,
  store: BookingStore<E>,
  entry: E,
  fields: Record<string, unknown>,
  now: Date,
): Promise<boolean> {
  if (entry.place === 'out') return false;
  const moved = await store.collection
    .of(db)
    .where({ _id: entry._id, place: entry.place, ticket: entry.ticket })
    .update({ ...fields, place: 'out' });
  if (moved.updated !== 1) {
    // Promoted or taken out in between: decide again on what is stored now.
    const current = await store.collection.byId(db, entry._id);
    if (!current || current.place === entry.place) return false;
    return leave(db, store, current, fields, now);
  }
  if (entry.place === 'held') {
    await freePlace(db, entry.slot, now);
    await promote(db, store, entry.slot, now);
  } else {
    await leaveWaitlist(db, entry.slot, now);
  }
  return true;
}

/** How long a promotion waits for a waiting entry whose registration is still being stored (ms, doubling). */
const FIND_WAITS = [0, 20, 50, 100, 200, 400];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Gives free places to waiting entries, earliest ticket first, until no place is free or nobody waits. Each
 * promotion is reserved on the slot first (one atomic step), then claimed on the entry by a conditional write, so
 * two promoters never promote the same entry nor more entries than places. Answers the promoted entries.
 */
export async function promote<E extends BookedEntry>(
  db: Db,
  store: BookingStore<E>,
  slotId: string,
  now: Date,
): Promise<E[]> {
  const promoted: E[] = [];
  while (await reservePromotion(db, slotId, now)) {
    const entry = await claimEarliest(db, store, slotId, now);
    if (!entry) {
      // Nobody to promote: the one counted left, or died before storing its entry. Give the reservation back and
      // stop. A count that never comes back (a registration that died before its insert) is settled by the slot
      // recount (recount.ts) once the slot is quiet.
      await undoPromotion(db, slotId, now);
      break;
    }
    promoted.push(entry);
    await store.afterPromotion(db, entry, now);
  }
  return promoted;
}

async function claimEarliest<E extends BookedEntry>(
  db: Db,
  store: BookingStore<E>,
  slotId: string,
  now: Date,
): Promise<E | null> {
  for (const wait of FIND_WAITS) {
    if (wait) await pause(wait);
    const { data } = (await store.collection
      .of(db)
      .where({ slot: slotId, place: 'waiting' })
      .orderBy('ticket', 'asc')
      .limit(1)
      .get()) as { data: E[] };
    const first = data[0];
    if (!first) continue;
    const fields = { ...store.promotedFields(first, now), place: 'held' };
    const claimed = await store.collection
      .of(db)
      .where({ _id: first._id, place: 'waiting', ticket: first.ticket })
      .update(fields);
    if (claimed.updated === 1) return { ...first, ...fields } as E;
    // Another promoter or its owner's cancellation got it first: look again at once.
    return claimEarliest(db, store, slotId, now);
  }
  return null;
}

/** The entry's place in the waitlist (1 = next), or 0 when it is not waiting. One indexed count. */
export async function waitlistPosition<E extends BookedEntry>(
  db: Db,
  store: Pick<BookingStore<E>, 'collection'>,
  entry: E,
) {
  if (entry.place !== 'waiting') return 0;
  const { total } = (await store.collection
    .of(db)
    .where({ slot: entry.slot, place: 'waiting', ticket: db.command.lt(entry.ticket) })
    .count()) as { total: number };
  return total + 1;
}
