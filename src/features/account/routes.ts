// Where the account pages live (the `account` subpackage), and the staff workbench 我的 links to.
export const ACCOUNT_PAGES = {
  profile: '/account/pages/profile/index',
  join: '/account/pages/join/index',
  invite: '/account/pages/invite/index',
} as const;

export const WORKBENCH_PAGE = '/admin/pages/index/index';
