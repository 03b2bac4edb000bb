// Moving each campaign to its next stage once that stage's start date has come, under the same conditions as staff
// pressing the button; a refused change is logged and retried next minute.
import { nextStage } from '../../../src/shared/selection/stages';
import { AppError } from '../../../server/kit/app-error';
import type { TimerContext } from '../../../server/kit/timer-function';
import { SYSTEM_ACTOR } from '../../../server/kit/actor';
import { audit } from '../../../server/people/audit';
import { campaigns, type CampaignRecord } from '../../../server/selection/campaigns';
import { CountMismatch, describeDifferences } from '../../../server/selection/count-check';
import { advance } from '../../../server/selection/stage-change';

export async function dueStageChanges({ db, now }: TimerContext, active: CampaignRecord[]) {
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
      if (error instanceof CountMismatch) await holdForCounts(db, now, campaign, error);
    }
  }
  return { moved, held };
}

/**
 * 结果产生 is due but the stored figures differ from the recount: the campaign records why it waits, which
 * 投票监督 and the campaign page show, and the first time it is held the organisers' audit log says so. The hold
 * follows the differences each minute and is cleared when the result is produced.
 */
async function holdForCounts(db: TimerContext['db'], now: Date, campaign: CampaignRecord, mismatch: CountMismatch) {
  const summary = describeDifferences(mismatch.differences);
  const countHold = { since: campaign.countHold?.since ?? now, differences: mismatch.differences.length, summary };
  if (campaign.countHold?.summary === summary && campaign.countHold.differences === countHold.differences) return;
  await campaigns.of(db).doc(campaign._id).update({ countHold });
  if (campaign.countHold) return;
  await audit(db, SYSTEM_ACTOR, now, {
    action: 'campaign.countHold',
    orgPath: campaign.orgPath,
    target: { type: 'campaign', id: campaign._id, label: campaign.title },
    reason: '计票核对不一致，暂停产生结果',
    before: { stage: campaign.stage },
    after: { differences: countHold.differences, summary },
  });
}
