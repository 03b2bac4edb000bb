// The counts a staff table shows per contest: confirmed and waitlisted from the booking slot (places held minus
// pending), pending and checked in by indexed counts — a page of 20 contests costs one slot read and two counts a
// contest, never a read of the entries (of the teams, in a team contest).
import { bookingSlots, type SlotRecord } from '../booking/slots';
import type { Db } from '../kit/db';
import { contestEntries, slotOfContest, type ContestRecord } from './records';
import { contestTeams } from './teams';
import type { ContestCounts } from '../../src/shared/contracts/contest';

export async function slotsOf(db: Db, contestIds: string[]): Promise<Array<SlotRecord | undefined>> {
  if (contestIds.length === 0) return [];
  const { data } = (await bookingSlots
    .of(db)
    .where({ _id: db.command.in(contestIds.map(slotOfContest)) })
    .limit(1000)
    .get()) as { data: SlotRecord[] };
  const byId = new Map(data.map((slot) => [slot._id, slot]));
  return contestIds.map((id) => byId.get(slotOfContest(id)));
}

export async function contestCounts(db: Db, list: ContestRecord[]) {
  const slots = await slotsOf(
    db,
    list.map((contest) => contest._id),
  );
  const _ = db.command;
  const counted = await Promise.all(
    list.map(async (contest) => {
      // A team contest counts its teams: a team is one entry, pending or checked in once.
      const entries = contest.entry.kind === 'team' ? contestTeams : contestEntries;
      const [pending, checkedIn] = await Promise.all([
        contest.review
          ? (entries.of(db).where({ contestId: contest._id, state: 'pending' }).count() as Promise<{
              total: number;
            }>)
          : Promise.resolve({ total: 0 }),
        entries
          .of(db)
          .where({ contestId: contest._id, checkedIn: _.neq(null) })
          .count() as Promise<{ total: number }>,
      ]);
      return [contest._id, { pending: pending.total, checkedIn: checkedIn.total }] as const;
    }),
  );
  const slotMap = new Map(list.map((contest, index) => [contest._id, slots[index]]));
  const extra = new Map(counted);
  return {
    slots: slotMap,
    of(contestId: string): ContestCounts {
      const slot = slotMap.get(contestId);
      const held = slot ? slot.capacity - slot.free : 0;
      const more = extra.get(contestId) ?? { pending: 0, checkedIn: 0 };
      return {
        confirmed: Math.max(0, held - more.pending),
        pending: more.pending,
        waitlisted: Math.max(0, slot?.waiting ?? 0),
        checkedIn: more.checkedIn,
      };
    },
  };
}
