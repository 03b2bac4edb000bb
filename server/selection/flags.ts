// Flags: the `flags` collection, suspicions of brushing the selection clock raised, with their evidence, for staff.
import { AppError } from '../kit/app-error';
import { storedCollection, type Db } from '../kit/db';

/** A suspicion of brushing on a candidate, with its evidence, for staff to judge. */
export interface FlagRecord {
  /** `<candidateId>.<kind>.<window start ms>` */
  _id: string;
  campaignId: string;
  candidateId: string;
  kind: 'burst' | 'new-account-cluster';
  windowStart: Date;
  windowEnd: Date;
  raisedAt: Date;
  evidence: Record<string, unknown>;
  status: 'open' | 'dismissed' | 'actioned';
  handledBy: string | null;
  handledAt: Date | null;
  reason: string | null;
}

export const flags = storedCollection<FlagRecord>('flags');

export async function flagOrFail(db: Db, flagId: string): Promise<FlagRecord> {
  const flag = await flags.byId(db, flagId);
  if (!flag) throw new AppError('NOT_FOUND', '没有找到这条预警', 'flagId');
  return flag;
}
