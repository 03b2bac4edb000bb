// Contests: the `contests` collection (one per contest, with its organiser's path, so "staff over the organiser" is
// one membership test) and `contestEntries` (one per worker and contest: `<contestId>.<personId>`, so a second entry
// of the same worker cannot be stored whatever the retries). Entries carry the booking module's `slot`, `place` and
// `ticket`; the slot of a contest is `contest.<contestId>`.
import type { ContestFields, EntryState } from '../../src/shared/contracts/contest';
import type { StoredHolds } from '../content-security/holds';
import { AppError } from '../kit/app-error';
import { storedCollection, type Db } from '../kit/db';
import type { BookedEntry, BookingStore } from '../booking/entries';

export interface ContestRecord extends ContestFields {
  _id: string;
  orgId: string;
  orgPath: string[];
  orgName: string;
  /** Names of the organisations eligibility admits, for the rules' wording. */
  eligibilityOrgs: Record<string, string>;
  published: boolean;
  publishedAt: Date | null;
  /** When the contest clock did each of its jobs (null until then). */
  closingNoticeAt: Date | null;
  remindedAt: Date | null;
  absentMarkedAt: Date | null;
  /** The poster's image check while it holds or refused it (server/contest/content.ts). */
  content?: StoredHolds;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface ContestEntryRecord extends BookedEntry {
  contestId: string;
  person: string;
  /** The worker's enterprise path when they entered (staff tables and exports filter by it). */
  orgPath: string[];
  name: string;
  orgName: string | null;
  phoneMasked: string | null;
  state: EntryState;
  answers: Record<string, unknown>;
  /** Why it was rejected or taken out. */
  reason: string | null;
  checkedIn: { at: Date; how: 'scan' | 'manual'; by: string } | null;
  scores: { theory: number | null; practical: number | null } | null;
  /** Answers content security holds back (server/contest/content.ts). */
  content?: StoredHolds;
  createdAt: Date;
  updatedAt: Date;
}

export const contests = storedCollection<ContestRecord>('contests');
export const contestEntries = storedCollection<ContestEntryRecord>('contestEntries');

export const slotOfContest = (contestId: string) => `contest.${contestId}`;
export const entryIdOf = (contestId: string, personId: string) => `${contestId}.${personId}`;

export async function contestOrFail(db: Db, contestId: string): Promise<ContestRecord> {
  const contest = await contests.byId(db, contestId);
  if (!contest) throw new AppError('NOT_FOUND', '没有找到这个比赛', 'contestId');
  return contest;
}

export async function entryOrFail(db: Db, entryId: string): Promise<ContestEntryRecord> {
  const entry = await contestEntries.byId(db, entryId);
  if (!entry) throw new AppError('NOT_FOUND', '没有找到这条报名', 'entryId');
  return entry;
}

/** The state a held place starts in: 待审核 where the organiser reviews entries, else 已确认. */
export const heldState = (contest: Pick<ContestRecord, 'review'>): EntryState =>
  contest.review ? 'pending' : 'confirmed';

/** The booking store of contest entries; what a promotion does next is the caller's (`promotion.ts`). */
export function contestBookingStore(
  review: boolean,
  afterPromotion: BookingStore<ContestEntryRecord>['afterPromotion'],
): BookingStore<ContestEntryRecord> {
  return {
    collection: contestEntries,
    promotedFields: (_entry, now) => ({ state: review ? 'pending' : 'confirmed', updatedAt: now }),
    afterPromotion,
  };
}
