// 十个一 completion for staff (issue 13, "Staff"): an organisation of their subtree with its children and the trend
// by month, the workers of one enterprise, and either as Excel. An organisation outside the caller's subtree and
// one that does not exist are refused alike, so a refusal tells nothing about organisations elsewhere.
import type { activityContract } from '../../../src/shared/contracts/activity';
import { itemTitle, TEN_ITEMS } from '../../../src/shared/tenones/items';
import { TABLE_PAGE_SIZE_DEFAULT } from '../../../src/shared/contracts/table-query';
import {
  childOrgs,
  cumulativeMonths,
  memberRow,
  monthsShown,
  readProgress,
  share,
  yearSummaries,
} from '../../../server/activity/dashboard';
import { storeExport } from '../../../server/exports/exports';
import { beijingText, buildWorkbook, type Sheet } from '../../../server/exports/workbook';
import { AppError } from '../../../server/kit/app-error';
import { literalPattern } from '../../../server/kit/db';
import { FORBIDDEN_MESSAGE, type GuardedContext, type GuardedHandlers } from '../../../server/kit/guarded-function';
import { readTablePage } from '../../../server/kit/table';
import { audit } from '../../../server/people/audit';
import { orgs, orgsById, type OrgRecord } from '../../../server/people/orgs';
import { users, type UserRecord } from '../../../server/people/users';
import { orgRef, type Orgs } from '../../../server/people/views';
import type { MemberProgressRow, OrgProgress } from '../../../src/shared/contracts/activity/dashboard';

/**
 * The organisation asked for, once the caller is known to be over it, with its ancestors (two reads). `check`
 * completes the action's rule against its path.
 */
async function orgInScope(
  ctx: GuardedContext,
  orgId: string,
  check: (path: string[]) => void,
  alsoRead: string[] = [],
) {
  const org = await orgs.byId(ctx.db, orgId);
  if (!org) throw new AppError('FORBIDDEN', FORBIDDEN_MESSAGE);
  check(org.path);
  // Nodes on the path are read with it (and a dashboard of one's own node needs no read beyond the organisation).
  const others = alsoRead.filter((id) => !org.path.includes(id));
  const known = await orgsById(ctx.db, [...org.path.slice(0, -1), ...others]);
  known.set(org._id, org);
  return { org, known };
}

/** The way back up: the organisations from the caller's own node down to the one shown, itself left out. */
function trailOf(ctx: GuardedContext, org: OrgRecord, known: Orgs) {
  const nodes = ctx.scopeNodes();
  const from = org.path.findIndex((id) => nodes.includes(id));
  return org.path.slice(Math.max(from, 0), -1).flatMap((id) => {
    const ancestor = known.get(id);
    return ancestor ? [orgRef(ancestor, known)] : [];
  });
}

const overRule = { who: 'staffOver' } as const;

function orgSheet(year: number, rows: OrgProgress[], note: string): Sheet<OrgProgress> {
  return {
    name: `${year}年十个一完成情况`,
    note,
    rows,
    columns: [
      { header: '组织', value: (row) => row.org.name },
      { header: '现有会员', value: (row) => row.members },
      ...TEN_ITEMS.flatMap(({ item }) => [
        { header: `${item}.${itemTitle(item)}（人）`, value: (row: OrgProgress) => row.done[item - 1] ?? 0 },
        {
          header: `${item}.完成率（%）`,
          value: (row: OrgProgress) => share(row.done[item - 1] ?? 0, row.members),
        },
      ]),
      { header: '十项全部完成（人）', value: (row) => row.allTen },
      { header: '全部完成率（%）', value: (row) => share(row.allTen, row.members) },
    ],
  };
}

function workerSheet(year: number, rows: MemberProgressRow[], note: string): Sheet<MemberProgressRow> {
  return {
    name: `${year}年十个一完成情况`,
    note,
    rows,
    columns: [
      { header: '姓名', value: (row) => row.name },
      ...TEN_ITEMS.map(({ item }) => ({
        header: `${item}.${itemTitle(item)}`,
        value: (row: MemberProgressRow) => (row.done[item - 1] ? '✓' : '—'),
      })),
      { header: '完成项数', value: (row) => `${row.doneCount}/10` },
    ],
  };
}

/** Every member of an enterprise now, a thousand a read, by name. */
async function allMembers(ctx: GuardedContext, orgId: string): Promise<UserRecord[]> {
  const all = await users.readAll(ctx.db, { orgId });
  return all.sort((a, b) => (a.profile?.realName ?? '').localeCompare(b.profile?.realName ?? '', 'zh-Hans-CN'));
}

