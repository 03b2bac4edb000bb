// Joining an enterprise union: the directory of enterprises, a request staff decide (or its withdrawal), and an
// invite that joins at once.
import type { accountContract } from '../../../src/shared/contracts/account';
import { AppError } from '../../../server/kit/app-error';
import { literalPattern, type Db, type Transaction } from '../../../server/kit/db';
import { newId } from '../../../server/kit/ids';
import { invites, liveInviteOrFail } from '../../../server/people/invites';
import { joinRequests, type JoinRequestRecord } from '../../../server/people/join-requests';
import { orgs, orgsById, type OrgRecord } from '../../../server/people/orgs';
import { users, type UserRecord } from '../../../server/people/users';
import { orgRef } from '../../../server/people/views';
import { joinOrg } from '../../../server/people/membership';
import type { GuardedHandlers } from '../../../server/kit/guarded-function';
import { answerMe, current } from './me';

async function activeEnterprise(db: Db, orgId: string): Promise<OrgRecord> {
  const org = await orgs.byId(db, orgId);
  if (!org || org.kind !== 'enterprise') throw new AppError('NOT_FOUND', '没有找到这个企业工会', 'orgId');
  if (org.status !== 'active') throw new AppError('CONFLICT', '这个企业工会已撤销，不能加入', 'orgId');
  return org;
}

export const membershipHandlers = {
  directory: async ({ keyword }, ctx) => {
    const query: Record<string, unknown> = { kind: 'enterprise', status: 'active' };
    if (keyword) {
      query.name = literalPattern(ctx.db, keyword);
    }
    const { data } = (await orgs.of(ctx.db).where(query).orderBy('name', 'asc').limit(50).get()) as {
      data: OrgRecord[];
    };
    // The enterprises are in hand; only their parents (for the district's name) need reading.
    const known = await orgsById(ctx.db, new Set(data.map((org) => org.parentId ?? '')));
    for (const org of data) known.set(org._id, org);
    return { enterprises: data.map((org) => orgRef(org, known)) };
  },
  requestJoin: async ({ orgId, note }, ctx) => {
    const org = await activeEnterprise(ctx.db, orgId);
    const requestId = newId('j');
    const request: JoinRequestRecord = {
      _id: requestId,
      userId: '',
      orgId,
      orgPath: org.path,
      note: note || null,
      status: 'pending',
      createdAt: ctx.now,
      decidedBy: null,
      decidedAt: null,
      reason: null,
    };
    const me = await current(ctx);
    request.userId = me._id;
    // In one transaction: at most one pending request per person, also when two taps race.
    const user = await ctx.db.runTransaction(async (tx: Transaction) => {
      const fresh = (await users.in(tx).doc(me._id).get()).data as UserRecord;
      if (fresh.pending) throw new AppError('CONFLICT', '你已有一个待审核的入会申请，请先撤回');
      if (fresh.orgId === orgId) throw new AppError('CONFLICT', '你已经是这个企业工会的会员', 'orgId');
      const pending = { requestId, orgId, createdAt: ctx.now };
      await joinRequests.in(tx).add(request);
      await users.in(tx).doc(me._id).update({ pending });
      return { ...fresh, pending };
    });
    return answerMe(ctx.db, user as UserRecord, ctx.caller.grants);
  },
  cancelJoin: async (_input, ctx) => {
    const me = await current(ctx);
    const user = await ctx.db.runTransaction(async (tx: Transaction) => {
      const fresh = (await users.in(tx).doc(me._id).get()).data as UserRecord;
      if (!fresh.pending) throw new AppError('CONFLICT', '没有待审核的入会申请');
      const request = (await joinRequests.in(tx).doc(fresh.pending.requestId).get()).data as
        JoinRequestRecord | undefined;
      if (request?.status === 'pending') {
        await joinRequests.in(tx).doc(request._id).update({ status: 'cancelled', decidedAt: ctx.now });
      }
      await users.in(tx).doc(me._id).update({ pending: null });
      return { ...fresh, pending: null };
    });
    return answerMe(ctx.db, user as UserRecord, ctx.caller.grants);
  },
  inviteInfo: async ({ token }, ctx) => {
    const invite = await liveInviteOrFail(ctx.db, token, ctx.now);
    const org = await activeEnterprise(ctx.db, invite.orgId);
    const orgs = await orgsById(ctx.db, [org.parentId ?? '']);
    return { org: orgRef(org, orgs), expiresAt: invite.expiresAt.toISOString() };
  },
  acceptInvite: async ({ token }, ctx) => {
    const invite = await liveInviteOrFail(ctx.db, token, ctx.now);
    const org = await activeEnterprise(ctx.db, invite.orgId);
    const me = await current(ctx);
    const user = await joinOrg(ctx.db, me._id, org, ctx.now);
    await invites
      .of(ctx.db)
      .doc(invite._id)
      .update({ uses: ctx.db.command.inc(1) });
    return answerMe(ctx.db, user, ctx.caller.grants);
  },
} satisfies Pick<
  GuardedHandlers<typeof accountContract>,
  'directory' | 'requestJoin' | 'cancelJoin' | 'inviteInfo' | 'acceptInvite'
>;
