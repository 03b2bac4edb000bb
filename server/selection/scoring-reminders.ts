// Scoring reminders: the `scoringReminders` collection, one record per expert and campaign who tapped 提醒我,
// kept until the selection-clock sends the reminder (a day before scoring closes) and marks it sent.
import { storedCollection } from '../kit/db';

export interface ScoringReminderRecord {
  /** `<campaignId>.<userId>`: one per expert and campaign, however often they tap. */
  _id: string;
  campaignId: string;
  userId: string;
  /** Where the reminder goes (the expert's openid). */
  openid: string;
  askedAt: Date;
  /** When the reminder went, or null while it waits. */
  sentAt: Date | null;
}

export const scoringReminders = storedCollection<ScoringReminderRecord>('scoringReminders');

export const scoringReminderId = (campaignId: string, userId: string) => `${campaignId}.${userId}`;
