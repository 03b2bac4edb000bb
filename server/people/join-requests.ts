// Join requests: the `joinRequests` collection, a person asking to join an enterprise union, for its staff to decide.
import { AppError } from '../kit/app-error';
import { storedCollection, type Db } from '../kit/db';

export interface JoinRequestRecord {
  _id: string;
  userId: string;
  orgId: string;
  orgPath: string[];
  note: string | null;
  status: 'pending' | 'approved' | 'rejected' | 'cancelled';
  createdAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  reason: string | null;
}

export const joinRequests = storedCollection<JoinRequestRecord>('joinRequests');

export async function joinRequestOrFail(db: Db, requestId: string): Promise<JoinRequestRecord> {
  const request = await joinRequests.byId(db, requestId);
  if (!request) throw new AppError('NOT_FOUND', '没有找到这个申请', 'requestId');
  return request;
}
