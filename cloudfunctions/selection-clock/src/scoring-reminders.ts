// Scoring reminders, a day before scoring closes: each expert who tapped 提醒我 and still has candidates to score
// hears once how many (an in-app message, and a subscribe message where they accepted one). A reminder is marked
// sent by a conditional update before it goes, so overlapping runs of the clock never send it twice.
import { scoringReminderDue } from '../../../src/shared/selection/reminders';
import type { TimerContext } from '../../../server/kit/timer-function';
import { scoringReminder } from '../../../server/notify/senders';
import { grants } from '../../../server/people/grants';
import type { CampaignRecord } from '../../../server/selection/campaigns';
import { candidates } from '../../../server/selection/candidates';
import { scoringReminders } from '../../../server/selection/scoring-reminders';
import { countedScores, scores } from '../../../server/selection/scores';

export async function scoringRemindersDue(ctx: TimerContext, active: CampaignRecord[]): Promise<number> {
  const { db, now } = ctx;
  const _ = db.command;
  let sent = 0;
  for (const campaign of active) {
    if (!scoringReminderDue(campaign.stage, campaign.schedule.result, now)) continue;
    const waiting = await scoringReminders.readAll(db, { campaignId: campaign._id, sentAt: null });
    if (waiting.length === 0) continue;
    const approved = (await candidates.readAll(db, { campaignId: campaign._id, status: 'approved' })).map(
      (candidate) => candidate._id,
    );
    const experts = waiting.map((reminder) => reminder.userId);
    const done = countedScores(
      await scores.readAll(db, { campaignId: campaign._id, expertId: _.in(experts) }),
      approved,
      experts,
    );
    for (const reminder of waiting) {
      const claimed = await scoringReminders
        .of(db)
        .where({ _id: reminder._id, sentAt: null })
        .update({ sentAt: now });
      if (claimed.updated !== 1) continue;
      // A revoked expert has nothing to score here any more.
      if (!(await grants.byId(db, `${reminder.userId}.expert.${campaign._id}`))?.active) continue;
      const unscored = approved.length - done.filter((score) => score.expertId === reminder.userId).length;
      if (unscored <= 0) continue;
      await scoringReminder(ctx, {
        openid: reminder.openid,
        userId: reminder.userId,
        campaignId: campaign._id,
        campaignTitle: campaign.title,
        unscored,
        closesAt: campaign.schedule.result,
      });
      sent += 1;
    }
  }
  return sent;
}
