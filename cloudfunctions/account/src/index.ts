// Cloud function `account`: what every WeChat user does for themselves. The caller is the platform's openid; a
// member of the public gets a record on their first call and can browse; saving personal fields needs consent to
// the current privacy terms first; joining an enterprise is a request staff decide, or an invite that joins at once.
import { accountContract } from '../../../src/shared/contracts/account';
import { maskIdNumber, maskPhone } from '../../../src/shared/people/personal-data';
import { PRIVACY_TERMS_VERSION } from '../../../src/shared/people/vocabulary';
import { AppError } from '../../../server/kit/app-error';
import { ensureUser } from '../../../server/people/caller';
import { createGuardedFunction, type GuardedContext } from '../../../server/kit/guarded-function';
import { literalPattern, type Db, type Transaction } from '../../../server/kit/db';
import { newId } from '../../../server/kit/ids';
import type { GrantRecord } from '../../../server/people/grants';
import { invites, liveInviteOrFail } from '../../../server/people/invites';
import { joinRequests, type JoinRequestRecord } from '../../../server/people/join-requests';
import { orgs, orgsById, orgsWithParents, type OrgRecord } from '../../../server/people/orgs';
import { users, type SealedField, type UserRecord } from '../../../server/people/users';
import { decryptPersonal, encryptPersonal } from '../../../server/people/personal-crypto';
import { meView, orgIdsFor, orgRef } from '../../../server/people/views';
import { joinOrg } from '../../../server/people/membership';

async function answerMe(db: Db, user: UserRecord, grants: GrantRecord[]) {
  const { ids, hints } = orgIdsFor([user], grants);
  return meView(user, grants, await orgsWithParents(db, ids, hints));
}

/** The caller's record as the guard loaded it, created on the first call. */
async function current(ctx: GuardedContext): Promise<UserRecord> {
  return ctx.caller.user ?? ensureUser(ctx.db, ctx.caller.openid, ctx.now);
}

function seal(value: string, mask: (plain: string) => string): SealedField {
  return { sealed: encryptPersonal(value), masked: mask(value) };
}

async function activeEnterprise(db: Db, orgId: string): Promise<OrgRecord> {
  const org = await orgs.byId(db, orgId);
  if (!org || org.kind !== 'enterprise') throw new AppError('NOT_FOUND', '没有找到这个企业工会', 'orgId');
  if (org.status !== 'active') throw new AppError('CONFLICT', '这个企业工会已撤销，不能加入', 'orgId');
  return org;
}

export const main = createGuardedFunction(accountContract, {
  me: async (_input, ctx) => answerMe(ctx.db, await current(ctx), ctx.caller.grants),

  consent: async ({ version }, ctx) => {
    if (version !== PRIVACY_TERMS_VERSION) {
      throw new AppError('CONFLICT', '隐私保护指引已更新，请重新阅读后再同意', 'version');
    }
    const user = await current(ctx);
    await users
      .of(ctx.db)
      .doc(user._id)
      .update({ consent: { version, at: ctx.now } });
    return answerMe(ctx.db, { ...user, consent: { version, at: ctx.now } }, ctx.caller.grants);
  },

  saveProfile: async (input, ctx) => {
    const user = await current(ctx);
    if (user.consent?.version !== PRIVACY_TERMS_VERSION) {
      throw new AppError('FORBIDDEN', '请先阅读并同意隐私保护指引', 'consent');
    }
    const previous = user.profile;
    const profile: NonNullable<UserRecord['profile']> = {
      realName: input.realName,
      trade: input.trade,
      skillLevel: input.skillLevel,
      // undefined keeps what is stored; null removes it.
      phone:
        input.phone === undefined ? (previous?.phone ?? null) : input.phone ? seal(input.phone, maskPhone) : null,
      idNumber:
        input.idNumber === undefined
          ? (previous?.idNumber ?? null)
          : input.idNumber
            ? seal(input.idNumber, maskIdNumber)
            : null,
      photoFileId: input.photoFileId === undefined ? (previous?.photoFileId ?? null) : input.photoFileId,
      updatedAt: ctx.now,
    };
    // `set` on the nested object replaces it whole, so a removed field does not linger.
    await users
      .of(ctx.db)
      .doc(user._id)
      .update({ profile: ctx.db.command.set(profile) });
    return answerMe(ctx.db, { ...user, profile }, ctx.caller.grants);
  },

  myPersonal: async (_input, ctx) => {
    const profile = ctx.caller.user?.profile;
    return {
      phone: profile?.phone ? decryptPersonal(profile.phone.sealed) : null,
      idNumber: profile?.idNumber ? decryptPersonal(profile.idNumber.sealed) : null,
    };
  },

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
});
