// Voter days: the `voterDays` collection, one voter's day in one campaign, against which the quota and the
// once-per-candidate rule are checked atomically.
import { storedCollection } from '../kit/db';

export interface VoterDayRecord {
  /** `<campaignId>.<day>.<voter>` */
  _id: string;
  campaignId: string;
  voter: string;
  day: string;
  used: number;
  candidates: string[];
  /** Request ids already counted today, so a retried request is answered, not counted again. */
  requests: string[];
  riskRank: number;
  weight: number;
  createdAt: Date;
  lastAt: Date;
}

export const voterDays = storedCollection<VoterDayRecord>('voterDays');
