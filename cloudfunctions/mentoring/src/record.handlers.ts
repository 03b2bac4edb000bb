// The lecture team (宣讲团) and a master's record (劳模管理). Staff over a master put them on the team or take them
// off (audited); staff over an organisation see its members' lectures held in a month against the target, read from
// the members' year documents (master-years.ts), never from the sessions. A master's record reads a fixed number of
// documents — the master, the person, the studio, the team entry and one year document per year — however many
// sessions they gave.
import { mentoringContract } from '../../../src/shared/contracts/mentoring';
import { behindTarget } from '../../../src/shared/mentoring/sessions';
import { LECTURE_TARGET_PER_MONTH } from '../../../src/shared/mentoring/vocabulary';
import type { GuardedHandlers } from '../../../server/kit/guarded-function';
import { storeExport } from '../../../server/exports/exports';
import { beijingText, buildWorkbook } from '../../../server/exports/workbook';
import {
  heldIn,
  lectureTeam,
  masterYearId,
  yearsByIds,
  type LectureTeamRecord,
} from '../../../server/mentoring/master-years';
import { masterRecordOf } from '../../../server/mentoring/master-record';
import { masterRecordSheets } from '../../../server/mentoring/record-workbook';
import { masterOrFail } from '../../../server/mentoring/masters';
import { audit } from '../../../server/people/audit';
import { orgOrFail } from '../../../server/people/orgs';
import { member } from './masters.handlers';

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
    return masterRecordOf(ctx.db, await masterOrFail(ctx.db, masterId), ctx.now);
  },

  exportMasterRecord: async ({ masterId }, ctx) => {
    const master = await masterOrFail(ctx.db, masterId);
    ctx.requireOver(master.orgPath);
    const record = await masterRecordOf(ctx.db, master, ctx.now);
    const bytes = await buildWorkbook(masterRecordSheets(record, ctx.now), { creator: ctx.actor.name, at: ctx.now });
    const stamp = beijingText(ctx.now).replace(/-/g, '').replace(' ', '-').replace(':', '');
    const stored = await storeExport(ctx, {
      kind: 'mentoring.masterRecord',
      label: `${record.name} · 劳模档案`,
      orgPath: master.orgPath,
      subjectId: masterId,
      fileName: `${record.name}-劳模档案-${stamp}.xlsx`.replace(/[\\/:*?"<>|\s]+/g, ''),
      rows: record.years.length,
      // A named person's record: kept a day, as every export naming people is.
      personal: true,
      bytes,
    });
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: 'export.workbook',
      orgPath: master.orgPath,
      target: { type: 'master', id: masterId, label: record.name },
      before: null,
      after: { export: '劳模档案', file: stored.fileName, rows: stored.rows, personal: true },
    });
    return {
      fileName: stored.fileName,
      url: stored.url,
      rows: stored.rows,
      personal: stored.personal,
      expiresAt: stored.expiresAt.toISOString(),
    };
  },
} satisfies Pick<
  GuardedHandlers<typeof mentoringContract>,
  'setLectureTeam' | 'lectureTeam' | 'masterRecord' | 'exportMasterRecord'
>;
