// The lecture team (宣讲团) and a master's record (劳模管理). Staff over a master put them on the team or take them
// off (audited); staff over an organisation see its members' lectures held in a month against the target, read from
// the members' year documents (master-years.ts), never from the sessions. A master's record reads a fixed number of
// documents — the master, the person, the studio, the team entry and one year document per year — however many
// sessions they gave.
import { mentoringContract } from '../../../src/shared/contracts/mentoring';
import { behindTarget } from '../../../src/shared/mentoring/sessions';
import { LECTURE_TARGET_PER_MONTH } from '../../../src/shared/mentoring/vocabulary';
import { beijingYear } from '../../../src/shared/time/beijing';
import type { GuardedHandlers } from '../../../server/kit/guarded-function';
import {
  heldIn,
  heldInYear,
  lectureTeam,
  masterYearId,
  yearsByIds,
  type LectureTeamRecord,
} from '../../../server/mentoring/master-years';
import { masterOrFail } from '../../../server/mentoring/masters';
import { studios } from '../../../server/mentoring/records';
import { audit } from '../../../server/people/audit';
import { honoursOf } from '../../../server/people/honours';
import { orgOrFail } from '../../../server/people/orgs';
import { displayName, users } from '../../../server/people/users';
import { member } from './masters.handlers';

/** Years a record shows, latest first: from the master's designation to now, at most this many. */
const RECORD_YEARS = 10;
const TEAM_LIMIT = 200;

export const recordHandlers = {
  setLectureTeam: async ({ masterId, member: on, reason }, ctx) => {
    const master = await masterOrFail(ctx.db, masterId);
    ctx.requireOver(master.orgPath);
    const before = await lectureTeam.byId(ctx.db, masterId);
    if ((before?.member ?? false) === on) return { masterId, member: on };
    const record: LectureTeamRecord = {
      _id: masterId,
      master: masterId,
      name: master.name,
      orgPath: master.orgPath,
      member: on,
      by: ctx.actor.id,
      since: ctx.now,
      updatedAt: ctx.now,
    };
    const { _id, ...fields } = record;
    await lectureTeam.of(ctx.db).doc(_id).set(fields);
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: on ? 'mentoring.joinLectureTeam' : 'mentoring.leaveLectureTeam',
      orgPath: master.orgPath,
      target: { type: 'master', id: masterId, label: master.name },
      reason,
      before: { member: before?.member ?? false },
      after: { member: on },
    });
    return { masterId, member: on };
  },

  lectureTeam: async ({ orgId, month }, ctx) => {
    const org = await orgOrFail(ctx.db, orgId);
    ctx.requireOver(org.path);
    const { data: members } = (await lectureTeam
      .of(ctx.db)
      .where({ orgPath: orgId, member: true })
      .limit(TEAM_LIMIT)
      .get()) as { data: LectureTeamRecord[] };
    const year = Number(month.slice(0, 4));
    const years = await yearsByIds(
      ctx.db,
      members.map((m) => masterYearId(m.master, year)),
    );
    const rows = members.map((m) => {
      const held = heldIn(years.get(masterYearId(m.master, year)), month, ctx.now);
      return {
        masterId: m.master,
        name: m.name,
        held,
        target: LECTURE_TARGET_PER_MONTH,
        behind: behindTarget(held, LECTURE_TARGET_PER_MONTH),
      };
    });
    rows.sort((a, b) => Number(b.behind) - Number(a.behind) || a.held - b.held || a.name.localeCompare(b.name, 'zh'));
    return { month, target: LECTURE_TARGET_PER_MONTH, rows };
  },

  masterRecord: async ({ masterId }, ctx) => {
    member(ctx);
    const master = await masterOrFail(ctx.db, masterId);
    const now = beijingYear(ctx.now);
    const first = Math.max(beijingYear(master.designatedAt), now - RECORD_YEARS + 1);
    const yearList = Array.from({ length: now - first + 1 }, (_, i) => now - i);
    const [person, studio, team, years] = await Promise.all([
      users.byId(ctx.db, masterId),
      studios.byId(ctx.db, masterId),
      lectureTeam.byId(ctx.db, masterId),
      yearsByIds(
        ctx.db,
        yearList.map((year) => masterYearId(masterId, year)),
      ),
    ]);
    return {
      masterId,
      name: person ? displayName(person) : master.name,
      honours: person ? honoursOf(person) : [],
      studio: studio ? { id: studio._id, name: studio.name, category: studio.category, stars: studio.stars } : null,
      lectureTeam: team?.member ?? false,
      years: yearList.map((year) => {
        const stored = years.get(masterYearId(masterId, year));
        return {
          year,
          sessionsGiven: stored?.given ?? 0,
          lecturesHeld: heldInYear(stored, ctx.now),
          peopleReached: stored?.reached ?? 0,
          apprentices: {
            // Pairs active now: a figure of the current year only (earlier years' come with 出师考核).
            active: year === now ? master.active : null,
            trained: stored?.apprentices?.trained ?? null,
            grades: stored?.apprentices?.grades ?? null,
          },
        };
      }),
    };
  },
} satisfies Pick<GuardedHandlers<typeof mentoringContract>, 'setLectureTeam' | 'lectureTeam' | 'masterRecord'>;
