// A worker's side of contests: the list of what their unions organise, one contest with their entry and the rule
// that keeps them out (named before they try), registering, cancelling, and 我的 entries.
import { contestContract, type ContestCard } from '../../../src/shared/contracts/contest';
import { waitlistPosition } from '../../../server/booking/entries';
import { contestSnapshot } from '../../../server/contest/cache';
import { scoredContestants } from '../../../server/contest/contestants';
import { slotsOf } from '../../../server/contest/counts';
import {
  contestEntries,
  contestOrFail,
  contests,
  entryIdOf,
  type ContestEntryRecord,
  type ContestRecord,
} from '../../../server/contest/records';
import { cancelWorkerEntry, refusalOf, registerWorker, requireVisible } from '../../../server/contest/registration';
import { contestView, entryView, resultsOf } from '../../../server/contest/views';
import { contestMembers, contestTeams, teamEntryView, teamOf, type TeamRecord } from '../../../server/contest/teams';
import { AppError } from '../../../server/kit/app-error';
import type { GuardedContext, GuardedHandlers } from '../../../server/kit/guarded-function';
import { nextCursor, offsetOf, PAGE } from '../../../server/kit/paging';
import type { UserRecord } from '../../../server/people/users';

function member(ctx: GuardedContext): UserRecord {
  const user = ctx.caller.user;
  if (!user?.profile) throw new AppError('FORBIDDEN', '请先填写个人资料');
  return user;
}

async function myResult(ctx: GuardedContext, contest: ContestRecord, entryId: string) {
  if (!contest.published) return null;
  if (contest.entry.kind === 'team') {
    // A team contest ranks teams: the member's line is their team's.
    const teams = await scoredContestants(ctx.db, contest, 'public');
    return (
      resultsOf(
        contest,
        teams.filter((team) => team.state === 'confirmed'),
      ).get(entryId) ?? null
    );
  }
  const { data } = (await contestEntries
    .of(ctx.db)
    .where({ contestId: contest._id, state: 'confirmed' })
    .limit(1000)
    .get()) as { data: Parameters<typeof resultsOf>[1] };
  return resultsOf(contest, data).get(entryId) ?? null;
}

export const workerHandlers = {
  contests: async ({ cursor, level, trade, openNow }, ctx) => {
    const user = ctx.caller.user;
    if (!user || user.orgPath.length === 0) return { items: [], nextCursor: null };
    const _ = ctx.db.command;
    const at = ctx.now.toISOString();
    const where: Record<string, unknown> = {
      orgId: _.in(user.orgPath),
      ...(level ? { level } : {}),
      ...(trade ? { trade } : {}),
      ...(openNow ? { 'schedule.opensAt': _.lte(at), 'schedule.closesAt': _.gt(at) } : {}),
    };
    const offset = offsetOf(cursor);
    const { data } = (await contests
      .of(ctx.db)
      .where(where)
      .orderBy('schedule.day', 'desc')
      .orderBy('_id', 'asc')
      .skip(offset)
      .limit(PAGE)
      .get()) as { data: ContestRecord[] };
    const slots = await slotsOf(
      ctx.db,
      data.map((contest) => contest._id),
    );
    const items: ContestCard[] = data.map((contest, index) => {
      const view = contestView(contest, slots[index], ctx.now);
      return {
        contestId: view.contestId,
        title: view.title,
        level: view.level,
        trade: view.trade,
        venue: view.venue,
        schedule: view.schedule,
        phase: view.phase,
        entry: view.entry,
        capacity: view.capacity,
        placesLeft: view.placesLeft,
        waiting: view.waiting,
        organiser: view.organiser,
        published: view.published,
      };
    });
    return { items, nextCursor: nextCursor(offset, data.length) };
  },

  contest: async ({ contestId }, ctx) => {
    const contest = await contestOrFail(ctx.db, contestId);
    const user = member(ctx);
    requireVisible(contest, user);
    const [[slot], stored] = await Promise.all([
      slotsOf(ctx.db, [contestId]),
      contestEntries.byId(ctx.db, entryIdOf(contestId, user._id)),
    ]);
    const refusal = refusalOf(contest, user);
    const team = contest.entry.kind === 'team' ? await teamOf(ctx.db, contestId, user._id) : null;
    const mine = team
      ? teamEntryView(contest, team, user._id, await waitlistPosition(ctx.db, { collection: contestTeams }, team))
      : stored
        ? entryView(stored, {
            contest,
            position: await waitlistPosition(ctx.db, { collection: contestEntries }, stored),
            result: await myResult(ctx, contest, stored._id),
          })
        : null;
    return contestView(contest, slot, ctx.now, {
      entry: mine,
      verdict: {
        ok: !refusal,
        message: refusal?.message ?? null,
        rule: refusal?.rule ?? null,
        field: refusal?.field ?? null,
      },
    });
  },

  register: async ({ contestId, answers }, ctx) => {
    const contest = await contestSnapshot(ctx.db, contestId, ctx.now.getTime());
    if (!contest) throw new AppError('NOT_FOUND', '没有找到这个比赛', 'contestId');
    return registerWorker(ctx, contest, member(ctx), answers);
  },

  cancelEntry: async ({ contestId }, ctx) => {
    const contest = await contestOrFail(ctx.db, contestId);
    const user = member(ctx);
    requireVisible(contest, user);
    return cancelWorkerEntry(ctx, contest, user);
  },

  myEntries: async (_input, ctx) => {
    const user = member(ctx);
    const _ = ctx.db.command;
    const [{ data }, { data: memberships }] = (await Promise.all([
      contestEntries.of(ctx.db).where({ person: user._id }).orderBy('createdAt', 'desc').limit(100).get(),
      contestMembers.of(ctx.db).where({ person: user._id }).limit(100).get(),
    ])) as [{ data: ContestEntryRecord[] }, { data: Array<{ teamId: string; contestId: string }> }];
    const contestIds = [...new Set([...data, ...memberships].map((row) => row.contestId))];
    const [{ data: held }, { data: teams }] = (await Promise.all([
      contests
        .of(ctx.db)
        .where({ _id: _.in(contestIds) })
        .limit(200)
        .get(),
      contestTeams
        .of(ctx.db)
        .where({ _id: _.in(memberships.map((row) => row.teamId)) })
        .limit(100)
        .get(),
    ])) as [{ data: ContestRecord[] }, { data: TeamRecord[] }];
    const byId = new Map(held.map((contest) => [contest._id, contest]));
    const own = data
      .filter((entry) => byId.has(entry.contestId))
      .map(async (entry) => {
        const contest = byId.get(entry.contestId)!;
        return entryView(entry, {
          contest,
          position: await waitlistPosition(ctx.db, { collection: contestEntries }, entry),
          result: await myResult(ctx, contest, entry._id),
        });
      });
    const inTeams = teams
      .filter((team) => byId.has(team.contestId))
      .map(async (team) => ({
        ...teamEntryView(
          byId.get(team.contestId)!,
          team,
          user._id,
          await waitlistPosition(ctx.db, { collection: contestTeams }, team),
        ),
        result: await myResult(ctx, byId.get(team.contestId)!, team._id),
      }));
    const items = await Promise.all([...own, ...inTeams]);
    items.sort((a, b) => b.contestDay.localeCompare(a.contestDay));
    return { items };
  },
} satisfies Pick<
  GuardedHandlers<typeof contestContract>,
  'contests' | 'contest' | 'register' | 'cancelEntry' | 'myEntries'
>;
