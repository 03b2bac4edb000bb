// The contest day: the rotating check-in code for the organisers' screen, the contestant's scan, and staff's manual
// check-in of a named contestant. Only a confirmed entry checks in, on the day, once; in a team contest the entry is
// the team, present once any member scans (team-day.ts).
import { contestContract } from '../../../src/shared/contracts/contest';
import { checkInOpen } from '../../../src/shared/contest/schedule';
import { issueCheckInCode, verifyCheckInCode } from '../../../server/check-in/check-in-codes';
import { contestCounts } from '../../../server/contest/counts';
import {
  contestEntries,
  contestOrFail,
  entryIdOf,
  entryOrFail,
  type ContestEntryRecord,
  type ContestRecord,
} from '../../../server/contest/records';
import { requireVisible } from '../../../server/contest/registration';
import { checkInTeam } from '../../../server/contest/team-day';
import { contestTeams, teamEntryView, teamOf } from '../../../server/contest/teams';
import { entryView } from '../../../server/contest/views';
import { AppError } from '../../../server/kit/app-error';
import type { GuardedContext, GuardedHandlers } from '../../../server/kit/guarded-function';
import { refuseOwnMatter } from '../../../server/kit/recusal';
import { audit } from '../../../server/people/audit';
import { manualTeamCheckIn } from './team-acts';

function requireDay(contest: ContestRecord, now: Date, field = 'contestId') {
  if (!checkInOpen(contest.schedule, now))
    throw new AppError('CONFLICT', `只能在比赛当天（${contest.schedule.day}）签到`, field);
}

/** Marks `entry` checked in, once; a second check-in answers the first. */
async function checkInEntry(ctx: GuardedContext, entry: ContestEntryRecord, how: 'scan' | 'manual', field: string) {
  if (entry.state !== 'confirmed') {
    const why = entry.state === 'waitlisted' ? '候补名单中的选手不能签到' : '这条报名没有参赛资格，不能签到';
    throw new AppError('CONFLICT', why, field);
  }
  if (entry.checkedIn) return entry;
  const checkedIn = { at: ctx.now, how, by: ctx.actor.id };
  const done = await contestEntries
    .of(ctx.db)
    .where({ _id: entry._id, state: 'confirmed', checkedIn: null })
    .update({ checkedIn, updatedAt: ctx.now });
  if (done.updated === 1) return { ...entry, checkedIn };
  return (await contestEntries.byId(ctx.db, entry._id)) ?? entry;
}

export const dayHandlers = {
  checkInCode: async ({ contestId }, ctx) => {
    const contest = await contestOrFail(ctx.db, contestId);
    ctx.requireOver(contest.orgPath);
    requireDay(contest, ctx.now);
    const code = issueCheckInCode({ kind: 'contest', id: contestId }, ctx.now);
    const counts = (await contestCounts(ctx.db, [contest])).of(contestId);
    return {
      token: code.token,
      validUntil: code.validUntil,
      checkedIn: counts.checkedIn,
      expected: counts.confirmed,
    };
  },

  checkIn: async ({ contestId, token }, ctx) => {
    const contest = await contestOrFail(ctx.db, contestId);
    const user = ctx.caller.user;
    if (!user) throw new AppError('FORBIDDEN', '请先填写个人资料');
    requireVisible(contest, user);
    verifyCheckInCode({ kind: 'contest', id: contestId }, token, ctx.now, 'token');
    requireDay(contest, ctx.now);
    if (contest.entry.kind === 'team') {
      // A team is present when any of its members scans; who scanned is recorded.
      const team = await teamOf(ctx.db, contestId, user._id);
      if (!team) throw new AppError('NOT_FOUND', '你不在本比赛的参赛队伍中', 'contestId');
      const checked = await checkInTeam(ctx, team, 'scan', user._id, 'contestId');
      return teamEntryView(contest, checked, user._id, 0);
    }
    const entry = await contestEntries.byId(ctx.db, entryIdOf(contestId, user._id));
    if (!entry) throw new AppError('NOT_FOUND', '你没有报名这个比赛', 'contestId');
    return entryView(await checkInEntry(ctx, entry, 'scan', 'contestId'), { contest });
  },

  manualCheckIn: async ({ entryId, reason }, ctx) => {
    const team = await contestTeams.byId(ctx.db, entryId);
    if (team) return manualTeamCheckIn(ctx, team, reason);
    const entry = await entryOrFail(ctx.db, entryId);
    const contest = await contestOrFail(ctx.db, entry.contestId);
    ctx.requireOver(contest.orgPath);
    refuseOwnMatter(ctx.actor.id, entry.person, '为这位选手签到', 'entryId');
    requireDay(contest, ctx.now, 'entryId');
    const checked = await checkInEntry(ctx, entry, 'manual', 'entryId');
    if (checked.checkedIn?.how === 'manual' && checked.checkedIn.at.getTime() === ctx.now.getTime()) {
      await audit(ctx.db, ctx.actor, ctx.now, {
        action: 'contest.checkIn',
        orgPath: contest.orgPath,
        target: { type: 'contestEntry', id: entryId, label: `${contest.title}：${entry.name}` },
        reason,
        before: { checkedIn: null },
        after: { checkedIn: 'manual' },
      });
    }
    return entryView(checked, { contest, withPerson: true });
  },
} satisfies Pick<GuardedHandlers<typeof contestContract>, 'checkInCode' | 'checkIn' | 'manualCheckIn'>;
