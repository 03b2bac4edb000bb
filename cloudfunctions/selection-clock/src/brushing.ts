// Looking for brushing (server/selection/detection.ts) in the campaigns that are voting.
import type { TimerContext } from '../../../server/kit/timer-function';
import type { CampaignRecord } from '../../../server/selection/campaigns';
import { tallyStatuses } from '../../../server/selection/candidates';
import { detectBrushing } from '../../../server/selection/detection';

export async function brushing({ db, now }: TimerContext, active: CampaignRecord[]) {
  const voting = active.filter((campaign) => campaign.stage === 'voting');
  const counts = await tallyStatuses(
    db,
    voting.map((campaign) => campaign._id),
  );
  const raised: string[] = [];
  for (const campaign of voting) {
    const flags = await detectBrushing(db, campaign, counts.get(`${campaign._id}.approved`) ?? 0, now);
    raised.push(...flags.map((flag) => flag._id));
  }
  return raised;
}
