// Cloud function `union`: what union staff do at and below their node of the tree. Every action is checked against
// the access table before it runs and against its target organisation inside; every act on someone else is
// written to the audit log with its reason and the before and after.
import { codePage, PAGES } from '../../../src/shared/routes';
import { randomBytes } from 'node:crypto';
import { unionContract } from '../../../src/shared/contracts/union';
import { CAMPAIGN_STAFF_KINDS } from '../../../src/shared/people/access';
import { childKinds, orgKindLabels } from '../../../src/shared/people/vocabulary';
import { AppError } from '../../../server/kit/app-error';
import { nextCursor, offsetOf, PAGE } from '../../../server/kit/paging';
import { audit } from '../../../server/people/audit';
import { createGuardedFunction, type GuardedContext } from '../../../server/kit/guarded-function';
import { membershipChange } from '../../../server/people/membership';
import { literalPattern, type Db, type Transaction } from '../../../server/kit/db';
import { newId } from '../../../server/kit/ids';
import { auditLog, type AuditRecord } from '../../../server/people/audit';
import { activeGrantsOf, grants, type GrantRecord } from '../../../server/people/grants';
import { invites, type InviteRecord } from '../../../server/people/invites';
import { joinRequestOrFail, joinRequests, type JoinRequestRecord } from '../../../server/people/join-requests';
import { orgOrFail, orgs, orgsWithParents, subtree, type OrgRecord } from '../../../server/people/orgs';
import { displayName, userOrFail, users, usersByIds, type UserRecord } from '../../../server/people/users';
import { decryptPersonal } from '../../../server/people/personal-crypto';
import {
  grantView,
  memberView,
  orgIdsFor,
  orgNode,
  orgRef,
  personSummary,
  type Orgs,
} from '../../../server/people/views';

/** The mini-program page an invite code opens (the account subpackage's invite page). */
const INVITE_PAGE = codePage(PAGES.account.invite);

const label = displayName;

async function members(db: Db, users: UserRecord[]) {
  const grants = await activeGrantsOf(
    db,
    users.map((user) => user._id),
  );
  const { ids, hints } = orgIdsFor(users, grants);
  const orgs = await orgsWithParents(db, ids, hints);
  return users.map((user) => memberView(user, grants, orgs));
}

function requestView(request: JoinRequestRecord, user: UserRecord | undefined, orgs: Orgs) {
  const org = orgs.get(request.orgId);
  if (!org) throw new Error(`join request ${request._id} points at a missing organisation`);
  return {
    id: request._id,
    person: user
      ? personSummary(user, orgs)
      : {
          id: request.userId,
          realName: '（已注销）',
          trade: '',
          skillLevel: 'junior' as const,
          phoneMasked: null,
          org: null,
          modelWorker: false,
        },
    org: orgRef(org, orgs),
    note: request.note,
    status: request.status,
    createdAt: request.createdAt.toISOString(),
    decidedAt: request.decidedAt?.toISOString() ?? null,
    reason: request.reason,
  };
}

/** Staff of an organisation are people inside the caller's subtree: nobody acts on strangers. */
function requireManaged(ctx: GuardedContext, user: UserRecord): void {
  ctx.require({ who: 'staffOver' }, user.orgPath.length > 0 ? user.orgPath : undefined);
}

