// The staff workbench's pages (the `admin` subpackage).
export const ADMIN_PAGES = {
  home: '/admin/pages/index/index',
  joinRequests: '/admin/pages/join-requests/index',
  members: '/admin/pages/members/index',
  roles: '/admin/pages/roles/index',
  modelWorkers: '/admin/pages/model-workers/index',
  orgs: '/admin/pages/orgs/index',
  invites: '/admin/pages/invites/index',
  audit: '/admin/pages/audit/index',
  campaigns: '/admin/pages/campaigns/index',
  campaignNew: '/admin/pages/campaign-new/index',
  campaign: '/admin/pages/campaign/index',
  nominate: '/admin/pages/nominate/index',
  calendar: '/admin/pages/calendar/index',
  integrity: '/admin/pages/integrity/index',
  campaignEdit: '/admin/pages/campaign-edit/index',
} as const;

export const campaignPage = (id: string) => `${ADMIN_PAGES.campaign}?id=${encodeURIComponent(id)}`;
export const nominatePage = (campaignId: string) =>
  `${ADMIN_PAGES.nominate}?campaignId=${encodeURIComponent(campaignId)}`;
/** 投票监督: brushing flags, recount and the vote log of one campaign, for its organisers. */
export const integrityPage = (campaignId: string) => `${ADMIN_PAGES.integrity}?id=${encodeURIComponent(campaignId)}`;
/** The nominate page correcting one nomination (returned for changes, or not yet reviewed). */
export const correctNominationPage = (campaignId: string, candidateId: string) =>
  `${nominatePage(campaignId)}&candidate=${encodeURIComponent(candidateId)}`;
export const campaignEditPage = (id: string) => `${ADMIN_PAGES.campaignEdit}?id=${encodeURIComponent(id)}`;
/** The campaign's public page (the vote subpackage), which staff check before and after publishing. */
export const publicCampaignPage = (id: string) => `/vote/pages/campaign/index?id=${encodeURIComponent(id)}`;
/** The campaign's public result page (the vote subpackage), from the result stage on. */
export const publicResultPage = (id: string) => `/vote/pages/result/index?id=${encodeURIComponent(id)}`;
