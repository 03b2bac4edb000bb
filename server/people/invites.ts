// Invites: the `invites` collection, codes staff hand out that join a person to an enterprise union at once.
import { AppError } from '../kit/app-error';
import { storedCollection, type Db } from '../kit/db';

export interface InviteRecord {
  /** The token the code's scene carries. */
  _id: string;
  orgId: string;
  createdBy: string;
  createdAt: Date;
  expiresAt: Date;
  uses: number;
}

export const invites = storedCollection<InviteRecord>('invites');

/** An invite that has not expired at `now`. */
export async function liveInviteOrFail(db: Db, token: string, now: Date): Promise<InviteRecord> {
  const invite = await invites.byId(db, token);
  if (!invite || invite.expiresAt.getTime() < now.getTime()) {
    throw new AppError('NOT_FOUND', '邀请码无效或已过期，请向工会索取新的邀请码', 'token');
  }
  return invite;
}