export const main = createGuardedFunction(unionContract, {
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
    const siblings = await orgs.of(ctx.db).where({ parentId, name }).count();
    if (siblings.total > 0) throw new AppError('CONFLICT', '同一上级下已有同名组织', 'name');
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
    await orgs.of(ctx.db).add(org);
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
    await orgs.of(ctx.db).doc(orgId).update({ name });
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
    const children = await orgs.of(ctx.db).where({ parentId: orgId, status: 'active' }).count();
    if (children.total > 0) throw new AppError('CONFLICT', '请先撤销或移交下级组织');
    await orgs.of(ctx.db).doc(orgId).update({ status: 'retired' });
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

  listJoinRequests: async ({ status, cursor }, ctx) => {
    const offset = offsetOf(cursor);
    const { data } = (await joinRequests
      .of(ctx.db)
      .where({ orgPath: ctx.db.command.in(ctx.scopeNodes()), status })
      .orderBy('createdAt', status === 'pending' ? 'asc' : 'desc')
      .skip(offset)
      .limit(PAGE)
      .get()) as { data: JoinRequestRecord[] };
    const users = await usersByIds(
      ctx.db,
      data.map((request) => request.userId),
    );
    const { ids, hints } = orgIdsFor([...users.values()]);
    const orgs = await orgsWithParents(
      ctx.db,
      [...data.map((request) => request.orgId), ...ids],
      [...data.map((request) => request.orgPath[request.orgPath.length - 2] ?? ''), ...hints],
    );
    return {
      requests: data.map((request) => requestView(request, users.get(request.userId), orgs)),
      nextCursor: nextCursor(offset, data.length),
    };
  },

  decideJoin: async ({ requestId, approve, reason }, ctx) => {
    const request = await joinRequestOrFail(ctx.db, requestId);
    ctx.requireOver(request.orgPath);
    const org = await orgOrFail(ctx.db, request.orgId);
    if (approve && org.status !== 'active') throw new AppError('CONFLICT', '这个企业工会已撤销，不能批准加入');
    const decision = {
      status: approve ? ('approved' as const) : ('rejected' as const),
      decidedBy: ctx.actor.id,
      decidedAt: ctx.now,
      reason: reason ?? null,
    };
    // The request and the person change together, and only while the request is still pending: two staff
    // deciding at once cannot both win.
    const person = (await ctx.db.runTransaction(async (tx: Transaction) => {
      const fresh = (await joinRequests.in(tx).doc(requestId).get()).data as JoinRequestRecord;
      if (fresh.status !== 'pending') throw new AppError('CONFLICT', '这个申请已经处理过了');
      const user = (await users.in(tx).doc(fresh.userId).get()).data as UserRecord;
      const lastDecision = { requestId, orgId: org._id, approved: approve, reason: reason ?? null, at: ctx.now };
      const change: Partial<UserRecord> = approve
        ? { ...membershipChange(user, org, ctx.now), lastDecision }
        : { pending: null, lastDecision };
      await joinRequests.in(tx).doc(requestId).update(decision);
      await users.in(tx).doc(user._id).update(change);
      return { ...user, ...change };
    })) as UserRecord;
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: approve ? 'join.approve' : 'join.reject',
      orgPath: request.orgPath,
      target: { type: 'joinRequest', id: requestId, label: `${label(person)} → ${org.name}` },
      reason: reason ?? null,
      before: { status: 'pending' },
      after: { status: decision.status },
    });
    const { ids, hints } = orgIdsFor([person]);
    const orgs = await orgsWithParents(ctx.db, [org._id, ...ids], [org.parentId ?? '', ...hints]);
    return requestView({ ...request, ...decision }, person, orgs);
  },

  listMembers: async ({ orgId, cursor }, ctx) => {
    const org = await orgOrFail(ctx.db, orgId);
    ctx.requireOver(org.path);
    const offset = offsetOf(cursor);
    const { data } = (await users
      .of(ctx.db)
      .where({ orgId })
      .orderBy('joinedAt', 'desc')
      .skip(offset)
      .limit(PAGE)
      .get()) as { data: UserRecord[] };
    return { members: await members(ctx.db, data), nextCursor: nextCursor(offset, data.length) };
  },

  searchPeople: async ({ keyword }, ctx) => {
    const { data } = (await users
      .of(ctx.db)
      .where({
        orgPath: ctx.db.command.in(ctx.scopeNodes()),
        'profile.realName': literalPattern(ctx.db, keyword),
      })
      .limit(PAGE)
      .get()) as { data: UserRecord[] };
    return { people: await members(ctx.db, data) };
  },

  revealPersonal: async ({ userId, field, reason }, ctx) => {
    const user = await userOrFail(ctx.db, userId);
    // Someone with no enterprise is in nobody's subtree: only they see their own numbers.
    ctx.requireOver(user.orgPath.length > 0 ? user.orgPath : ['(none)']);
    const sealed = user.profile?.[field] ?? null;
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: `personal.reveal.${field}`,
      orgPath: user.orgPath,
      target: { type: 'user', id: userId, label: label(user) },
      reason,
      // The log records that the value was seen, never the value.
      before: null,
      after: { field, masked: sealed?.masked ?? null },
    });
    return { value: sealed ? decryptPersonal(sealed.sealed) : null };
  },

  createInvite: async ({ orgId, days }, ctx) => {
    const org = await orgOrFail(ctx.db, orgId);
    ctx.requireOver(org.path);
    if (org.kind !== 'enterprise') throw new AppError('INVALID_INPUT', '只能为企业工会生成邀请码', 'orgId');
    if (org.status !== 'active') throw new AppError('CONFLICT', '这个企业工会已撤销', 'orgId');
    // 12 letters and digits: the code's scene (`i=<token>`) must stay within WeChat's 32 characters.
    const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
    const token = Array.from(randomBytes(12), (byte) => alphabet[byte % alphabet.length]).join('');
    const expiresAt = new Date(ctx.now.getTime() + days * 86_400_000);
    const invite: InviteRecord = {
      _id: token,
      orgId,
      createdBy: ctx.actor.id,
      createdAt: ctx.now,
      expiresAt,
      uses: 0,
    };
    const { _id: inviteId, ...inviteBody } = invite;
    await invites.of(ctx.db).doc(inviteId).set(inviteBody);
    const code = (await ctx.app.callWxOpenApi({
      apiName: 'wxa/getwxacodeunlimit',
      requestData: { scene: `i=${token}`, page: INVITE_PAGE, check_path: false, width: 430 },
    })) as { result?: { errcode?: number; errmsg?: string; contentType?: string; buffer?: string } };
    if (!code.result?.buffer || code.result.errcode) {
      throw new Error(`wxacode failed: ${code.result?.errcode} ${code.result?.errmsg}`);
    }
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: 'invite.create',
      orgPath: org.path,
      target: { type: 'invite', id: token.slice(0, 4), label: org.name },
      before: null,
      after: { expiresAt: expiresAt.toISOString() },
    });
    return {
      token,
      expiresAt: expiresAt.toISOString(),
      codeImage: `data:${code.result.contentType ?? 'image/png'};base64,${code.result.buffer}`,
    };
  },

  grantRole: async (input, ctx) => {
    const user = await userOrFail(ctx.db, input.userId);
    if (!user.profile) throw new AppError('CONFLICT', '对方还没有填写资料', 'userId');
    requireManaged(ctx, user);
    let org: OrgRecord | undefined;
    if (input.role === 'staff') {
      org = await orgOrFail(ctx.db, input.orgId);
      ctx.require({ who: 'staffOver' }, org.path);
      if (org.status !== 'active') throw new AppError('CONFLICT', '这个组织已撤销', 'orgId');
    } else {
      ctx.require({ who: 'staff', kinds: CAMPAIGN_STAFF_KINDS });
    }
    const id = input.role === 'staff' ? `${user._id}.staff.${org!._id}` : `${user._id}.expert.${input.campaignId}`;
    const existing = await grants.byId(ctx.db, id);
    if (existing?.active) throw new AppError('CONFLICT', '对方已有这个授权');
    const grant: GrantRecord = {
      _id: id,
      userId: user._id,
      role: input.role,
      orgId: org?._id ?? null,
      orgPath: org?.path ?? [],
      orgKind: org?.kind ?? null,
      campaignId: input.role === 'expert' ? input.campaignId : null,
      grantedBy: ctx.actor.id,
      grantedAt: ctx.now,
      active: true,
      revokedAt: null,
    };
    const { _id, ...body } = grant;
    await grants.of(ctx.db).doc(_id).set(body);
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: `grant.${input.role}`,
      orgPath: org?.path ?? user.orgPath,
      target: { type: 'user', id: user._id, label: label(user) },
      reason: input.reason,
      before: existing ? { active: false } : null,
      after: { role: input.role, org: org?.name ?? null, campaignId: grant.campaignId },
    });
    return grantView(grant, await orgsWithParents(ctx.db, org ? [org._id] : []));
  },

  revokeRole: async ({ grantId, reason }, ctx) => {
    const grant = await grants.byId(ctx.db, grantId);
    if (!grant || !grant.active) throw new AppError('NOT_FOUND', '没有找到这个授权', 'grantId');
    const user = await userOrFail(ctx.db, grant.userId);
    if (grant.role === 'staff') ctx.require({ who: 'staffOver' }, grant.orgPath);
    else {
      ctx.require({ who: 'staff', kinds: CAMPAIGN_STAFF_KINDS });
      requireManaged(ctx, user);
    }
    await grants.of(ctx.db).doc(grantId).update({ active: false, revokedAt: ctx.now });
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: `revoke.${grant.role}`,
      orgPath: grant.orgPath.length > 0 ? grant.orgPath : user.orgPath,
      target: { type: 'grant', id: grantId, label: label(user) },
      reason,
      before: { active: true },
      after: { active: false },
    });
    return {};
  },

  designateModelWorker: async ({ userId, honours, reason }, ctx) => {
    const user = await userOrFail(ctx.db, userId);
    ctx.requireOver(user.orgPath.length > 0 ? user.orgPath : ['(none)']);
    if (!user.profile) throw new AppError('CONFLICT', '对方还没有填写资料', 'userId');
    const modelWorker = { honours, designatedBy: ctx.actor.id, designatedAt: ctx.now };
    await users
      .of(ctx.db)
      .doc(userId)
      .update({ modelWorker: ctx.db.command.set(modelWorker) });
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: 'modelWorker.designate',
      orgPath: user.orgPath,
      target: { type: 'user', id: userId, label: label(user) },
      reason,
      before: user.modelWorker ? { honours: user.modelWorker.honours } : null,
      after: { honours },
    });
    const [view] = await members(ctx.db, [{ ...user, modelWorker }]);
    return view!;
  },

  auditLog: async ({ cursor }, ctx) => {
    const offset = offsetOf(cursor);
    const { data } = (await auditLog
      .of(ctx.db)
      .where({ orgPath: ctx.db.command.in(ctx.scopeNodes()) })
      .orderBy('at', 'desc')
      .skip(offset)
      .limit(PAGE)
      .get()) as { data: AuditRecord[] };
    return {
      entries: data.map((entry) => ({
        id: entry._id,
        at: entry.at.toISOString(),
        actorName: entry.actorName,
        action: entry.action,
        targetType: entry.target.type,
        targetLabel: entry.target.label,
        reason: entry.reason,
        before: entry.before,
        after: entry.after,
      })),
      nextCursor: nextCursor(offset, data.length),
    };
  },
});
