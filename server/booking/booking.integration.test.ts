// The booking module against a local cloud through the unmodified SDK, under races the storm does not make:
// registrations, cancellations of held and waiting entries, and capacity growth all at once. Whatever the
// interleaving, when everything has settled the slot's counts equal its entries, no place is free while someone
// waits, nobody holds two entries, and every promotion happened once (its hook ran once per promoted entry).
import { startLocalCloud, type LocalCloud } from 'cloudbase-local';
import { localDb } from '../../test-support/in-process';
import type { Db } from '../kit/db';
import { contestEntries, type ContestEntryRecord } from '../contest/records';
import { book, leave, promote, waitlistPosition, type BookingStore } from './entries';
import { bookingSlots, growSlot, openSlot } from './slots';
import path from 'node:path';

const root = path.join(__dirname, '../..');

let cloud: LocalCloud;
let db: Db;
beforeAll(async () => {
  // The repository's collections and indexes; no functions are needed, the module is called in process.
  cloud = await startLocalCloud({
    configFile: path.join(root, 'cloudbaserc.json'),
    collectionsFile: path.join(root, 'database/collections.json'),
    timers: 'manual',
  });
  db = localDb(cloud);
}, 60_000);
afterAll(() => cloud.close());

const now = () => cloud.clock.now();
const promotedIds: string[] = [];
const store: BookingStore<ContestEntryRecord> = {
  collection: contestEntries,
  promotedFields: () => ({ state: 'confirmed' }),
  afterPromotion: async (_db, entry) => {
    promotedIds.push(entry._id);
  },
};

function draft(slotId: string, person: string) {
  return {
    _id: `${slotId}.${person}`,
    contestId: slotId,
    person,
    orgPath: [],
    name: person,
    orgName: null,
    phoneMasked: null,
    answers: {},
    reason: null,
    checkedIn: null,
    scores: null,
    createdAt: now(),
    updatedAt: now(),
  };
}

const bookOne = (slotId: string, person: string) =>
  book(
    db,
    store,
    slotId,
    draft(slotId, person),
    (taken) => ({ state: taken.placed ? ('confirmed' as const) : ('waitlisted' as const) }),
    now(),
  );

async function entriesOf(slotId: string) {
  const { data } = (await contestEntries.of(db).where({ slot: slotId }).limit(1000).get()) as {
    data: ContestEntryRecord[];
  };
  return data;
}

/** Deterministic randomness, so a failing interleaving can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe.each([1, 2, 3])('racing bookings, leavings and growth (seed %i)', (seed) => {
  it('settles with counts equal to entries, nobody waiting behind a free place, promotions once each', async () => {
    const rand = random(seed * 7919);
    const slotId = `race-${seed}`;
    await openSlot(db, slotId, 10, now());
    // A first wave fills the slot and the waitlist.
    await Promise.all(Array.from({ length: 30 }, (_, i) => bookOne(slotId, `p${i}`)));
    promotedIds.length = 0;
    const first = await entriesOf(slotId);
    // Then, all at once: held and waiting entries leave (some twice), newcomers book (some twice), capacity grows.
    const leavers = first.filter(() => rand() < 0.4);
    const work: Array<Promise<unknown>> = [];
    for (const entry of leavers) {
      work.push(leave(db, store, entry, { state: 'cancelled' }, now()));
      if (rand() < 0.3) work.push(leave(db, store, entry, { state: 'cancelled' }, now()));
    }
    for (let i = 30; i < 45; i++) {
      work.push(bookOne(slotId, `p${i}`));
      if (rand() < 0.3) work.push(bookOne(slotId, `p${i}`));
    }
    work.push(growSlot(db, slotId, 3, now()).then(() => promote(db, store, slotId, now())));
    work.sort(() => rand() - 0.5);
    await Promise.all(work);

    const entries = await entriesOf(slotId);
    const slot = (await bookingSlots.byId(db, slotId))!;
    const held = entries.filter((entry) => entry.place === 'held');
    const waiting = entries.filter((entry) => entry.place === 'waiting');
    expect(entries).toHaveLength(45);
    expect(slot.capacity).toBe(13);
    expect(held.length).toBeLessThanOrEqual(13);
    expect(slot.free).toBe(13 - held.length);
    expect(slot.waiting).toBe(waiting.length);
    // Nobody waits while a place is free.
    expect(waiting.length === 0 || held.length === 13).toBe(true);
    // Those who left are out, once; promotions happened once each, and only to entries that had been waiting.
    for (const entry of leavers) expect(entries.find((e) => e._id === entry._id)!.place).toBe('out');
    expect(new Set(promotedIds).size).toBe(promotedIds.length);
    // The waitlist still runs in ticket order, and every held ticket of a promoted entry came before every waiting.
    const positions = await Promise.all(waiting.map((entry) => waitlistPosition(db, store, entry)));
    const byTicket = [...waiting].sort((a, b) => a.ticket - b.ticket).map((entry) => entry._id);
    expect(
      waiting
        .map((entry, i) => [entry._id, positions[i]])
        .sort((a, b) => Number(a[1]) - Number(b[1]))
        .map((p) => p[0]),
    ).toEqual(byTicket);
    const promotedTickets = entries.filter((entry) => promotedIds.includes(entry._id)).map((entry) => entry.ticket);
    if (promotedTickets.length > 0 && waiting.length > 0) {
      expect(Math.max(...promotedTickets)).toBeLessThan(Math.min(...waiting.map((entry) => entry.ticket)));
    }
  });
});

it('answers a second booking of the same person with the stored entry and gives back what it took', async () => {
  await openSlot(db, 'twice', 1, now());
  const [a, b] = await Promise.all([bookOne('twice', 'solo'), bookOne('twice', 'solo')]);
  expect([a.duplicate, b.duplicate].sort()).toEqual([false, true]);
  const slot = (await bookingSlots.byId(db, 'twice'))!;
  expect(slot).toMatchObject({ free: 0, waiting: 0 });
  const other = await bookOne('twice', 'other');
  expect(other.entry.place).toBe('waiting');
});
