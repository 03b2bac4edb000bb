// A campaign's schedule as stored (dates) and as the contract carries it (ISO instants), and the rule that a
// change may not move a stage the campaign has already reached.
import type { Schedule } from '../../../src/shared/selection/rules';
import { changeRefusals, scheduleFixed } from '../../../src/shared/selection/campaign-changes';
import { scheduledStages } from '../../../src/shared/selection/stages';
import { AppError } from '../../../server/kit/app-error';
import type { CampaignRecord } from '../../../server/selection/campaigns';

export const toSchedule = (schedule: Schedule) =>
  Object.fromEntries(
    scheduledStages.map((stage) => [stage, new Date(schedule[stage])]),
  ) as CampaignRecord['schedule'];
export const fromSchedule = (schedule: CampaignRecord['schedule']) =>
  Object.fromEntries(scheduledStages.map((stage) => [stage, schedule[stage].toISOString()])) as Schedule;

/** A schedule change may not move the start of a stage the campaign has already reached. */
export function checkSchedule(campaign: CampaignRecord, schedule: Schedule): void {
  for (const stage of scheduledStages) {
    if (!scheduleFixed(campaign.stage, stage)) continue;
    if (Date.parse(schedule[stage]) !== campaign.schedule[stage].getTime()) {
      throw new AppError('CONFLICT', changeRefusals.schedule, `schedule.${stage}`);
    }
  }
}
