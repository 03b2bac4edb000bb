// A team contest from review to the day, where a team counts once: the organisers approve or reject a pending team
// (a rejected team's place goes to the next waiting team, as a person's does), a team is present when any member
// scans the check-in code (or staff check it in by hand), and a confirmed team nobody checked in for is 缺考 after
// the day. Every member's 十个一 item 2 credit follows the team's state (crediting.ts through teams.ts); the contest
// clock tells every member of a waiting team at closing and of a confirmed team the day before.
import { leave, waitlistPosition } from '../booking/entries';
import { AppError } from '../kit/app-error';
import type { Db } from '../kit/db';
import type { NotifyContext } from '../notify/notify';
import { contestEntryChanged } from '../notify/senders';
import type { ContestRecord } from './records';
import { contestTeams, creditMembers, teamOrFail, teamStoreOf, uncreditMembers, type TeamRecord } from './teams';

/** The people of a team, for recusal: nobody acts on a team they are in. */
export const peopleOf = (team: TeamRecord) => team.members.map((member) => member.person);

/** Refuses `act` when `actor` is in the team (回避), naming `field`. */
export function refuseOwnTeam(actor: string, team: TeamRecord, act: string, field: string) {
  if (peopleOf(team).includes(actor)) {
    throw new AppError('FORBIDDEN', `${act}涉及本人所在队伍，按回避原则须由其他人员办理`, field);
  }
}

async function tellMembers(
  ctx: NotifyContext,
  contest: ContestRecord,
  team: TeamRecord,
  status: string,
  note: string,
) {
  for (const person of peopleOf(team)) {
    await contestEntryChanged(ctx, { person, contestTitle: contest.title, status, note });
  }
}

/**
 * Approves (confirmed, every member credited) or rejects (out of the slot with the reason, the next waiting team
 * promoted, credits revoked) a pending team; every member is told. The team stays its members' entry, so the captain
 * reads the reason on the contest page.
 */
export async function reviewTeam(
  ctx: NotifyContext,
  contest: ContestRecord,
  team: TeamRecord,
  decision: { approve: boolean; reason: string | null },
): Promise<TeamRecord> {
  if (team.state !== 'pending') throw new AppError('CONFLICT', '这支队伍不是待审核状态', 'entryId');
  if (decision.approve) {
    const done = await contestTeams
      .of(ctx.db)
      .where({ _id: team._id, state: 'pending', place: 'held' })
      .update({ state: 'confirmed', reason: null, updatedAt: ctx.now });
    if (done.updated !== 1) throw new AppError('CONFLICT', '这支队伍刚被处理过，请刷新', 'entryId');
  } else {
    // The decision is claimed first (pending → rejected), so an approval at the same moment finds it taken; then the
    // place is given up and the next waiting team promoted.
    const fields = { state: 'rejected', reason: decision.reason, updatedAt: ctx.now };
    const claimed = await contestTeams
      .of(ctx.db)
      .where({ _id: team._id, state: 'pending', place: 'held' })
      .update(fields);
    if (claimed.updated !== 1) throw new AppError('CONFLICT', '这支队伍刚被处理过，请刷新', 'entryId');
    if (!(await leave(ctx.db, teamStoreOf(ctx, contest), team, fields, ctx.now))) {
      throw new AppError('CONFLICT', '这支队伍刚被处理过，请刷新', 'entryId');
    }
  }
  // Members as stored now: someone may have joined since the organiser opened the list.
  const stored = await teamOrFail(ctx.db, team._id);
  if (decision.approve) await creditMembers(ctx, contest, stored.members);
  else await uncreditMembers(ctx, contest, peopleOf(stored), '报名未通过审核');
  await tellMembers(
    ctx,
    contest,
    stored,
    decision.approve ? '审核通过' : '未通过审核',
    decision.approve
      ? `队伍“${stored.name}”比赛日${contest.schedule.day}，请按时参赛`
      : `队伍“${stored.name}”原因：${decision.reason}`,
  );
  return stored;
}

/**
 * Marks a confirmed team present, once, recording who did it (the member who scanned, or staff); a second check-in
 * answers the first.
 */
export async function checkInTeam(
  ctx: { db: Db; now: Date },
  team: TeamRecord,
  how: 'scan' | 'manual',
  by: string,
  field: string,
): Promise<TeamRecord> {
  if (team.state !== 'confirmed') {
    const why = team.state === 'waitlisted' ? '候补名单中的队伍不能签到' : '这支队伍没有参赛资格，不能签到';
    throw new AppError('CONFLICT', why, field);
  }
  if (team.checkedIn) return team;
  const checkedIn = { at: ctx.now, how, by };
  const done = await contestTeams
    .of(ctx.db)
    .where({ _id: team._id, state: 'confirmed', checkedIn: null })
    .update({ checkedIn, updatedAt: ctx.now });
  if (done.updated === 1) return { ...team, checkedIn };
  return (await contestTeams.byId(ctx.db, team._id)) ?? team;
}

/** After the day: each confirmed team nobody checked in for is 缺考, and every member's credit goes. */
export async function markTeamsAbsent(ctx: NotifyContext, contest: ContestRecord): Promise<number> {
  let marked = 0;
  for (const team of await contestTeams.readAll(ctx.db, { contestId: contest._id, state: 'confirmed' })) {
    if (team.checkedIn) continue;
    const done = await contestTeams
      .of(ctx.db)
      .where({ _id: team._id, state: 'confirmed', checkedIn: null })
      .update({ state: 'absent', reason: '比赛当天未签到', updatedAt: ctx.now });
    if (done.updated !== 1) continue;
    await uncreditMembers(ctx, contest, peopleOf(team), '缺考');
    marked += 1;
  }
  return marked;
}

/** Registration closed: each member of a waitlisted team hears its position (a cancellation may still promote it). */
export async function tellWaitingTeams(ctx: NotifyContext, contest: ContestRecord): Promise<number> {
  let told = 0;
  for (const team of await contestTeams.readAll(ctx.db, { contestId: contest._id, state: 'waitlisted' })) {
    const position = await waitlistPosition(ctx.db, { collection: contestTeams }, team);
    for (const person of peopleOf(team)) {
      await contestEntryChanged(ctx, {
        person,
        contestTitle: contest.title,
        status: `报名已截止，候补第${position}位`,
        note: `队伍“${team.name}”：取消报名截止前若有队伍取消，将按顺序递补并通知你`,
        id: `contest-closing-${team._id}-${person}`,
      });
      told += 1;
    }
  }
  return told;
}

/** The day before: every member of a confirmed team is reminded of the day and the venue. */
export async function remindTeams(ctx: NotifyContext, contest: ContestRecord): Promise<number> {
  let told = 0;
  for (const team of await contestTeams.readAll(ctx.db, { contestId: contest._id, state: 'confirmed' })) {
    for (const person of peopleOf(team)) {
      await contestEntryChanged(ctx, {
        person,
        contestTitle: contest.title,
        status: '明天比赛',
        note: `地点：${contest.venue}，队员任一人扫码即为全队签到`,
        id: `contest-reminder-${team._id}-${person}`,
      });
      told += 1;
    }
  }
  return told;
}
