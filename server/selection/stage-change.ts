// Moving a campaign to its next stage: shared by staff pressing 进入下一阶段 and by the timer at the scheduled
// date, so both obey the same conditions and neither can skip a stage.
import { nextStage, type Stage } from '../../src/shared/selection/stages';
import { AppError } from '../kit/app-error';
import type { Db } from '../kit/db';
import { PUBLICITY_WORKING_DAYS, publicityEnd } from '../../src/shared/selection/working-days';
import { formatDateTime } from '../../src/shared/time/beijing';
import { calendarsAround } from './calendars';
import { campaigns, type CampaignRecord } from './campaigns';
import { tallyStatuses } from './candidates';
import { CountMismatch, checkCounts, rankedResult } from './count-check';
import { unansweredObjections } from './objections';

/**
 * Moves `campaign` from its current stage to the next, if the next may begin now; throws an AppError (CONFLICT)
 * saying why not. Only from the stage it was read in: two movers at once move it one stage, not two.
 */
export async function advance(
  db: Db,
  campaign: CampaignRecord,
  now: Date,
): Promise<{ to: Stage; update: Partial<CampaignRecord>; counts: Map<string, number> }> {
  const to = nextStage(campaign.stage);
  if (!to) throw new AppError('CONFLICT', '评选已结束');
  const counts = await tallyStatuses(db, [campaign._id]);
  if (to === 'published') {
    if ((counts.get(`${campaign._id}.submitted`) ?? 0) > 0) {
      throw new AppError('CONFLICT', '还有提名未审核，审核完毕后才能公布候选人');
    }
    if ((counts.get(`${campaign._id}.approved`) ?? 0) === 0) throw new AppError('CONFLICT', '还没有审核通过的候选人');
  }
  if (to === 'final') {
    // The 公示 runs its full 5 working days, and every objection lodged in it has an answer.
    if (!campaign.publicityEndsAt || now.getTime() < campaign.publicityEndsAt.getTime()) {
      const ends = campaign.publicityEndsAt ? formatDateTime(campaign.publicityEndsAt) : '';
      throw new AppError('CONFLICT', `公示期尚未结束（${ends}结束）`);
    }
    const open = await unansweredObjections(db, campaign._id);
    if (open > 0) throw new AppError('CONFLICT', `还有${open}条异议未答复`);
  }
  if (to === 'result') {
    // The result is made from the stored tallies: not while any of them differs from what the votes say.
    const { differences } = await checkCounts(db, campaign, now);
    if (differences.length > 0) throw new CountMismatch(differences);
  }
  const update: Partial<CampaignRecord> = { stage: to, stageChangedAt: now };
  if (to === 'voting') update.rulesFrozenAt = now;
  if (to === 'result') {
    update.results = await computeResults(db, campaign, now);
    update.countHold = null;
  }
  if (to === 'publicity')
    update.publicityEndsAt = publicityEnd(now, PUBLICITY_WORKING_DAYS, await calendarsAround(db, now));
  const moved = await campaigns.of(db).where({ _id: campaign._id, stage: campaign.stage }).update(update);
  if (moved.updated !== 1) throw new AppError('CONFLICT', '活动阶段刚刚已被更新，请刷新后再试');
  return { to, update, counts };
}

/**
 * Freezes the ranking when the campaign enters the result stage (and ranks again when a candidate is disqualified
 * during the result or 公示, e.g. on an upheld objection). Every expert must have scored every approved candidate
 * first: a result from part of the panel is refused, naming how many have not finished.
 */
export async function computeResults(
  db: Db,
  campaign: CampaignRecord,
  now: Date,
  /** A candidate about to be disqualified: ranked as if already gone, so a refusal comes before any write. */
  without?: string,
): Promise<NonNullable<CampaignRecord['results']>> {
  const { results, experts, unfinished } = await rankedResult(db, campaign, now, { without });
  if (experts === 0) throw new AppError('CONFLICT', '本次评选还没有评审专家');
  if (unfinished > 0) throw new AppError('CONFLICT', `还有${unfinished}位专家没有完成评分`);
  return results;
}