export const dashboardHandlers = {
  progress: async ({ year, orgId }, ctx) => {
    const target = orgId ?? ctx.scopeNodes()[0];
    if (!target) throw new AppError('FORBIDDEN', FORBIDDEN_MESSAGE);
    const nodes = ctx.scopeNodes();
    // The caller's own nodes come with the ancestors, in the same read.
    const { org, known } = await orgInScope(ctx, target, (path) => ctx.require(overRule, path), nodes);
    // An enterprise's children are its workers (memberProgress), not organisations.
    const children = org.kind === 'enterprise' ? [] : await childOrgs(ctx.db, org._id);
    const read = await readProgress(ctx.db, org, children, year, known);
    return {
      year,
      org: read.org,
      children: read.children,
      months: cumulativeMonths(read.tally, monthsShown(year, ctx.now)),
      trail: trailOf(ctx, org, known),
      scopes: nodes.flatMap((id) => {
        const node = known.get(id);
        return node ? [orgRef(node, known)] : [];
      }),
    };
  },

  memberProgress: async ({ year, orgId, ...table }, ctx) => {
    const { org, known } = await orgInScope(ctx, orgId, (path) => ctx.requireOver(path));
    if (org.kind !== 'enterprise') {
      throw new AppError('INVALID_INPUT', '只有企业工会能按职工查看，请先选择一家企业', 'orgId');
    }
    const where: Record<string, unknown> = { orgId };
    if (table.search) where['profile.realName'] = literalPattern(ctx.db, table.search);
    const page = await readTablePage(ctx.db, users, where, {
      table: { pageSize: TABLE_PAGE_SIZE_DEFAULT, ...table },
      cursor: undefined,
      fields: { name: 'profile.realName' },
      defaults: { sortBy: 'name', order: 'asc' },
    });
    const summaryOf = await yearSummaries(ctx.db, page.rows, year);
    return {
      org: orgRef(org, known),
      trail: trailOf(ctx, org, known),
      rows: page.rows.map((user) => memberRow(user, summaryOf(user))),
      total: page.total,
      page: page.page,
    };
  },

  exportProgress: async ({ year, orgId }, ctx) => {
    const { org, known } = await orgInScope(ctx, orgId, (path) => ctx.requireOver(path));
    const made = `导出时间：${beijingText(ctx.now)}（北京时间）`;
    let sheet: Sheet<unknown>;
    let personal: boolean;
    if (org.kind === 'enterprise') {
      const people = await allMembers(ctx, org._id);
      const summaryOf = await yearSummaries(ctx.db, people, year);
      const rows = people.map((user) => memberRow(user, summaryOf(user)));
      sheet = workerSheet(
        year,
        rows,
        `${org.name} · ${year}年“十个一”完成情况（现有会员 ${rows.length} 人）· ${made}`,
      ) as Sheet<unknown>;
      // Names of workers with what they have done: personal, kept a day.
      personal = true;
    } else {
      const children = await childOrgs(ctx.db, org._id);
      const read = await readProgress(ctx.db, org, children, year, known);
      sheet = orgSheet(
        year,
        [...read.children, { ...read.org, org: { ...read.org.org, name: `${org.name}（合计）` } }],
        `${org.name} · ${year}年“十个一”完成情况，完成率按现有会员计 · ${made}`,
      ) as Sheet<unknown>;
      personal = false;
    }
    const bytes = await buildWorkbook([sheet], { creator: ctx.actor.name, at: ctx.now });
    const stamp = beijingText(ctx.now).replace(/-/g, '').replace(' ', '-').replace(':', '');
    const fileName = `${org.name}-${year}年十个一完成情况-${stamp}.xlsx`.replace(/[\\/:*?"<>|\s]+/g, '');
    const label = `${org.name} · ${year}年十个一完成情况`;
    const stored = await storeExport(ctx, {
      kind: 'activity.progress',
      label,
      orgPath: org.path,
      subjectId: org._id,
      fileName,
      rows: sheet.rows.length,
      personal,
      bytes,
    });
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: 'export.workbook',
      orgPath: org.path,
      target: { type: 'org', id: org._id, label },
      before: null,
      after: {
        export: `${year}年十个一完成情况`,
        file: stored.fileName,
        rows: stored.rows,
        personal: stored.personal,
        expiresAt: stored.expiresAt.toISOString(),
      },
    });
    return {
      fileName: stored.fileName,
      url: stored.url,
      rows: stored.rows,
      personal: stored.personal,
      expiresAt: stored.expiresAt.toISOString(),
    };
  },
} satisfies Pick<GuardedHandlers<typeof activityContract>, 'progress' | 'memberProgress' | 'exportProgress'>;
