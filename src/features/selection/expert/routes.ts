// The expert's pages: the scoring tasks and one campaign's scoring sheet (paths from src/shared/routes.ts).
import { PAGES, withQuery } from '@/shared/routes';

export const EXPERT_PAGES = PAGES.expert;

export const sheetUrl = (campaignId: string) => withQuery(EXPERT_PAGES.sheet, { id: campaignId });
