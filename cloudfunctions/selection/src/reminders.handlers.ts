// 提醒我: an expert asks to be reminded a day before scoring closes (the selection-clock sends it).
import type { selectionContract } from '../../../src/shared/contracts/selection';
import { scoringReminderAt } from '../../../src/shared/selection/reminders';
import { resultIsOut } from '../../../src/shared/selection/stages';
import { AppError } from '../../../server/kit/app-error';
import type { GuardedHandlers } from '../../../server/kit/guarded-function';
import { campaignOrFail } from '../../../server/selection/campaigns';
import { scoringReminderId, scoringReminders } from '../../../server/selection/scoring-reminders';

export const remindersHandlers = {
  remindMeToScore: async ({ campaignId }, ctx) => {
    ctx.requireExpertFor(campaignId);
    const campaign = await campaignOrFail(ctx.db, campaignId);
    const remindAt = scoringReminderAt(campaign.schedule.result);
    if (resultIsOut(campaign.stage) || ctx.now.getTime() >= campaign.schedule.result.getTime()) {
      throw new AppError('CONFLICT', '专家评审已经截止，不再提醒');
    }
    const { _id, ...record } = {
      _id: scoringReminderId(campaignId, ctx.actor.id),
      campaignId,
      userId: ctx.actor.id,
      openid: ctx.caller.openid,
      askedAt: ctx.now,
      sentAt: null,
    };
    // Asking again keeps one record (and, once sent, does not send it again: sentAt stays).
    const existing = await scoringReminders.byId(ctx.db, _id);
    if (!existing) await scoringReminders.of(ctx.db).doc(_id).set(record);
    return { campaignId, remindAt: remindAt.toISOString() };
  },
} satisfies Pick<GuardedHandlers<typeof selectionContract>, 'remindMeToScore'>;
