// The union tree: what waits for the caller, the organisations at and below their nodes, and setting up, renaming
// and retiring an organisation.
import type { unionContract } from '../../../src/shared/contracts/union';
import { childKinds, orgKindLabels } from '../../../src/shared/people/vocabulary';
import { AppError } from '../../../server/kit/app-error';
import { isDuplicateWrite } from '../../../server/kit/db';
import { audit } from '../../../server/people/audit';
import { newId } from '../../../server/kit/ids';
import { grants } from '../../../server/people/grants';
import { joinRequests } from '../../../server/people/join-requests';
import { orgOrFail, orgs, orgsWithParents, subtree, type OrgRecord } from '../../../server/people/orgs';
import { users } from '../../../server/people/users';
import { orgNode, orgRef } from '../../../server/people/views';

import type { GuardedHandlers } from '../../../server/kit/guarded-function';

const SAME_NAME = '同一上级下已有同名组织';

export const orgsHandlers = {
  workbench: async (_input, ctx) => {
    const nodes = ctx.scopeNodes();
    const _ = ctx.db.command;
    const [pending, people, organisations, scopes] = await Promise.all([
      joinRequests
        .of(ctx.db)
        .where({ orgPath: _.in(nodes), status: 'pending' })
        .count(),
      users
        .of(ctx.db)
        .where({ orgPath: _.in(nodes) })
        .count(),
      orgs
        .of(ctx.db)
        .where({ path: _.in(nodes), status: 'active' })
        .count(),
      orgsWithParents(ctx.db, nodes),
    ]);
    return {
      scopes: nodes
        .map((node) => scopes.get(node))
        .filter((org): org is OrgRecord => !!org)
        .map((org) => orgRef(org, scopes)),
      pendingJoinRequests: pending.total,
      members: people.total,
      organisations: organisations.total,
    };
  },
  orgTree: async (_input, ctx) => {
    const nodes = ctx.scopeNodes();
    const trees = await Promise.all(nodes.map((node) => subtree(ctx.db, node)));
    const { data: list } = (await users
      .of(ctx.db)
      .aggregate()
      .match({ orgPath: ctx.db.command.in(nodes) })
      .group({ _id: '$orgId', count: ctx.db.command.aggregate.sum(1) })
      .limit(1000)
      .end()) as unknown as { data: Array<{ _id: string; count: number }> };
    const counts = new Map(list.map((row) => [row._id, row.count]));
    const orgs = trees.flat().sort((a, b) => a.path.length - b.path.length || a.name.localeCompare(b.name, 'zh'));
    return { orgs: orgs.map((org) => orgNode(org, counts.get(org._id) ?? 0)) };
  },
  createOrg: async ({ parentId, name, kind }, ctx) => {
    const parent = await orgOrFail(ctx.db, parentId, 'parentId');
    ctx.requireOver(parent.path);
    if (parent.status !== 'active') throw new AppError('CONFLICT', '上级组织已撤销', 'parentId');
    if (!childKinds[parent.kind].includes(kind)) {
      throw new AppError('INVALID_INPUT', `${orgKindLabels[parent.kind]}下不能设立${orgKindLabels[kind]}`, 'kind');
    }
    // Checked first for the usual case; the unique index (parentId, name) decides two creations at once.
    const siblings = await orgs.of(ctx.db).where({ parentId, name }).count();
    if (siblings.total > 0) throw new AppError('CONFLICT', SAME_NAME, 'name');
    const id = newId('o');
    const org: OrgRecord = {
      _id: id,
      name,
      kind,
      parentId,
      path: [...parent.path, id],
      status: 'active',
      createdAt: ctx.now,
      createdBy: ctx.actor.id,
    };
    await orgs
      .of(ctx.db)
      .add(org)
      .catch((error: unknown) => {
        throw isDuplicateWrite(error) ? new AppError('CONFLICT', SAME_NAME, 'name') : error;
      });
    // A retirement of the parent may have raced this creation. Each side writes first and then looks at the other
    // (here: the parent; retireOrg: the children), so at least one of them sees the other and steps back: never an
    // active union under a retired one.
    if ((await orgs.byId(ctx.db, parentId))?.status !== 'active') {
      await orgs.of(ctx.db).doc(id).remove();
      throw new AppError('CONFLICT', '上级组织已撤销', 'parentId');
    }
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: 'org.create',
      orgPath: org.path,
      target: { type: 'org', id, label: name },
      before: null,
      after: { name, kind, parent: parent.name },
    });
    return orgNode(org, 0);
  },
  renameOrg: async ({ orgId, name, reason }, ctx) => {
    const org = await orgOrFail(ctx.db, orgId);
    ctx.requireOver(org.path);
    if (org.name === name) throw new AppError('CONFLICT', '新名称与原名称相同', 'name');
    await orgs
      .of(ctx.db)
      .doc(orgId)
      .update({ name })
      .catch((error: unknown) => {
        throw isDuplicateWrite(error) ? new AppError('CONFLICT', SAME_NAME, 'name') : error;
      });
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: 'org.rename',
      orgPath: org.path,
      target: { type: 'org', id: orgId, label: name },
      reason,
      before: { name: org.name },
      after: { name },
    });
    const count = await users.of(ctx.db).where({ orgId }).count();
    return orgNode({ ...org, name }, count.total);
  },
  retireOrg: async ({ orgId, reason }, ctx) => {
    const org = await orgOrFail(ctx.db, orgId);
    ctx.requireOver(org.path);
    if (org.status === 'retired') throw new AppError('CONFLICT', '这个组织已经撤销');
    const activeChildren = async () =>
      (await orgs.of(ctx.db).where({ parentId: orgId, status: 'active' }).count()).total;
    if ((await activeChildren()) > 0) throw new AppError('CONFLICT', '请先撤销或移交下级组织');
    const retired = await orgs.of(ctx.db).where({ _id: orgId, status: 'active' }).update({ status: 'retired' });
    if (retired.updated !== 1) throw new AppError('CONFLICT', '这个组织已经撤销');
    // A child created at this moment (see createOrg): looked for again after the write, and the retirement undone.
    if ((await activeChildren()) > 0) {
      await orgs.of(ctx.db).doc(orgId).update({ status: 'active' });
      throw new AppError('CONFLICT', '请先撤销或移交下级组织');
    }
    // A retired union has no staff: their grants end with it, so nobody keeps powers over a closed node.
    const ended = await grants
      .of(ctx.db)
      .where({ orgId, role: 'staff', active: true })
      .update({ active: false, revokedAt: ctx.now });
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: 'org.retire',
      orgPath: org.path,
      target: { type: 'org', id: orgId, label: org.name },
      reason,
      before: { status: 'active' },
      after: { status: 'retired', staffGrantsEnded: ended.updated ?? 0 },
    });
    const count = await users.of(ctx.db).where({ orgId }).count();
    return orgNode({ ...org, status: 'retired' }, count.total);
  },
} satisfies Pick<
  GuardedHandlers<typeof unionContract>,
  'workbench' | 'orgTree' | 'createOrg' | 'renameOrg' | 'retireOrg'
>;
