// The public selection pages (the `vote` subpackage). A shared candidate card opens the candidate page directly.
export const VOTE_PAGES = {
  campaign: '/vote/pages/campaign/index',
  candidate: '/vote/pages/candidate/index',
  result: '/vote/pages/result/index',
  publicity: '/vote/pages/publicity/index',
} as const;

export const campaignUrl = (campaignId: string) => `${VOTE_PAGES.campaign}?id=${encodeURIComponent(campaignId)}`;
export const candidateUrl = (candidateId: string) => `${VOTE_PAGES.candidate}?id=${encodeURIComponent(candidateId)}`;
export const resultUrl = (campaignId: string) => `${VOTE_PAGES.result}?id=${encodeURIComponent(campaignId)}`;
export const publicityUrl = (campaignId: string) => `${VOTE_PAGES.publicity}?id=${encodeURIComponent(campaignId)}`;
