// Staff actions on contests: create and edit (rules freeze when registration opens; capacity only grows and growth
// promotes the waitlist), their table with counts, a contest's entries, and review of pending entries. Every act is
// audited; nobody reviews their own entry.
import {
  contestContract,
  contestSortFields,
  entrySortFields,
  type ContestFields,
} from '../../../src/shared/contracts/contest';
import { changedParts, refuseAfterOpening } from '../../../src/shared/contest/changes';
import { registrationHasOpened, type ContestPhase } from '../../../src/shared/contest/schedule';
import { beijingDay } from '../../../src/shared/time/beijing';
import { literalPattern, type Db } from '../../../server/kit/db';
import { promote, leave } from '../../../server/booking/entries';
import { growSlot, openSlot } from '../../../server/booking/slots';
import { settleHolds } from '../../../server/content-security/settle';
import { textHold } from '../../../server/content-security/holds';
import { decideHeldText } from '../../../server/content-security/text';
import { contestContent, contestEntryContent, screenPoster } from '../../../server/contest/content';
import { contestCounts, slotsOf } from '../../../server/contest/counts';
import {
  eligibilityOrgNames,
  newContestRecord,
  normaliseContest,
  orgKindFitsLevel,
} from '../../../server/contest/editing';
import { contestEntries, contestOrFail, contests, entryOrFail, slotOfContest } from '../../../server/contest/records';
import { bookingStoreOf, creditEntry, uncreditEntry } from '../../../server/contest/registration';
import { contestTeams, teamRowView, teamStoreOf } from '../../../server/contest/teams';
import { entryView, staffContestView } from '../../../server/contest/views';
import { reviewTeamEntry } from './team-acts';
import { AppError } from '../../../server/kit/app-error';
import type { GuardedHandlers } from '../../../server/kit/guarded-function';
import { refuseOwnMatter } from '../../../server/kit/recusal';
import { readTablePage } from '../../../server/kit/table';
import { contestEntryChanged } from '../../../server/notify/senders';
import { audit } from '../../../server/people/audit';
import { orgOrFail } from '../../../server/people/orgs';

const contestSorts: Record<(typeof contestSortFields)[number], string> = {
  day: 'schedule.day',
  createdAt: 'createdAt',
};
const entrySorts: Record<(typeof entrySortFields)[number], string> = { ticket: 'ticket', name: 'name' };

