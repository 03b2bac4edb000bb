// The 活动 tab's 技能竞赛 card and 首页's next contest: the caller's earliest coming entry and the contests of their
// unions open for registration now. Read for every tab opening, so it reads little: the caller's latest entries by
// the person index, their contests by id, and the coming contests of the caller's unions by the organiser index.
import { comingEntryStates, contestContract, type ComingEntryState } from '../../../src/shared/contracts/contest';
import { contestPhase } from '../../../src/shared/contest/schedule';
import { beijingDay } from '../../../src/shared/time/beijing';
import { waitlistPosition } from '../../../server/booking/entries';
import { slotsOf } from '../../../server/contest/counts';
import {
  contestEntries,
  contests,
  type ContestEntryRecord,
  type ContestRecord,
} from '../../../server/contest/records';
import type { GuardedContext, GuardedHandlers } from '../../../server/kit/guarded-function';
import type { UserRecord } from '../../../server/people/users';

const SHOWN_OPEN = 3;
const coming = (state: string): state is ComingEntryState => (comingEntryStates as readonly string[]).includes(state);

async function nextEntry(ctx: GuardedContext, user: UserRecord, today: string) {
  const { data } = (await contestEntries
    .of(ctx.db)
    .where({ person: user._id, state: ctx.db.command.in([...comingEntryStates]) })
    .orderBy('createdAt', 'desc')
    .limit(50)
    .get()) as { data: ContestEntryRecord[] };
  if (data.length === 0) return null;
  const { data: held } = (await contests
    .of(ctx.db)
    .where({ _id: ctx.db.command.in([...new Set(data.map((entry) => entry.contestId))]) })
    .limit(50)
    .get()) as { data: ContestRecord[] };
  const byId = new Map(held.map((contest) => [contest._id, contest]));
  const ahead = data
    .map((entry) => ({ entry, contest: byId.get(entry.contestId) }))
    .filter((pair): pair is { entry: ContestEntryRecord; contest: ContestRecord } => {
      return !!pair.contest && pair.contest.schedule.day >= today && coming(pair.entry.state);
    })
    .sort((a, b) => a.contest.schedule.day.localeCompare(b.contest.schedule.day));
  const first = ahead[0];
  if (!first) return null;
  const { entry, contest } = first;
  const position =
    entry.state === 'waitlisted' ? await waitlistPosition(ctx.db, { collection: contestEntries }, entry) : 0;
  return {
    contestId: contest._id,
    title: contest.title,
    day: contest.schedule.day,
    venue: contest.venue,
    state: entry.state as ComingEntryState,
    position,
  };
}

async function openContests(ctx: GuardedContext, user: UserRecord, today: string) {
  const _ = ctx.db.command;
  const at = ctx.now.toISOString();
  // Registration closes before the contest day, so an open contest's day is after today: the organiser index
  // answers the coming ones, and the window is checked here on the few it returns.
  const { data } = (await contests
    .of(ctx.db)
    .where({ orgId: _.in(user.orgPath), 'schedule.day': _.gt(today), 'schedule.opensAt': _.lte(at) })
    .orderBy('schedule.day', 'asc')
    .limit(20)
    .get()) as { data: ContestRecord[] };
  const open = data
    .filter((contest) => contestPhase(contest.schedule, ctx.now) === 'open')
    .sort((a, b) => a.schedule.closesAt.localeCompare(b.schedule.closesAt))
    .slice(0, SHOWN_OPEN);
  const slots = await slotsOf(
    ctx.db,
    open.map((contest) => contest._id),
  );
  return open.map((contest, index) => ({
    contestId: contest._id,
    title: contest.title,
    day: contest.schedule.day,
    closesAt: contest.schedule.closesAt,
    placesLeft: Math.max(0, slots[index]?.free ?? contest.capacity),
    organiser: contest.orgName,
  }));
}

export const glanceHandlers = {
  glance: async (_input, ctx) => {
    const user = ctx.caller.user;
    if (!user?.profile || user.orgPath.length === 0) return { next: null, open: [] };
    const today = beijingDay(ctx.now);
    const [next, open] = await Promise.all([nextEntry(ctx, user, today), openContests(ctx, user, today)]);
    return { next, open };
  },
} satisfies Pick<GuardedHandlers<typeof contestContract>, 'glance'>;
