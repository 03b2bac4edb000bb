// Short texts the workbench's campaign pages share.
import type * as z from 'zod';
import type { candidateStatuses, nominationSchema, staffCampaignSchema } from '@/shared/contracts/selection';
import { nextStage, stageLabels } from '@/shared/selection/stages';

export type StaffCampaign = z.infer<typeof staffCampaignSchema>;
export type Nomination = z.infer<typeof nominationSchema>;
export type NominationStatus = (typeof candidateStatuses)[number];

export { nominationStatusLabels } from '@/shared/selection/labels';

export function rulesLine(campaign: StaffCampaign): string {
  const { votesPerDay, ballotSize, publicWeight } = campaign.rules;
  const shape = ballotSize ? `每张选票选满${ballotSize}人` : '同一候选人每天限投1票';
  return `每人每天${votesPerDay}票，${shape}；公众投票占${publicWeight}%，专家评审占${100 - publicWeight}%`;
}

export function nextStageLabel(campaign: StaffCampaign): string | null {
  const next = nextStage(campaign.stage);
  return next ? stageLabels[next] : null;
}
