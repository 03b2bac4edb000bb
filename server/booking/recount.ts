// The slot recount: a registration that died between its slot step and its insert leaves a place or a waitlist
// count that no entry holds. The recount counts the entries (two indexed counts) and, when the slot has been quiet
// for longer than any call can run (so nothing is in flight), writes the counted values — conditionally on the slot
// not having moved since it was read — and then promotes into any place that frees.
import type { Db } from '../kit/db';
import { promote, type BookedEntry, type BookingStore } from './entries';
import { bookingSlots } from './slots';

/** Longer than the longest function timeout (60 s): a slot untouched this long has no registration in flight. */
export const QUIET_MS = 2 * 60_000;

export interface SlotDifference {
  slotId: string;
  stored: { free: number; waiting: number };
  counted: { free: number; waiting: number };
  repaired: boolean;
}

export async function recountSlot<E extends BookedEntry>(
  db: Db,
  store: BookingStore<E>,
  slotId: string,
  now: Date,
): Promise<SlotDifference | null> {
  const slot = await bookingSlots.byId(db, slotId);
  if (!slot) return null;
  const entries = store.collection.of(db);
  const [held, waiting] = (await Promise.all([
    entries.where({ slot: slotId, place: 'held' }).count(),
    entries.where({ slot: slotId, place: 'waiting' }).count(),
  ])) as Array<{ total: number }>;
  const counted = { free: slot.capacity - held!.total, waiting: waiting!.total };
  if (counted.free === slot.free && counted.waiting === slot.waiting) return null;
  const quiet = now.getTime() - slot.updatedAt.getTime() >= QUIET_MS;
  let repaired = false;
  if (quiet) {
    const written = await bookingSlots
      .of(db)
      .where({ _id: slotId, seq: slot.seq, updatedAt: slot.updatedAt })
      .update({ ...counted, updatedAt: now });
    repaired = written.updated === 1;
    if (repaired) await promote(db, store, slotId, now);
  }
  return { slotId, stored: { free: slot.free, waiting: slot.waiting }, counted, repaired };
}
