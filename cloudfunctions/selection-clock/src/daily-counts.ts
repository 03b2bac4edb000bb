// Publishing vote counts once a day at the campaign's set time, for campaigns whose counts are published daily.
import { beijingDay, inBeijing } from '../../../src/shared/time/beijing';
import type { TimerContext } from '../../../server/kit/timer-function';
import { campaigns, type CampaignRecord } from '../../../server/selection/campaigns';
import { candidates, type CandidateRecord } from '../../../server/selection/candidates';

export async function dailyCounts({ db, now }: TimerContext, active: CampaignRecord[]) {
  const published: string[] = [];
  const today = beijingDay(now);
  const time = inBeijing(now).format('HH:mm');
  for (const campaign of active) {
    const { countsVisibility, dailyPublishAt } = campaign.rules;
    if (campaign.stage !== 'voting' || countsVisibility !== 'daily' || !dailyPublishAt) continue;
    if (time < dailyPublishAt || campaign.countsPublishedDay === today) continue;
    const { data } = (await candidates
      .of(db)
      .where({ campaignId: campaign._id, status: 'approved' })
      .field({ _id: true, votes: true })
      .limit(1000)
      .get()) as { data: Array<Pick<CandidateRecord, '_id' | 'votes'>> };
    for (const candidate of data) {
      await candidates.of(db).doc(candidate._id).update({ publishedVotes: candidate.votes });
    }
    await campaigns.of(db).doc(campaign._id).update({ countsPublishedAt: now, countsPublishedDay: today });
    published.push(campaign._id);
  }
  return published;
}
