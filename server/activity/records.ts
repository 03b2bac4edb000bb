// The 十个一 records a worker keeps: log entries of items 1–8 (`activityEntries`, under the id the phone made), the
// diary of item 9 (`diaryEntries`, one per person and day) and the plan of item 10 (`plans`, one per person and
// year). Each keeps its content-security holds under `content`, a `version` every write increments (so crediting
// can tell whether it read the latest), and the history of who changed it and when.
import type { RecordState } from '../../src/shared/contracts/activity/common';
import type { StoredHolds } from '../content-security/holds';
import { storedCollection } from '../kit/db';

export interface HistoryEvent {
  action: 'created' | 'edited' | 'deleted' | 'accepted' | 'rejected' | 'photoRefused' | 'textRefused';
  by: string;
  byName: string;
  at: Date;
  note: string | null;
}

interface Kept {
  _id: string;
  /** The author's user id and openid (content checks are made in the author's name). */
  person: string;
  openid: string;
  /** The author's organisation path when last written: staff over it review the record. */
  orgPath: string[];
  year: number;
  content: StoredHolds;
  /** How it reads now (recordState), kept for the staff queue's filter; settling the credit keeps it current. */
  state: RecordState;
  version: number;
  history: HistoryEvent[];
  createdAt: Date;
  updatedAt: Date;
}

export interface EntryRecord extends Kept {
  item: number;
  /** Beijing day of the activity. */
  date: string;
  title: string;
  place: string;
  partner: string;
  detail: string;
  photos: string[];
  /** A digest of what was first sent, so a repeat of the same send is answered and a different one refused. */
  sent: string;
  review: { decision: 'accepted' | 'rejected'; reason: string | null; by: string; byName: string; at: Date } | null;
  deleted: { at: Date } | null;
}

export interface DiaryRecord extends Kept {
  /** `<person>.<date>`. */
  date: string;
  text: string;
  photos: string[];
}

export interface PlanGoal {
  goalId: string;
  text: string;
  targetDate: string;
  outcome: 'achieved' | 'missed' | null;
  markedAt: Date | null;
}

export interface PlanRecord extends Kept {
  /** `<person>.<year>`. */
  goals: PlanGoal[];
}

export const activityEntries = storedCollection<EntryRecord>('activityEntries');
export const diaryEntries = storedCollection<DiaryRecord>('diaryEntries');
export const plans = storedCollection<PlanRecord>('plans');

export const diaryId = (person: string, date: string) => `${person}.${date}`;
export const planId = (person: string, year: number) => `${person}.${year}`;
