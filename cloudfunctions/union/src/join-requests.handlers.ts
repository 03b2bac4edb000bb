// Join requests: staff list the requests to their enterprises and decide them (the person joins in the same step).
import { joinDecided } from '../../../server/notify/senders';
import type { unionContract } from '../../../src/shared/contracts/union';
import { AppError } from '../../../server/kit/app-error';
import { refuseOwnMatter } from '../../../server/kit/recusal';
import { readTablePage } from '../../../server/kit/table';
import { audit } from '../../../server/people/audit';
import type { Transaction } from '../../../server/kit/db';
import { joinRequestOrFail, joinRequests, type JoinRequestRecord } from '../../../server/people/join-requests';
import { orgOrFail, orgsWithParents } from '../../../server/people/orgs';
import { displayName, users, usersByIds, type UserRecord } from '../../../server/people/users';
import { orgIdsFor, orgRef, personSummary, type Orgs } from '../../../server/people/views';

import { membershipChange, membershipCounted } from '../../../server/people/membership';
import type { GuardedHandlers } from '../../../server/kit/guarded-function';

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

export const joinRequestsHandlers = {
  listJoinRequests: async ({ status, table, cursor }, ctx) => {
    const page = await readTablePage(
      ctx.db,
      joinRequests,
      { orgPath: ctx.db.command.in(ctx.scopeNodes()), status },
      {
        table,
        cursor,
        fields: { createdAt: 'createdAt' },
        // Pending ones oldest first (who has waited longest); decided ones newest first.
        defaults: { sortBy: 'createdAt', order: status === 'pending' ? 'asc' : 'desc' },
      },
    );
    const data = page.rows;
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
      nextCursor: page.nextCursor,
      total: page.total,
      page: page.page,
    };
  },
  decideJoin: async ({ requestId, approve, reason }, ctx) => {
    const request = await joinRequestOrFail(ctx.db, requestId);
    ctx.requireOver(request.orgPath);
    refuseOwnMatter(ctx.actor.id, request.userId, '审批这个入会申请');
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
    let from: string[] = [];
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
      from = user.orgPath;
      return { ...user, ...change };
    })) as UserRecord;
    if (approve) await membershipCounted(ctx.db, person._id, from, person.orgPath, ctx.now);
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: approve ? 'join.approve' : 'join.reject',
      orgPath: request.orgPath,
      target: { type: 'joinRequest', id: requestId, label: `${displayName(person)} → ${org.name}` },
      reason: reason ?? null,
      before: { status: 'pending' },
      after: { status: decision.status },
    });
    await joinDecided(ctx, { openid: person.openid, orgName: org.name, approved: approve, reason: reason ?? null });
    const { ids, hints } = orgIdsFor([person]);
    const orgs = await orgsWithParents(ctx.db, [org._id, ...ids], [org.parentId ?? '', ...hints]);
    return requestView({ ...request, ...decision }, person, orgs);
  },
} satisfies Pick<GuardedHandlers<typeof unionContract>, 'listJoinRequests' | 'decideJoin'>;
