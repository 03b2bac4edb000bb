// Teams: `contestTeams` (one per team; it is the booked entry of a team contest, out of the slot with ticket 0 while
// it forms) and `contestMembers` (`<contestId>.<personId>`, one per worker and contest, so nobody is in two teams of
// one contest whatever the taps). Membership moves by conditional writes on the team (`count < max`), so a team is
// never over its maximum, and a leave that takes a booked team below its minimum withdraws it from the slot.
import { NO_HOLDS } from '../../src/shared/contracts/content-holds';
import type { TeamView } from '../../src/shared/contracts/contest';
import { bookStored, leave, waitlistPosition, type BookedEntry, type BookingStore } from '../booking/entries';
import { creditPerson, uncreditPerson } from './crediting';
import { AppError } from '../kit/app-error';
import { isDuplicateWrite, storedCollection, type Db } from '../kit/db';
import type { NotifyContext } from '../notify/notify';
import { contestEntryChanged } from '../notify/senders';
import type { UserRecord } from '../people/users';
import { heldState, slotOfContest, type ContestRecord } from './records';
import { shownTeamName, teamNameHold } from './team-names';
import type { StoredHolds } from '../content-security/holds';
import type { EntryState, EntryView } from '../../src/shared/contracts/contest';

export interface TeamMember {
  person: string;
  name: string;
  orgName: string | null;
  orgPath: string[];
  phoneMasked: string | null;
  joinedAt: Date;
}

export interface TeamRecord extends BookedEntry {
  contestId: string;
  name: string;
  captain: string;
  members: TeamMember[];
  count: number;
  state: EntryState;
  answers: Record<string, unknown>;
  reason: string | null;
  /** Who checked the team in on the contest day: the member who scanned, or staff by hand (team-day.ts). */
  checkedIn: { at: Date; how: 'scan' | 'manual'; by: string } | null;
  /** The team's one pair of scores (a team counts once in the ranking). */
  scores: { theory: number | null; practical: number | null } | null;
  /** The name's content-security hold (team-names.ts), when WeChat held it for review. */
  content?: StoredHolds;
  createdAt: Date;
  updatedAt: Date;
}

export interface MemberRecord {
  _id: string;
  contestId: string;
  person: string;
  teamId: string;
  joinedAt: Date;
}

export const contestTeams = storedCollection<TeamRecord>('contestTeams');
export const contestMembers = storedCollection<MemberRecord>('contestMembers');
const memberId = (contestId: string, person: string) => `${contestId}.${person}`;

export const ACTIVE_TEAM: EntryState[] = ['forming', 'pending', 'confirmed', 'waitlisted'];

export async function teamOrFail(db: Db, teamId: string): Promise<TeamRecord> {
  const team = await contestTeams.byId(db, teamId);
  if (!team) throw new AppError('NOT_FOUND', '没有找到这支队伍', 'teamId');
  return team;
}

export async function teamOf(db: Db, contestId: string, person: string): Promise<TeamRecord | null> {
  const member = await contestMembers.byId(db, memberId(contestId, person));
  return member ? ((await contestTeams.byId(db, member.teamId)) ?? null) : null;
}

export function memberOf(user: UserRecord, now: Date): TeamMember {
  return {
    person: user._id,
    name: user.profile?.realName ?? '',
    orgName: user.history.find((membership) => membership.to === null)?.orgName ?? null,
    orgPath: user.orgPath,
    phoneMasked: user.profile?.phone?.masked ?? null,
    joinedAt: now,
  };
}

export async function creditMembers(ctx: NotifyContext, contest: ContestRecord, members: TeamMember[]) {
  for (const member of members) {
    await creditPerson(ctx, contest, member.person, member.orgPath);
  }
}

export async function uncreditMembers(ctx: NotifyContext, contest: ContestRecord, people: string[], reason: string) {
  for (const person of people) await uncreditPerson(ctx, contest, person, reason);
}

/** The booking store of a team contest: a promoted team is credited (when confirmed) and its captain told. */
export function teamStoreOf(ctx: NotifyContext, contest: ContestRecord): BookingStore<TeamRecord> {
  return {
    collection: contestTeams,
    promotedFields: (_team, now) => ({ state: heldState(contest), updatedAt: now }),
    afterPromotion: async (_db, team) => {
      if (team.state === 'confirmed') await creditMembers(ctx, contest, team.members);
      await contestEntryChanged(ctx, {
        person: team.captain,
        contestTitle: contest.title,
        status: team.state === 'confirmed' ? '候补转正' : '候补转为待审核',
        note: `队伍“${team.name}”已获得名额`,
      });
    },
  };
}

/** Claims the worker's one membership in this contest; refused when they are already in a team of it. */
export async function claimMembership(db: Db, contestId: string, person: string, teamId: string, now: Date) {
  try {
    await contestMembers.of(db).add({ _id: memberId(contestId, person), contestId, person, teamId, joinedAt: now });
  } catch (error) {
    if (!isDuplicateWrite(error)) throw error;
    throw new AppError('CONFLICT', '你已在本比赛的一支队伍中', 'teamId');
  }
}

export async function releaseMembership(db: Db, contestId: string, person: string) {
  await contestMembers.of(db).doc(memberId(contestId, person)).remove();
}

