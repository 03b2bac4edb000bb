// Booking slots: the `bookingSlots` collection, one counter document per bookable thing (a contest, a session),
// against which places and the waitlist are taken with conditional increments — never by counting entries and
// then inserting, which lets every racer through.
//
// A slot holds `free` (places not taken), `waiting` (entries on the waitlist) and `seq` (tickets issued, in arrival
// order). Taking a place is one atomic step `free > 0 and waiting ≤ 0 → free − 1, seq + 1`; joining the waitlist is
// `free ≤ 0 or waiting > 0 → waiting + 1, seq + 1`. Exactly one of the two matches at any moment, so a registration
// costs two slot operations at most, whatever has been booked before. The ticket (`seq` after the step) orders the
// waitlist: a registration that finished before another began holds the lower ticket.
import { AppError } from '../kit/app-error';
import { isDuplicateWrite, storedCollection, type Db } from '../kit/db';

export interface SlotRecord {
  _id: string;
  capacity: number;
  free: number;
  waiting: number;
  seq: number;
  createdAt: Date;
  updatedAt: Date;
}

export const bookingSlots = storedCollection<SlotRecord>('bookingSlots');

/** Opens the slot of `slotId` with `capacity` places; opening it again changes nothing. */
export async function openSlot(db: Db, slotId: string, capacity: number, now: Date): Promise<void> {
  await bookingSlots
    .of(db)
    .add({ _id: slotId, capacity, free: capacity, waiting: 0, seq: 0, createdAt: now, updatedAt: now })
    .catch((error: unknown) => {
      if (!isDuplicateWrite(error)) throw error;
    });
}

export interface Taken {
  ticket: number;
  /** A place (true) or the waitlist (false). */
  placed: boolean;
  /** The waitlist position when the ticket was issued (0 with a place). */
  position: number;
  /** The slot as the step left it, so an answer can show the places without reading the slot again. */
  slot: Pick<SlotRecord, 'capacity' | 'free' | 'waiting'>;
}

type Updated = { updated: number; doc: SlotRecord | null };

/**
 * Which step to try first, per slot, as this function instance last saw it: once a slot is full, most callers join
 * the waitlist, and asking the queue step first saves them an operation. Only an order: both steps are conditional,
 * so a stale guess costs one operation more and never a wrong answer.
 */
const seenFull = new Map<string, boolean>();

/**
 * Takes a place, or a waitlist ticket when none is free or others are already waiting. Between the two steps a
 * cancellation may free a place with nobody waiting; then neither matches and the loop asks again, so nobody
 * waits behind a free place.
 */
export async function takePlace(db: Db, slotId: string, now: Date): Promise<Taken> {
  const _ = db.command;
  const slots = bookingSlots.of(db);
  const placeStep = async (): Promise<Taken | null> => {
    const place = (await slots
      .where({ _id: slotId, free: _.gt(0), waiting: _.lte(0) })
      .updateAndReturn({ free: _.inc(-1), seq: _.inc(1), updatedAt: now })) as Updated;
    if (place.updated !== 1 || !place.doc) return null;
    seenFull.set(slotId, place.doc.free <= 0);
    return { ticket: place.doc.seq, placed: true, position: 0, slot: place.doc };
  };
  const queueStep = async (): Promise<Taken | null> => {
    const queued = (await slots
      .where(_.and([{ _id: slotId }, _.or([{ free: _.lte(0) }, { waiting: _.gt(0) }])]))
      .updateAndReturn({ waiting: _.inc(1), seq: _.inc(1), updatedAt: now })) as Updated;
    if (queued.updated !== 1 || !queued.doc) return null;
    seenFull.set(slotId, true);
    return { ticket: queued.doc.seq, placed: false, position: queued.doc.waiting, slot: queued.doc };
  };
  for (let attempt = 0; attempt < 8; attempt++) {
    const steps = seenFull.get(slotId) ? [queueStep, placeStep] : [placeStep, queueStep];
    for (const step of steps) {
      const taken = await step();
      if (taken) return taken;
    }
    seenFull.delete(slotId);
    if (!(await bookingSlots.byId(db, slotId))) throw new AppError('NOT_FOUND', '报名名额尚未开放', 'slotId');
  }
  throw new AppError('CONFLICT', '报名人数太多，请稍后再试');
}

/** Gives one place back to the slot (the caller then promotes from the waitlist). */
export async function freePlace(db: Db, slotId: string, now: Date): Promise<void> {
  await bookingSlots
    .of(db)
    .doc(slotId)
    .update({ free: db.command.inc(1), updatedAt: now });
}

/**
 * Takes one entry off the waitlist count, after the entry itself left. Unconditional: a promotion may have reserved
 * this entry's count in between and will give it back when it finds nobody (`undoPromotion`), so the count may
 * read −1 for a moment; the place step treats that as nobody waiting, which is what it is.
 */
export async function leaveWaitlist(db: Db, slotId: string, now: Date): Promise<void> {
  await bookingSlots
    .of(db)
    .doc(slotId)
    .update({ waiting: db.command.inc(-1), updatedAt: now });
}

/** Adds `delta` places (capacity only grows once registration opened; the caller promotes afterwards). */
export async function growSlot(db: Db, slotId: string, delta: number, now: Date): Promise<void> {
  const _ = db.command;
  await bookingSlots
    .of(db)
    .doc(slotId)
    .update({ capacity: _.inc(delta), free: _.inc(delta), updatedAt: now });
}

/** Reserves one promotion: a free place and someone waiting, both taken in one step. */
export async function reservePromotion(db: Db, slotId: string, now: Date): Promise<boolean> {
  const _ = db.command;
  const reserved = await bookingSlots
    .of(db)
    .where({ _id: slotId, free: _.gt(0), waiting: _.gt(0) })
    .update({ free: _.inc(-1), waiting: _.inc(-1), updatedAt: now });
  return reserved.updated === 1;
}

/** Undoes a reservation whose waiting entry was not found (it left, or its registration died before storing it). */
export async function undoPromotion(db: Db, slotId: string, now: Date): Promise<void> {
  const _ = db.command;
  await bookingSlots
    .of(db)
    .doc(slotId)
    .update({ free: _.inc(1), waiting: _.inc(1), updatedAt: now });
}
