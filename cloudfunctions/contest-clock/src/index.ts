// Cloud function `contest-clock`, triggered every ten minutes: the scheduled work of contests, kept off the
// registration path. When registration closes it tells those still waitlisted where they stand; the day before a
// contest it reminds every confirmed contestant; once the contest day is over it marks whoever did not check in
// 缺考 (absent), revoking their 十个一 credit. Each of these marks its contest done, so runs that overlap or follow a
// run that died never do a job twice (a reminder carries a fixed message id as well). It also recounts each open
// contest's places against its entries and settles what a registration that died half way left.
import { createTimerFunction } from '../../../server/kit/timer-function';
import { closingNotices, dayBeforeReminders, markAbsent, recountSlots } from './jobs';

export const main = createTimerFunction(async (ctx) => ({
  closing: await closingNotices(ctx),
  reminders: await dayBeforeReminders(ctx),
  absent: await markAbsent(ctx),
  slotsRecounted: await recountSlots(ctx),
}));
