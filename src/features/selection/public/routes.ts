// The public selection pages (paths from src/shared/routes.ts). A shared candidate card opens the candidate page
// directly.
import { PAGES, withQuery } from '@/shared/routes';

export const VOTE_PAGES = PAGES.vote;

export const campaignUrl = (campaignId: string) => withQuery(VOTE_PAGES.campaign, { id: campaignId });
export const candidateUrl = (candidateId: string) => withQuery(VOTE_PAGES.candidate, { id: candidateId });
export const resultUrl = (campaignId: string) => withQuery(VOTE_PAGES.result, { id: campaignId });
export const publicityUrl = (campaignId: string) => withQuery(VOTE_PAGES.publicity, { id: campaignId });
