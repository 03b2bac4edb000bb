// Team entry: form a team, join it from the invitation, leave it, submit it for a place. Each joiner must be
// eligible and may be in one team of a contest; a team never exceeds its maximum; the captain's 取消报名 (in
// worker.handlers.ts) ends the whole entry.
import { contestContract } from '../../../src/shared/contracts/contest';
import { cancellationOpen, registrationRefusal } from '../../../src/shared/contest/schedule';
import { contestOrFail, type ContestRecord } from '../../../server/contest/records';
import { checkAnswers, refusalOf, requireVisible } from '../../../server/contest/registration';
import {
  addMember,
  claimMembership,
  contestTeams,
  creditMembers,
  endTeam,
  memberOf,
  releaseMembership,
  removeMember,
  submitTeamEntry,
  teamOf,
  teamOrFail,
  teamView,
  uncreditMembers,
  type TeamRecord,
} from '../../../server/contest/teams';
import { screenTeamName } from '../../../server/contest/team-names';
import { AppError } from '../../../server/kit/app-error';
import type { GuardedContext, GuardedHandlers } from '../../../server/kit/guarded-function';
import { newId } from '../../../server/kit/ids';
import { contestEntryChanged } from '../../../server/notify/senders';
import type { UserRecord } from '../../../server/people/users';

function member(ctx: GuardedContext): UserRecord {
  const user = ctx.caller.user;
  if (!user?.profile) throw new AppError('FORBIDDEN', '请先填写个人资料');
  return user;
}

/** The rules a worker meets to form or join a team: their contest, a team contest, its window, eligibility. */
function requireMayJoin(ctx: GuardedContext, contest: ContestRecord, user: UserRecord, field: string) {
  requireVisible(contest, user);
  if (contest.entry.kind !== 'team') throw new AppError('CONFLICT', '这是个人赛，请直接报名', field);
  const closed = registrationRefusal(contest.schedule, ctx.now);
  if (closed) throw new AppError('CONFLICT', closed, field);
  const refusal = refusalOf(contest, user);
  if (refusal) throw new AppError('FORBIDDEN', refusal.message, field);
}

async function teamAndContest(ctx: GuardedContext, teamId: string) {
  const team = await teamOrFail(ctx.db, teamId);
  const contest = await contestOrFail(ctx.db, team.contestId);
  const user = member(ctx);
  requireVisible(contest, user);
  return { team, contest, user };
}

export const teamHandlers = {
  createTeam: async ({ contestId, name, answers }, ctx) => {
    const contest = await contestOrFail(ctx.db, contestId);
    const user = member(ctx);
    requireMayJoin(ctx, contest, user, 'contestId');
    const checked = checkAnswers(contest, user, answers);
    const teamId = newId('tm');
    // Before anything is stored: a risky name refuses here (naming `name`), one held for review is stored held.
    const content = await screenTeamName(ctx, { teamId, openid: ctx.caller.openid }, name);
    const team: TeamRecord = {
      _id: teamId,
      contestId,
      name,
      captain: user._id,
      members: [memberOf(user, ctx.now)],
      count: 1,
      state: 'forming',
      answers: checked,
      reason: null,
      checkedIn: null,
      scores: null,
      content,
      slot: `contest.${contestId}`,
      place: 'out',
      ticket: 0,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    await claimMembership(ctx.db, contestId, user._id, team._id, ctx.now);
    await contestTeams.of(ctx.db).add(team);
    return teamView(ctx.db, contest, team, user._id);
  },

  team: async ({ teamId }, ctx) => {
    const { team, contest, user } = await teamAndContest(ctx, teamId);
    return teamView(ctx.db, contest, team, user._id);
  },

  myTeam: async ({ contestId }, ctx) => {
    const contest = await contestOrFail(ctx.db, contestId);
    const user = member(ctx);
    requireVisible(contest, user);
    const team = await teamOf(ctx.db, contestId, user._id);
    return team ? teamView(ctx.db, contest, team, user._id) : null;
  },

  joinTeam: async ({ teamId }, ctx) => {
    const { team, contest, user } = await teamAndContest(ctx, teamId);
    if (team.members.some((m) => m.person === user._id)) return teamView(ctx.db, contest, team, user._id);
    requireMayJoin(ctx, contest, user, 'teamId');
    await claimMembership(ctx.db, contest._id, user._id, teamId, ctx.now);
    const joined = memberOf(user, ctx.now);
    if (!(await addMember(ctx.db, team, joined, contest.entry.teamMax, ctx.now))) {
      await releaseMembership(ctx.db, contest._id, user._id);
      throw new AppError('CONFLICT', `队伍已满（最多${contest.entry.teamMax}人）或已不再接受队员`, 'teamId');
    }
    const stored = await teamOrFail(ctx.db, teamId);
    if (stored.state === 'confirmed') await creditMembers(ctx, contest, [joined]);
    return teamView(ctx.db, contest, stored, user._id);
  },

  leaveTeam: async ({ teamId }, ctx) => {
    const { team, contest, user } = await teamAndContest(ctx, teamId);
    if (team.captain === user._id) throw new AppError('CONFLICT', '队长请使用“取消报名”撤销整支队伍', 'teamId');
    if (team.state !== 'forming' && !cancellationOpen(contest.schedule, ctx.now)) {
      throw new AppError('CONFLICT', '已过取消报名的截止时间', 'teamId');
    }
    const after = await removeMember(ctx.db, team, user._id, ctx.now);
    if (!after) throw new AppError('NOT_FOUND', '你不在这支队伍中', 'teamId');
    await releaseMembership(ctx.db, contest._id, user._id);
    await uncreditMembers(ctx, contest, [user._id], '退出队伍');
    const booked = after.place !== 'out' && ['pending', 'confirmed', 'waitlisted'].includes(after.state);
    if (booked && after.count < contest.entry.teamMin) {
      // Below the minimum: the entry is withdrawn, its place goes to the waitlist, and the captain hears why.
      const reason = `队员退出后不足${contest.entry.teamMin}人`;
      if (await endTeam(ctx, contest, after, 'withdrawn', reason)) {
        await contestEntryChanged(ctx, {
          person: after.captain,
          contestTitle: contest.title,
          status: '已撤销',
          note: `队伍“${after.name}”${reason}，名额已让出`,
        });
      }
    }
    return teamView(ctx.db, contest, (await teamOrFail(ctx.db, teamId)) ?? after, user._id);
  },

  submitTeam: async ({ teamId }, ctx) => {
    const { team, contest, user } = await teamAndContest(ctx, teamId);
    if (team.captain !== user._id) throw new AppError('FORBIDDEN', '只有队长可以提交报名', 'teamId');
    if (team.state !== 'forming') return teamView(ctx.db, contest, team, user._id);
    const closed = registrationRefusal(contest.schedule, ctx.now);
    if (closed) throw new AppError('CONFLICT', closed, 'teamId');
    if (team.count < contest.entry.teamMin) {
      throw new AppError('CONFLICT', `队伍至少${contest.entry.teamMin}人才能提交（现${team.count}人）`, 'teamId');
    }
    const booked = await submitTeamEntry(ctx, contest, team);
    return teamView(ctx.db, contest, booked, user._id);
  },
} satisfies Pick<
  GuardedHandlers<typeof contestContract>,
  'createTeam' | 'team' | 'myTeam' | 'joinTeam' | 'leaveTeam' | 'submitTeam'
>;
