// Cloud function `mentoring-clock`, triggered every ten minutes: the scheduled work of 师带徒, kept off the users'
// paths. It reminds both people of a pair once per overdue check (the subscribe message where accepted, the in-app
// message always), and from 00:00 on 1 January (Beijing) grants every active pair's apprentice the new year's
// 十个一 item 6. Each job claims its pair by a conditional update, and credits are one per pair and year, so runs
// that overlap or repeat never do a job twice.
import { createTimerFunction } from '../../../server/kit/timer-function';
import { newYearCredits, overdueReminders } from './jobs';

export const main = createTimerFunction(async (ctx) => ({
  reminders: await overdueReminders(ctx),
  credited: await newYearCredits(ctx),
}));
