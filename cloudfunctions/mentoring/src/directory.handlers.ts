// What the 师带徒 pages read besides the first slice's actions: staff's table of the masters in their part of the
// tree, each with their studio's stars, and the organisations 找师傅 filters by.
import { mentoringContract, type masterSortFields } from '../../../src/shared/contracts/mentoring';
import { literalPattern } from '../../../server/kit/db';
import type { GuardedHandlers } from '../../../server/kit/guarded-function';
import { readTablePage } from '../../../server/kit/table';
import { masterViews } from '../../../server/mentoring/masters';
import { masters, studios, type StudioRecord } from '../../../server/mentoring/records';
import { orgs, type OrgRecord } from '../../../server/people/orgs';
import { member } from './masters.handlers';

const masterSorts: Record<(typeof masterSortFields)[number], string> = { designatedAt: 'designatedAt', free: 'free' };
/** More organisations than a city's districts and enterprises a picker can show is a search's job, not a list's. */
const ORG_LIST = 100;

export const directoryHandlers = {
  staffMasters: async ({ trade, ...table }, ctx) => {
    const nodes = ctx.scopeNodes();
    const _ = ctx.db.command;
    const where: Record<string, unknown> = {
      orgPath: nodes.length === 1 ? nodes[0] : _.in(nodes),
      ...(trade ? { trade } : {}),
      ...(table.search ? { name: literalPattern(ctx.db, table.search) } : {}),
    };
    const read = await readTablePage(ctx.db, masters, where, {
      table,
      cursor: undefined,
      fields: masterSorts,
      defaults: { sortBy: 'designatedAt', order: 'desc' },
    });
    const ids = read.rows.map((row) => row._id);
    const [views, rated] = await Promise.all([
      masterViews(ctx.db, read.rows),
      ids.length === 0
        ? Promise.resolve({ data: [] as StudioRecord[] })
        : (studios
            .of(ctx.db)
            .where({ _id: _.in(ids) })
            .limit(ids.length)
            .get() as Promise<{ data: StudioRecord[] }>),
    ]);
    const stars = new Map(rated.data.map((studio) => [studio._id, studio.stars]));
    return {
      rows: views.map((master) => ({ master, stars: stars.get(master.masterId) ?? null })),
      total: read.total,
    };
  },

  mentorOrgs: async (_input, ctx) => {
    member(ctx);
    const _ = ctx.db.command;
    const { data } = (await orgs
      .of(ctx.db)
      .where({ status: 'active', kind: _.in(['district', 'industry', 'enterprise']) })
      .orderBy('name', 'asc')
      .limit(ORG_LIST)
      .get()) as { data: OrgRecord[] };
    return {
      orgs: data.map((org) => ({ id: org._id, name: org.name, kind: org.kind, parentId: org.parentId })),
    };
  },
} satisfies Pick<GuardedHandlers<typeof mentoringContract>, 'staffMasters' | 'mentorOrgs'>;
