// The expert's pages: the scoring tasks and one campaign's scoring sheet (paths from src/shared/routes.ts).
import { PAGES, withQuery } from '@/shared/routes';

export const EXPERT_PAGES = PAGES.expert;

/** The sheet of a campaign, opened at one candidate when `candidateId` is given (else the first still to score). */
export const sheetUrl = (campaignId: string, candidateId?: string) =>
  withQuery(EXPERT_PAGES.sheet, candidateId ? { id: campaignId, candidate: candidateId } : { id: campaignId });
