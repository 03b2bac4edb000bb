// Objections: the `objections` collection, named objections the public lodges during the 公示, and staff answers.
import type { StoredHolds } from '../content-security/holds';
import { AppError } from '../kit/app-error';
import { storedCollection, type Db } from '../kit/db';

export interface ObjectionRecord {
  _id: string;
  campaignId: string;
  candidateId: string | null;
  /** The candidate's name when lodged, so lists need no second read. */
  candidateName?: string | null;
  /** The objector as the campaign's salted hash of their openid (they can see their own objections). */
  by: string;
  name: string;
  contact: { sealed: string; masked: string };
  /** The objector's openid, sealed (encryptPersonal), so an answer reaches them; never shown or logged. */
  notifyTo?: string;
  reason: string;
  createdAt: Date;
  answer: { text: string; by: string; byName: string; at: Date } | null;
  /** The reason, when content security holds it for review or it was refused (absent: none). */
  content?: StoredHolds;
}

export const objections = storedCollection<ObjectionRecord>('objections');

export async function objectionOrFail(db: Db, objectionId: string): Promise<ObjectionRecord> {
  const objection = await objections.byId(db, objectionId);
  if (!objection) throw new AppError('NOT_FOUND', '没有找到这条异议', 'objectionId');
  return objection;
}

/** How many objections of a campaign still wait for an answer. */
export async function unansweredObjections(db: Db, campaignId: string): Promise<number> {
  return (await objections.of(db).where({ campaignId, answer: null }).count()).total;
}
