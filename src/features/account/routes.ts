// Where the account pages live (the `account` subpackage), and the staff workbench 我的 links to.
export const ACCOUNT_PAGES = {
  profile: '/account/pages/profile/index',
  join: '/account/pages/join/index',
  invite: '/account/pages/invite/index',
} as const;

export const WORKBENCH_PAGE = '/admin/pages/index/index';

/** 评审任务: the campaigns an expert scores (the `expert` subpackage). */
export const EXPERT_TASKS_PAGE = '/expert/pages/index/index';
