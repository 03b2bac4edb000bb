// Who is calling: the platform's openid, their record (if they have one) and their active grants. Also the
// deploy-time bootstrap of the first city staff account.
import type { Principal } from '../../src/shared/people/access';
import type { Db } from '../kit/db';
import { newId } from '../kit/ids';
import { activeGrants, grants, type GrantRecord } from './grants';
import { orgs, type OrgRecord } from './orgs';
import { userByOpenid, users, type UserRecord } from './users';

export interface Caller {
  openid: string;
  user: UserRecord | undefined;
  grants: GrantRecord[];
  principal: Principal;
}

export function blankUser(openid: string, now: Date): UserRecord {
  return {
    _id: newId('u'),
    openid,
    createdAt: now,
    consent: null,
    profile: null,
    orgId: null,
    orgPath: [],
    joinedAt: null,
    history: [],
    pending: null,
    lastDecision: null,
    modelWorker: null,
  };
}

/** The caller's record, created on first use. Two first calls at once both end with the same record. */
export async function ensureUser(db: Db, openid: string, now: Date): Promise<UserRecord> {
  const existing = await userByOpenid(db, openid);
  if (existing) return existing;
  const fresh = blankUser(openid, now);
  try {
    await users.of(db).add(fresh);
    return fresh;
  } catch (error) {
    // The unique openid index turned away a concurrent first call: theirs won, use it.
    const winner = await userByOpenid(db, openid);
    if (winner) return winner;
    throw error;
  }
}

export const BOOTSTRAP_ORG_ID = 'org-city';

/**
 * The first city staff account comes from deploy-time settings: JX_BOOTSTRAP_STAFF_OPENID names the WeChat
 * account, JX_CITY_UNION_NAME the city union. On that account's first call the city organisation and its staff
 * grant are created; afterwards the setting does nothing (remove it once more staff are granted).
 */
async function bootstrap(db: Db, openid: string, now: Date): Promise<void> {
  if (!openid || process.env.JX_BOOTSTRAP_STAFF_OPENID !== openid) return;
  const user = await ensureUser(db, openid, now);
  if ((await activeGrants(db, user._id)).length > 0) return;
  if (!(await orgs.byId(db, BOOTSTRAP_ORG_ID))) {
    const city: Omit<OrgRecord, '_id'> = {
      name: process.env.JX_CITY_UNION_NAME || '示范市总工会',
      kind: 'city',
      parentId: null,
      path: [BOOTSTRAP_ORG_ID],
      status: 'active',
      createdAt: now,
      createdBy: 'bootstrap',
    };
    await orgs.of(db).doc(BOOTSTRAP_ORG_ID).set(city);
  }
  const grant: Omit<GrantRecord, '_id'> = {
    userId: user._id,
    role: 'staff',
    orgId: BOOTSTRAP_ORG_ID,
    orgPath: [BOOTSTRAP_ORG_ID],
    orgKind: 'city',
    campaignId: null,
    grantedBy: 'bootstrap',
    grantedAt: now,
    active: true,
    revokedAt: null,
  };
  // A fixed id: two first calls at once write the same grant.
  await grants.of(db).doc(`bootstrap-${user._id}`).set(grant);
}

/** `grants: false` skips reading the caller's grants, for actions that never consult them (see `grantless`). */
export async function loadCaller(db: Db, openid: string, now: Date, load = { grants: true }): Promise<Caller> {
  await bootstrap(db, openid, now);
  const user = await userByOpenid(db, openid);
  const grants = user && load.grants ? await activeGrants(db, user._id) : [];
  return {
    openid,
    user,
    grants,
    principal: {
      profiled: Boolean(user?.profile),
      staffAt: grants
        .filter((grant) => grant.role === 'staff' && grant.orgKind !== null)
        .map((grant) => ({ path: grant.orgPath, kind: grant.orgKind! })),
      expertFor: grants
        .filter((grant) => grant.role === 'expert' && grant.campaignId)
        .map((grant) => grant.campaignId!),
    },
  };
}
