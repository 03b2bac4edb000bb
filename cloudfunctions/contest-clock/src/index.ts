// Cloud function `contest-clock`, triggered every ten minutes: the scheduled work of contests, kept off the
// registration path. When registration closes it tells those still waitlisted where they stand; the day before a
// contest it reminds every confirmed contestant; once the contest day is over it marks whoever did not check in
// 缺考 (absent), revoking their 十个一 credit. Each job marks its contest done, so runs that overlap or follow a run
// that died never do a job twice (a reminder carries a fixed message id as well).
import { createTimerFunction } from '../../../server/kit/timer-function';
import { closingNotices, dayBeforeReminders, markAbsent } from './jobs';

export const main = createTimerFunction(async (ctx) => ({
  closing: await closingNotices(ctx),
  reminders: await dayBeforeReminders(ctx),
  absent: await markAbsent(ctx),
}));
