// A campaign's schedule as stored (dates) and as the contract carries it (ISO instants), and the rule that a
// change may not move a stage the campaign has already reached.
import type { Schedule } from '../../../src/shared/selection/rules';
import { changeRefusals, scheduleFixed, startsTooSoon } from '../../../src/shared/selection/campaign-changes';
import { beijingDay } from '../../../src/shared/time/beijing';
import { scheduledStages } from '../../../src/shared/selection/stages';
import { AppError } from '../../../server/kit/app-error';
import type { CampaignRecord } from '../../../server/selection/campaigns';

export const toSchedule = (schedule: Schedule) =>
  Object.fromEntries(
    scheduledStages.map((stage) => [stage, new Date(schedule[stage])]),
  ) as CampaignRecord['schedule'];
export const fromSchedule = (schedule: CampaignRecord['schedule']) =>
  Object.fromEntries(scheduledStages.map((stage) => [stage, schedule[stage].toISOString()])) as Schedule;

/**
 * A schedule change may not move the start of a stage the campaign has already reached, and may move a stage not
 * yet begun only to a day after today.
 */
export function checkSchedule(campaign: CampaignRecord, schedule: Schedule, now: Date): void {
  for (const stage of scheduledStages) {
    const moved = Date.parse(schedule[stage]) !== campaign.schedule[stage].getTime();
    if (!moved) continue;
    if (scheduleFixed(campaign.stage, stage)) {
      throw new AppError('CONFLICT', changeRefusals.schedule, `schedule.${stage}`);
    }
    if (startsTooSoon(beijingDay(schedule[stage]), now)) {
      throw new AppError('INVALID_INPUT', changeRefusals.tooSoon, `schedule.${stage}`);
    }
  }
}
