// The public selection pages (the `vote` subpackage). A shared candidate card opens the candidate page directly.
export const VOTE_PAGES = {
  campaign: '/vote/pages/campaign/index',
  candidate: '/vote/pages/candidate/index',
} as const;

export const campaignUrl = (campaignId: string) => `${VOTE_PAGES.campaign}?id=${encodeURIComponent(campaignId)}`;
export const candidateUrl = (candidateId: string) => `${VOTE_PAGES.candidate}?id=${encodeURIComponent(candidateId)}`;
