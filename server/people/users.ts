// People: the `users` collection, one record per WeChat account that has called us, with its profile and membership.
import type { Honour } from '../../src/shared/contracts/people-common';
import type { FrontlineStatus, SkillLevel } from '../../src/shared/people/vocabulary';
import { AppError } from '../kit/app-error';
import { storedCollection, type Db } from '../kit/db';

/** A personal field at rest: ciphertext, and the masked form lists show. */
export interface SealedField {
  sealed: string;
  masked: string;
}

export interface UserRecord {
  _id: string;
  openid: string;
  createdAt: Date;
  consent: { version: string; at: Date } | null;
  profile: {
    realName: string;
    /** A trade code (`src/shared/people/trades.ts`); free text on records from before the list (read with tradeOf). */
    trade: string;
    /** The worker's own words for 其他 (or the old free text the migration kept); absent on old records. */
    tradeNote?: string | null;
    skillLevel: SkillLevel;
    phone: SealedField | null;
    idNumber: SealedField | null;
    photoFileId: string | null;
    updatedAt: Date;
  } | null;
  /** Current enterprise and its path (root first, itself last), or null. */
  orgId: string | null;
  orgPath: string[];
  joinedAt: Date | null;
  /** Past memberships; a move closes the current one here and keeps it. */
  history: Array<{ orgId: string; orgName: string; from: Date; to: Date | null }>;
  /** The one join request awaiting a decision, if any (a copy, so 我的 needs no second read). */
  pending: { requestId: string; orgId: string; createdAt: Date } | null;
  lastDecision: { requestId: string; orgId: string; approved: boolean; reason: string | null; at: Date } | null;
  /**
   * The person's honours, model worker or not: the one store every feature reads (through `honoursOf`). Absent on
   * records from before it, whose honours are still under `modelWorker.honours` until `migratePeople` moves them.
   */
  honours?: StoredHonour[];
  /** The model-worker designation; `honours` here only on records not yet migrated. */
  modelWorker: { designatedBy: string; designatedAt: Date; honours?: StoredHonour[] } | null;
  /** 一线职工: what the worker says and what their enterprise union decided (absent: never stated). */
  frontline?: FrontlineRecord;
}

/** An honour as stored: today's shape, or one from before codes and trades (title, level, year only). */
export type StoredHonour = Omit<Honour, 'code' | 'trade'> & Partial<Pick<Honour, 'code' | 'trade'>>;

export interface FrontlineRecord {
  /** `pending`: stated by the worker, not yet decided; only `confirmed` counts for a contest. */
  status: FrontlineStatus;
  /** The last staff decision (confirm or withdraw), kept for the worker's page and the audit. */
  decidedBy: string | null;
  decidedAt: Date | null;
}

export const users = storedCollection<UserRecord>('users');

export async function userOrFail(db: Db, userId: string): Promise<UserRecord> {
  const user = await users.byId(db, userId);
  if (!user) throw new AppError('NOT_FOUND', '没有找到这个人', 'userId');
  return user;
}

export async function userByOpenid(db: Db, openid: string): Promise<UserRecord | undefined> {
  const { data } = (await users.of(db).where({ openid }).limit(1).get()) as { data: UserRecord[] };
  return data[0];
}

/** People by id, in one request. */
export async function usersByIds(db: Db, ids: string[]): Promise<Map<string, UserRecord>> {
  if (ids.length === 0) return new Map();
  const { data } = (await users
    .of(db)
    .where({ _id: db.command.in([...new Set(ids)]) })
    .limit(1000)
    .get()) as { data: UserRecord[] };
  return new Map(data.map((user) => [user._id, user]));
}

/** How staff lists and the audit log name a person. */
export const displayName = (user: Pick<UserRecord, 'profile'>) => user.profile?.realName ?? '（未填写资料）';
