// Moving a person into an enterprise union. A worker belongs to one enterprise at a time; a move closes the open
// entry of their history and opens a new one, so the history is kept.
import { countMembershipMove } from '../credits/membership';
import { AppError } from '../kit/app-error';
import type { Db, Transaction } from '../kit/db';
import { joinRequests, type JoinRequestRecord } from './join-requests';
import type { OrgRecord } from './orgs';
import { users, type UserRecord } from './users';

/** The update that makes `user` a member of `org`, for use inside a transaction. */
export function membershipChange(user: UserRecord, org: OrgRecord, now: Date): Partial<UserRecord> {
  const history = user.history.map((entry) => (entry.to === null ? { ...entry, to: now } : entry));
  history.push({ orgId: org._id, orgName: org.name, from: now, to: null });
  return { orgId: org._id, orgPath: org.path, joinedAt: now, history, pending: null };
}

/** Cancels the person's pending request (joining by invite supersedes it). */
async function dropPending(tx: Transaction, user: UserRecord, now: Date): Promise<void> {
  if (!user.pending) return;
  const request = (await joinRequests.in(tx).doc(user.pending.requestId).get()).data as JoinRequestRecord | undefined;
  if (request?.status === 'pending') {
    await joinRequests.in(tx).doc(request._id).update({ status: 'cancelled', decidedAt: now });
  }
}

/** Joins at once (an invite): in one transaction with the person's record. */
export async function joinOrg(db: Db, userId: string, org: OrgRecord, now: Date): Promise<UserRecord> {
  let from: string[] = [];
  const joined = (await db.runTransaction(async (tx: Transaction) => {
    const user = (await users.in(tx).doc(userId).get()).data as UserRecord | undefined;
    if (!user) throw new AppError('NOT_FOUND', '没有找到这个人');
    if (user.orgId === org._id) throw new AppError('CONFLICT', '你已经是这个企业工会的会员');
    await dropPending(tx, user, now);
    const change = membershipChange(user, org, now);
    await users.in(tx).doc(userId).update(change);
    from = user.orgPath;
    return { ...user, ...change };
  })) as UserRecord;
  await membershipCounted(db, userId, from, joined.orgPath, now);
  return joined;
}

/**
 * After a membership changed: the members of each organisation and the person's 十个一 of this year follow them
 * (the credit module's counters). Outside the transaction, which may only touch documents by id; a call that dies
 * here leaves a difference the credit recount names and repairs.
 */
export async function membershipCounted(
  db: Db,
  userId: string,
  from: string[],
  to: string[],
  now: Date,
): Promise<void> {
  if (from.join('/') === to.join('/')) return;
  await countMembershipMove(db, userId, from, to, now);
}
