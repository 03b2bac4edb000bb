// The staff workbench's pages (paths from src/shared/routes.ts).
import { PAGES, withQuery } from '@/shared/routes';

export const ADMIN_PAGES = PAGES.admin;

export const campaignPage = (id: string) => withQuery(ADMIN_PAGES.campaign, { id });
export const nominatePage = (campaignId: string) => withQuery(ADMIN_PAGES.nominate, { campaignId });
/** 投票监督: brushing flags, recount and the vote log of one campaign, for its organisers. */
export const integrityPage = (campaignId: string) => withQuery(ADMIN_PAGES.integrity, { id: campaignId });
/** The nominate page correcting one nomination (returned for changes, or not yet reviewed). */
export const correctNominationPage = (campaignId: string, candidateId: string) =>
  withQuery(ADMIN_PAGES.nominate, { campaignId, candidate: candidateId });
export const campaignEditPage = (id: string) => withQuery(ADMIN_PAGES.campaignEdit, { id });
/** The campaign's public page, which staff check before and after publishing. */
export const publicCampaignPage = (id: string) => withQuery(PAGES.vote.campaign, { id });
/** The campaign's public result page, from the result stage on. */
export const publicResultPage = (id: string) => withQuery(PAGES.vote.result, { id });
