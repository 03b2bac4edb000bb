// Cloud function `selection-clock`, triggered every minute: the scheduled work of selections, kept off the vote
// path. It moves each campaign to its next stage once that stage's start date has come (under the same conditions
// as staff pressing the button; a refused change is logged and retried next minute), publishes vote counts once a
// day at the campaign's set time when counts are published daily, and looks for brushing (server/selection/
// detection.ts) in campaigns that are voting, counts their votes into Beijing hours for 投票监督's trend chart, and
// sends the scoring reminders experts asked for, a day before scoring closes. It also does the functions'
// housekeeping: Excel exports whose time is up (a day for personal data) are deleted from storage.
import { stages, type Stage } from '../../../src/shared/selection/stages';
import { createTimerFunction } from '../../../server/kit/timer-function';
import { campaigns, type CampaignRecord } from '../../../server/selection/campaigns';
import { dueStageChanges } from './stage-changes';
import { dailyCounts } from './daily-counts';
import { brushing } from './brushing';
import { deleteExpiredExports } from '../../../server/exports/exports';
import { scoringRemindersDue } from './scoring-reminders';
import { voteHoursStep } from './vote-hours';

const ACTIVE: Stage[] = stages.filter((stage) => stage !== 'final');

export const main = createTimerFunction(async (ctx) => {
  const { data } = (await campaigns
    .of(ctx.db)
    .where({ stage: ctx.db.command.in(ACTIVE) })
    .limit(1000)
    .get()) as { data: CampaignRecord[] };
  const stagesChanged = await dueStageChanges(ctx, data);
  const countsPublished = await dailyCounts(ctx, data);
  const flags = await brushing(ctx, data);
  // After the stage changes: a campaign that just left voting is counted to its last minute (countsHours).
  const voteHours = await voteHoursStep(ctx, data);
  const remindersSent = await scoringRemindersDue(ctx, data);
  const exportsDeleted = await deleteExpiredExports(ctx);
  return {
    campaigns: data.length,
    ...stagesChanged,
    countsPublished,
    flags,
    voteHours,
    remindersSent,
    exportsDeleted,
  };
});