/** Adds `member` if the team is still open and below its maximum (one conditional write). */
export async function addMember(
  db: Db,
  team: TeamRecord,
  member: TeamMember,
  max: number,
  now: Date,
): Promise<boolean> {
  const _ = db.command;
  const added = await contestTeams
    .of(db)
    .where({ _id: team._id, count: _.lt(max), state: _.in(ACTIVE_TEAM) })
    .update({ members: _.push([member]), count: _.inc(1), updatedAt: now });
  return added.updated === 1;
}

/** Takes `person` out of the team (one conditional write); the team as it is after, or null if they were not in it. */
export async function removeMember(db: Db, team: TeamRecord, person: string, now: Date): Promise<TeamRecord | null> {
  const _ = db.command;
  const removed = (await contestTeams
    .of(db)
    .where({ _id: team._id, 'members.person': person })
    .updateAndReturn({ members: _.pull({ person }), count: _.inc(-1), updatedAt: now })) as {
    doc: TeamRecord | null;
  };
  return removed.doc ?? null;
}

/** Books a formed team into the contest's slot: a place (pending or confirmed) or the waitlist. */
export async function submitTeamEntry(ctx: NotifyContext, contest: ContestRecord, team: TeamRecord) {
  const booked = await bookStored(
    ctx.db,
    teamStoreOf(ctx, contest),
    slotOfContest(contest._id),
    team,
    (taken) => ({ state: taken.placed ? heldState(contest) : 'waitlisted', updatedAt: ctx.now }),
    ctx.now,
  );
  if (!booked) return (await contestTeams.byId(ctx.db, team._id)) ?? team;
  if (booked.entry.state === 'confirmed') await creditMembers(ctx, contest, booked.entry.members);
  return booked.entry;
}

/** Takes a booked or forming team out (cancelled, withdrawn), revoking every member's credit and releasing them. */
export async function endTeam(
  ctx: NotifyContext,
  contest: ContestRecord,
  team: TeamRecord,
  state: EntryState,
  reason: string | null,
) {
  const fields = { state, reason, updatedAt: ctx.now };
  if (team.place === 'out') {
    const ended = await contestTeams
      .of(ctx.db)
      .where({ _id: team._id, place: 'out', state: 'forming' })
      .update(fields);
    if (ended.updated !== 1) return false;
  } else if (!(await leave(ctx.db, teamStoreOf(ctx, contest), team, fields, ctx.now))) {
    return false;
  }
  const people = team.members.map((member) => member.person);
  await uncreditMembers(ctx, contest, people, reason ?? '取消报名');
  for (const person of people) await releaseMembership(ctx.db, contest._id, person);
  return true;
}

export async function teamView(
  db: Db,
  contest: ContestRecord,
  team: TeamRecord,
  viewer: string | null,
): Promise<TeamView> {
  const captainName = team.members.find((member) => member.person === team.captain)?.name ?? '';
  const hold = teamNameHold(team);
  return {
    teamId: team._id,
    contestId: contest._id,
    contestTitle: contest.title,
    name: shownTeamName(team, captainName, viewer),
    nameHold: hold && viewer === team.captain ? { state: hold.state, reason: hold.reason } : null,
    captainName,
    members: team.members.map((member) => ({
      name: member.name,
      orgName: member.orgName,
      captain: member.person === team.captain,
    })),
    min: contest.entry.teamMin,
    max: contest.entry.teamMax,
    state: team.state,
    position: await waitlistPosition(db, { collection: contestTeams }, team),
    reason: team.reason,
    isMember: !!viewer && team.members.some((member) => member.person === viewer),
    isCaptain: viewer === team.captain,
  };
}

/** A team as its members' entry (我的, the contest page): the team's state and id, and their part in it. */
export function teamEntryView(contest: ContestRecord, team: TeamRecord, viewer: string, position: number): EntryView {
  return {
    entryId: team._id,
    contestId: contest._id,
    contestTitle: contest.title,
    contestDay: contest.schedule.day,
    state: team.state,
    position,
    answers: team.answers,
    holds: NO_HOLDS,
    reason: team.reason,
    checkedIn: team.checkedIn ? { at: team.checkedIn.at.toISOString(), how: team.checkedIn.how } : null,
    result: null,
    team: teamOfEntry(team, viewer),
    createdAt: team.createdAt.toISOString(),
    person: null,
  };
}

function teamOfEntry(team: TeamRecord, viewer: string | 'staff'): NonNullable<EntryView['team']> {
  const captain = team.members.find((member) => member.person === team.captain);
  const hold = teamNameHold(team);
  return {
    teamId: team._id,
    name: shownTeamName(team, captain?.name ?? '', viewer),
    captain: team.captain === viewer,
    members: [...(captain ? [captain] : []), ...team.members.filter((member) => member !== captain)].map(
      (member) => member.name,
    ),
    nameHold: hold && (viewer === 'staff' || viewer === team.captain) ? hold.state : null,
  };
}

/** A team as a row of the organisers' 报名名单: its name (held or not), its captain as the person, its members. */
export function teamRowView(contest: ContestRecord, team: TeamRecord): EntryView {
  const captain = team.members.find((member) => member.person === team.captain);
  return {
    ...teamEntryView(contest, team, 'staff', 0),
    team: teamOfEntry(team, 'staff'),
    person: {
      userId: team.captain,
      name: captain?.name ?? '',
      orgName: captain?.orgName ?? null,
      phoneMasked: captain?.phoneMasked ?? null,
    },
  };
}