export const staffHandlers = {
  createContest: async ({ orgId, contest: fields }, ctx) => {
    const org = await orgOrFail(ctx.db, orgId);
    ctx.requireOver(org.path);
    if (!orgKindFitsLevel(org.kind, fields.level)) {
      throw new AppError('INVALID_INPUT', '比赛级别须与主办工会的层级一致', 'contest.level');
    }
    const created = newContestRecord(org, fields, await eligibilityOrgNames(ctx, fields), ctx.actor.id, ctx.now);
    const contest = { ...created, content: await screenPoster(ctx, created._id, created.poster) };
    await contests.of(ctx.db).add(contest);
    await settleHolds(ctx, contestContent, contest._id, contest.content);
    await openSlot(ctx.db, slotOfContest(contest._id), contest.capacity, ctx.now);
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: 'contest.create',
      orgPath: org.path,
      target: { type: 'contest', id: contest._id, label: contest.title },
      before: null,
      after: { title: contest.title, capacity: contest.capacity, schedule: contest.schedule },
    });
    const [slot] = await slotsOf(ctx.db, [contest._id]);
    return staffContestView(contest, slot, ctx.now);
  },

  updateContest: async ({ contestId, contest: fields, reason }, ctx) => {
    const current = await contestOrFail(ctx.db, contestId);
    ctx.requireOver(current.orgPath);
    const next: ContestFields = normaliseContest(fields);
    if (next.level !== current.level) throw new AppError('INVALID_INPUT', '比赛级别不能修改', 'contest.level');
    const opened = registrationHasOpened(current.schedule, ctx.now);
    if (opened) {
      const refusal = refuseAfterOpening(current, next);
      if (refusal) throw new AppError('CONFLICT', refusal.message, refusal.field);
      if (!reason) throw new AppError('INVALID_INPUT', '报名开始后修改须填写原因', 'reason');
    }
    const parts = changedParts(current, next);
    if (parts.length === 0) return staffContestView(current, (await slotsOf(ctx.db, [contestId]))[0], ctx.now);
    const grown = next.capacity - current.capacity;
    const content = await screenPoster(ctx, contestId, next.poster, current);
    const updated = await contests
      .of(ctx.db)
      .where({ _id: contestId, updatedAt: current.updatedAt })
      .update({
        ...next,
        eligibilityOrgs: await eligibilityOrgNames(ctx, next),
        content: ctx.db.command.set(content),
        updatedAt: ctx.now,
      });
    if (updated.updated !== 1) throw new AppError('CONFLICT', '比赛刚被其他人修改，请刷新后再改', 'contestId');
    await settleHolds(ctx, contestContent, contestId, content);
    const stored = await contestOrFail(ctx.db, contestId);
    if (grown !== 0) {
      // Before opening, capacity may also shrink: nobody holds a place yet.
      await growSlot(ctx.db, slotOfContest(contestId), grown, ctx.now);
      // A team contest's waitlist is its teams (a promoted team's members credited, its captain told).
      if (grown > 0 && stored.entry.kind === 'team') {
        await promote(ctx.db, teamStoreOf(ctx, stored), slotOfContest(contestId), ctx.now);
      } else if (grown > 0) await promote(ctx.db, bookingStoreOf(ctx, stored), slotOfContest(contestId), ctx.now);
    }
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: 'contest.update',
      orgPath: current.orgPath,
      target: { type: 'contest', id: contestId, label: stored.title },
      reason: reason ?? null,
      before: Object.fromEntries(parts.map((part) => [part, current[part as keyof ContestFields]])),
      after: Object.fromEntries(parts.map((part) => [part, next[part as keyof ContestFields]])),
    });
    return staffContestView(stored, (await slotsOf(ctx.db, [contestId]))[0], ctx.now);
  },

  myContests: async ({ level, phase, ...table }, ctx) => {
    const nodes = ctx.scopeNodes();
    const _ = ctx.db.command;
    const where: Record<string, unknown> = {
      orgPath: nodes.length === 1 ? nodes[0] : _.in(nodes),
      ...(level ? { level } : {}),
      // The table's search box looks for the words in the title.
      ...(table.search ? { title: literalPattern(ctx.db, table.search) } : {}),
    };
    const phaseWhere = phase ? phaseQuery(ctx.db, phase, ctx.now) : {};
    const read = await readTablePage(
      ctx.db,
      contests,
      { ...where, ...phaseWhere },
      {
        table,
        cursor: undefined,
        fields: contestSorts,
        defaults: { sortBy: 'day', order: 'desc' },
      },
    );
    const counts = await contestCounts(ctx.db, read.rows);
    return {
      rows: read.rows.map((contest) => ({
        contest: staffContestView(contest, counts.slots.get(contest._id), ctx.now),
        counts: counts.of(contest._id),
      })),
      total: read.total,
    };
  },

  staffContest: async ({ contestId }, ctx) => {
    const contest = await contestOrFail(ctx.db, contestId);
    ctx.require({ who: 'staffOver' }, contest.orgPath);
    const counts = await contestCounts(ctx.db, [contest]);
    return { contest: staffContestView(contest, counts.slots.get(contestId), ctx.now), counts: counts.of(contestId) };
  },

  contestEntries: async ({ contestId, state, ...table }, ctx) => {
    const contest = await contestOrFail(ctx.db, contestId);
    ctx.requireOver(contest.orgPath);
    if (contest.entry.kind === 'team') {
      // A team contest's entries are its teams (forming ones too), each with its captain and members.
      const teams = await readTablePage(
        ctx.db,
        contestTeams,
        { contestId, ...(state ? { state } : {}) },
        {
          table,
          cursor: undefined,
          fields: entrySorts,
          defaults: { sortBy: 'ticket', order: 'asc' },
        },
      );
      return { rows: teams.rows.map((team) => teamRowView(contest, team)), total: teams.total };
    }
    const read = await readTablePage(
      ctx.db,
      contestEntries,
      { contestId, ...(state ? { state } : {}) },
      {
        table,
        cursor: undefined,
        fields: entrySorts,
        defaults: { sortBy: 'ticket', order: 'asc' },
      },
    );
    return { rows: read.rows.map((entry) => entryView(entry, { contest, withPerson: true })), total: read.total };
  },

  reviewEntry: async ({ entryId, approve, reason }, ctx) => {
    // A team contest's entry is its team (team-acts.ts).
    const team = await contestTeams.byId(ctx.db, entryId);
    if (team) return reviewTeamEntry(ctx, team, approve, reason ?? null);
    const entry = await entryOrFail(ctx.db, entryId);
    const contest = await contestOrFail(ctx.db, entry.contestId);
    ctx.requireOver(contest.orgPath);
    refuseOwnMatter(ctx.actor.id, entry.person, '审核这条报名', 'entryId');
    if (entry.state !== 'pending') throw new AppError('CONFLICT', '这条报名不是待审核状态', 'entryId');
    if (approve) {
      const done = await contestEntries
        .of(ctx.db)
        .where({ _id: entryId, state: 'pending', place: 'held' })
        .update({ state: 'confirmed', reason: null, updatedAt: ctx.now });
      if (done.updated !== 1) throw new AppError('CONFLICT', '这条报名刚被处理过，请刷新', 'entryId');
      await creditEntry(ctx, contest, entry);
    } else {
      const left = await leave(
        ctx.db,
        bookingStoreOf(ctx, contest),
        entry,
        { state: 'rejected', reason, updatedAt: ctx.now },
        ctx.now,
      );
      if (!left) throw new AppError('CONFLICT', '这条报名刚被处理过，请刷新', 'entryId');
      await uncreditEntry(ctx, contest, entry.person, '报名未通过审核');
    }
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: approve ? 'contest.approveEntry' : 'contest.rejectEntry',
      orgPath: contest.orgPath,
      target: { type: 'contestEntry', id: entryId, label: `${contest.title}：${entry.name}` },
      reason: reason ?? null,
      before: { state: entry.state },
      after: { state: approve ? 'confirmed' : 'rejected' },
    });
    await contestEntryChanged(ctx, {
      person: entry.person,
      contestTitle: contest.title,
      status: approve ? '审核通过' : '未通过审核',
      note: approve ? `比赛日${contest.schedule.day}，请按时参赛` : `原因：${reason}`,
    });
    const stored = await entryOrFail(ctx.db, entryId);
    return entryView(stored, { contest, withPerson: true });
  },

  decideAnswerText: async ({ entryId, field, decision, reason }, ctx) => {
    const entry = await entryOrFail(ctx.db, entryId);
    const contest = await contestOrFail(ctx.db, entry.contestId);
    ctx.requireOver(contest.orgPath);
    refuseOwnMatter(ctx.actor.id, entry.person, '审核这条报名', 'entryId');
    const hold = textHold(entry.content, field);
    if (hold?.state !== 'review') throw new AppError('CONFLICT', '这项内容不在待审核状态', 'field');
    const label = contest.fields.find((one) => one.key === field)?.label ?? field;
    await decideHeldText(ctx, contestEntryContent, {
      ownerId: entryId,
      field,
      checkId: hold.checkId,
      passed: decision === 'pass',
      reason: reason ?? null,
      actor: ctx.actor,
      audit: {
        orgPath: contest.orgPath,
        target: { type: 'contestEntry', id: entryId, label: `${contest.title}：${entry.name}（${label}）` },
      },
    });
    return entryView(await entryOrFail(ctx.db, entryId), { contest, withPerson: true });
  },
} satisfies Pick<
  GuardedHandlers<typeof contestContract>,
  | 'createContest'
  | 'updateContest'
  | 'myContests'
  | 'staffContest'
  | 'contestEntries'
  | 'reviewEntry'
  | 'decideAnswerText'
>;

/** A phase as a query on the stored schedule (instants are stored as UTC ISO text, so text order is time order). */
function phaseQuery(db: Db, phase: ContestPhase, now: Date): Record<string, unknown> {
  const _ = db.command;
  const at = now.toISOString();
  const today = beijingDay(now);
  switch (phase) {
    case 'upcoming':
      return { 'schedule.opensAt': _.gt(at) };
    case 'open':
      return { 'schedule.opensAt': _.lte(at), 'schedule.closesAt': _.gt(at), 'schedule.day': _.gt(today) };
    case 'closed':
      return { 'schedule.closesAt': _.lte(at), 'schedule.day': _.gt(today) };
    case 'day':
      return { 'schedule.day': today };
    case 'over':
      return { 'schedule.day': _.lt(today) };
  }
}
