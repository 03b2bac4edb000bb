// The contest clock's jobs. Each finds its due contests by the stored schedule (instants as UTC ISO text, the day
// as a Beijing date) and a marker the job sets when done, so a contest is handled once.
import { addDays, beijingDay } from '../../../src/shared/time/beijing';
import { waitlistPosition } from '../../../server/booking/entries';
import { recountSlot } from '../../../server/booking/recount';
import {
  contestEntries,
  contests,
  slotOfContest,
  type ContestEntryRecord,
  type ContestRecord,
} from '../../../server/contest/records';
import { markTeamsAbsent, remindTeams, tellWaitingTeams } from '../../../server/contest/team-day';
import { teamStoreOf } from '../../../server/contest/teams';
import { bookingStoreOf, uncreditEntry } from '../../../server/contest/registration';
import type { TimerContext } from '../../../server/kit/timer-function';
import { contestEntryChanged } from '../../../server/notify/senders';

type Marker = 'closingNoticeAt' | 'remindedAt' | 'absentMarkedAt';

/** The contests due for `marker` (at most 100 a run; the next run takes the rest), claimed one by one. */
async function due(ctx: TimerContext, marker: Marker, where: Record<string, unknown>): Promise<ContestRecord[]> {
  const { data } = (await contests
    .of(ctx.db)
    .where({ ...where, [marker]: null })
    .limit(100)
    .get()) as { data: ContestRecord[] };
  const claimed: ContestRecord[] = [];
  for (const contest of data) {
    const won = await contests
      .of(ctx.db)
      .where({ _id: contest._id, [marker]: null })
      .update({ [marker]: ctx.now });
    if (won.updated === 1) claimed.push(contest);
  }
  return claimed;
}

function entriesIn(ctx: TimerContext, contestId: string, state: ContestEntryRecord['state']) {
  return contestEntries.readAll(ctx.db, { contestId, state });
}

/** Registration closed: everyone still waitlisted hears their position and that a cancellation may still promote them. */
export async function closingNotices(ctx: TimerContext): Promise<number> {
  let told = 0;
  for (const contest of await due(ctx, 'closingNoticeAt', {
    'schedule.closesAt': ctx.db.command.lte(ctx.now.toISOString()),
  })) {
    if (contest.entry.kind === 'team') {
      told += await tellWaitingTeams(ctx, contest);
      continue;
    }
    const store = bookingStoreOf(ctx, contest);
    for (const entry of await entriesIn(ctx, contest._id, 'waitlisted')) {
      const position = await waitlistPosition(ctx.db, store, entry);
      await contestEntryChanged(ctx, {
        person: entry.person,
        contestTitle: contest.title,
        status: `报名已截止，候补第${position}位`,
        note: '取消报名截止前若有人取消，将按顺序递补并通知你',
        id: `contest-closing-${entry._id}`,
      });
      told += 1;
    }
  }
  return told;
}

/** The day before: every confirmed contestant is reminded of the day and the venue. */
export async function dayBeforeReminders(ctx: TimerContext): Promise<number> {
  let told = 0;
  const tomorrow = addDays(beijingDay(ctx.now), 1);
  for (const contest of await due(ctx, 'remindedAt', { 'schedule.day': tomorrow })) {
    if (contest.entry.kind === 'team') {
      told += await remindTeams(ctx, contest);
      continue;
    }
    for (const entry of await entriesIn(ctx, contest._id, 'confirmed')) {
      await contestEntryChanged(ctx, {
        person: entry.person,
        contestTitle: contest.title,
        status: '明天比赛',
        note: `地点：${contest.venue}，请带好证件按时签到`,
        id: `contest-reminder-${entry._id}`,
      });
      told += 1;
    }
  }
  return told;
}

/**
 * After the contest day: confirmed contestants who never checked in are 缺考, and their item 2 credit goes (a team
 * contest's confirmed teams nobody checked in for, every member's credit).
 */
export async function markAbsent(ctx: TimerContext): Promise<number> {
  let marked = 0;
  for (const contest of await due(ctx, 'absentMarkedAt', {
    'schedule.day': ctx.db.command.lt(beijingDay(ctx.now)),
  })) {
    if (contest.entry.kind === 'team') {
      marked += await markTeamsAbsent(ctx, contest);
      continue;
    }
    for (const entry of await entriesIn(ctx, contest._id, 'confirmed')) {
      if (entry.checkedIn) continue;
      const done = await contestEntries
        .of(ctx.db)
        .where({ _id: entry._id, state: 'confirmed', checkedIn: null })
        .update({ state: 'absent', reason: '比赛当天未签到', updatedAt: ctx.now });
      if (done.updated !== 1) continue;
      await uncreditEntry(ctx, contest, entry.person, '缺考');
      marked += 1;
    }
  }
  return marked;
}

/**
 * Contests still taking or promoting entries (up to their day): each slot recounted against its entries, and
 * repaired once quiet (server/booking/recount.ts). Answers how many slots were repaired.
 */
export async function recountSlots(ctx: TimerContext): Promise<number> {
  const { data } = (await contests
    .of(ctx.db)
    .where({ 'schedule.day': ctx.db.command.gte(beijingDay(ctx.now)) })
    .limit(1000)
    .get()) as { data: ContestRecord[] };
  let repaired = 0;
  for (const contest of data) {
    const store = contest.entry.kind === 'team' ? teamStoreOf(ctx, contest) : bookingStoreOf(ctx, contest);
    const difference = await recountSlot(ctx.db, store as never, slotOfContest(contest._id), ctx.now);
    if (difference?.repaired) {
      console.warn(`contest slot ${difference.slotId} recounted`, JSON.stringify(difference));
      repaired += 1;
    }
  }
  return repaired;
}
