// The expert's pages (the `expert` subpackage): the scoring tasks and one campaign's scoring sheet.
export const EXPERT_PAGES = {
  tasks: '/expert/pages/index/index',
  sheet: '/expert/pages/sheet/index',
} as const;

export const sheetUrl = (campaignId: string) => `${EXPERT_PAGES.sheet}?id=${encodeURIComponent(campaignId)}`;
