// Cloud function `selection-clock`, triggered every minute: the scheduled work of selections, kept off the vote
// path. It moves each campaign to its next stage once that stage's start date has come (under the same conditions
// as staff pressing the button; a refused change is logged and retried next minute), publishes vote counts once a
// day at the campaign's set time when counts are published daily, and looks for brushing (server/selection/
// detection.ts) in campaigns that are voting.
import { nextStage, stages, type Stage } from '../../../src/shared/selection/stages';
import { beijingDay, inBeijing } from '../../../src/shared/time/beijing';
import { AppError } from '../../../server/kit/app-error';
import { createTimerFunction, type TimerContext } from '../../../server/kit/timer-function';
import { SYSTEM_ACTOR } from '../../../server/kit/actor';
import { audit } from '../../../server/people/audit';
import { campaigns, type CampaignRecord } from '../../../server/selection/campaigns';
import { candidates, tallyStatuses, type CandidateRecord } from '../../../server/selection/candidates';
import { detectBrushing } from '../../../server/selection/detection';
import { advance } from '../../../server/selection/stage-change';

const ACTIVE: Stage[] = stages.filter((stage) => stage !== 'final');

async function dueStageChanges({ db, now }: TimerContext, active: CampaignRecord[]) {
  const moved: string[] = [];
  const held: string[] = [];
  for (const campaign of active) {
    const next = nextStage(campaign.stage);
    if (!next || next === 'draft' || campaign.schedule[next].getTime() > now.getTime()) continue;
    try {
      const { to } = await advance(db, campaign, now);
      await audit(db, SYSTEM_ACTOR, now, {
        action: 'campaign.stage',
        orgPath: campaign.orgPath,
        target: { type: 'campaign', id: campaign._id, label: campaign.title },
        reason: '按日程自动进入下一阶段',
        before: { stage: campaign.stage },
        after: { stage: to },
      });
      moved.push(`${campaign._id}:${to}`);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      // Staff see why on the campaign; the clock tries again next minute.
      console.warn(`campaign ${campaign._id} stays in ${campaign.stage}: ${error.message}`);
      held.push(campaign._id);
    }
  }
  return { moved, held };
}

async function dailyCounts({ db, now }: TimerContext, active: CampaignRecord[]) {
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

async function brushing({ db, now }: TimerContext, active: CampaignRecord[]) {
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

export const main = createTimerFunction(async (ctx) => {
  const { data } = (await campaigns
    .of(ctx.db)
    .where({ stage: ctx.db.command.in(ACTIVE) })
    .limit(1000)
    .get()) as { data: CampaignRecord[] };
  const stagesChanged = await dueStageChanges(ctx, data);
  const countsPublished = await dailyCounts(ctx, data);
  const flags = await brushing(ctx, data);
  return { campaigns: data.length, ...stagesChanged, countsPublished, flags };
});
