// Counting the votes of the campaigns that are voting (and of those whose last minute of voting is not yet in)
// into Beijing hours, for 投票监督's trend chart (server/selection/vote-hours.ts).
import type { TimerContext } from '../../../server/kit/timer-function';
import type { CampaignRecord } from '../../../server/selection/campaigns';
import { aggregateVoteHours, countsHours } from '../../../server/selection/vote-hours';

export async function voteHoursStep({ db, now }: TimerContext, active: CampaignRecord[]) {
  let buckets = 0;
  for (const campaign of active.filter(countsHours)) buckets += await aggregateVoteHours(db, campaign, now);
  return buckets;
}
