// What agreements, checks, endings and plan comments store (the design is in records.ts). The agreement lives on the
// apprenticeship itself — the agreed terms and, beside them, a change waiting for the apprentice — with the cadence's
// state kept current on every write: the latest check's day, the next due check, the instant it becomes overdue
// (`overdueAt`, indexed with orgPath and state for staff's cadence table) and `remindDue` (the same instant until the
// clock reminded it, then null: one reminder per due date and pair).
import type { StoredHolds } from '../content-security/holds';
import { storedCollection } from '../kit/db';
import type { Cadence, DueSlot, Term } from '../../src/shared/mentoring/agreement';
import type { GraduationGrade, PairEnding } from '../../src/shared/mentoring/vocabulary';
import type { ApprenticeshipRecord } from './records';

export interface AgreementGoal {
  goalId: string;
  text: string;
  targetDate: string;
}

export interface AgreementTerms {
  version: number;
  goals: AgreementGoal[];
  term: Term;
  cadence: Cadence;
  proposedAt: Date;
  proposedBy: string;
  confirmedAt: Date | null;
  /** Goal texts WeChat holds, by `goal_<goalId>`. */
  content?: StoredHolds;
}

export interface PairEnd {
  how: PairEnding;
  grade: GraduationGrade | null;
  /** The grade's comment, or staff's reason for dissolving. */
  comment: string;
  content?: StoredHolds;
  by: string;
  byName: string;
  at: Date;
}

/** The fields agreements add to an apprenticeship (absent on a pair formed before any agreement). */
export interface AgreementFields {
  agreed?: AgreementTerms | null;
  proposal?: AgreementTerms | null;
  /** The latest version proposed (0: none): each proposal is conditional on the one it read. */
  agreementVersion?: number;
  checkCount?: number;
  lastCheck?: string | null;
  nextDue?: DueSlot | null;
  overdueAt?: Date | null;
  remindDue?: Date | null;
  /** The Beijing year the clock last granted item 6 for (the forming grant leaves it unset). */
  creditYear?: number;
  ended?: PairEnd | null;
}

export type PairRecord = ApprenticeshipRecord & AgreementFields;

export interface CheckRecord {
  /** `<apprenticeship>.<n>`, n counting from 1: two checks racing for one number cannot both be stored. */
  _id: string;
  apprenticeship: string;
  n: number;
  date: string;
  kind: DueSlot['kind'];
  notes: string;
  progress: Array<{ goalId: string; percent: number }>;
  content?: StoredHolds;
  by: string;
  recordedAt: Date;
}

export interface PlanCommentRecord {
  _id: string;
  apprenticeship: string;
  apprentice: string;
  master: string;
  masterName: string;
  year: number;
  text: string;
  content?: StoredHolds;
  at: Date;
}

export const pairs = storedCollection<PairRecord>('apprenticeships');
export const apprenticeChecks = storedCollection<CheckRecord>('apprenticeChecks');
export const mentorPlanComments = storedCollection<PlanCommentRecord>('mentorPlanComments');

export const checkIdOf = (apprenticeship: string, n: number) => `${apprenticeship}.${n}`;
