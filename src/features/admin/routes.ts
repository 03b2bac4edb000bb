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
} as const;
