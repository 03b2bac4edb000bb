// The mini-program's app.json: three tabs in the main package; every other page lives in a feature's subpackage.
export default defineAppConfig({
  pages: ['pages/home/index', 'pages/activities/index', 'pages/me/index'],
  subPackages: [
    // The invite page's path is also what union.createInvite puts in its mini-program code.
    { root: 'account', pages: ['pages/profile/index', 'pages/join/index', 'pages/invite/index'] },
    {
      root: 'admin',
      pages: [
        'pages/index/index',
        'pages/join-requests/index',
        'pages/members/index',
        'pages/roles/index',
        'pages/model-workers/index',
        'pages/orgs/index',
        'pages/invites/index',
        'pages/audit/index',
        'pages/campaigns/index',
        'pages/campaign-new/index',
        'pages/campaign/index',
        'pages/nominate/index',
        'pages/calendar/index',
        'pages/integrity/index',
        'pages/campaign-edit/index',
      ],
    },
    // The public selection pages; a shared candidate card opens the candidate page directly.
    {
      root: 'vote',
      pages: ['pages/campaign/index', 'pages/candidate/index', 'pages/result/index', 'pages/publicity/index'],
    },
    // What an expert scores: the tasks and each campaign's scoring sheet.
    { root: 'expert', pages: ['pages/index/index', 'pages/sheet/index'] },
  ],
  window: {
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '匠心',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f5f5f5',
    backgroundTextStyle: 'dark',
  },
  tabBar: {
    color: '#595959',
    selectedColor: '#c8102e',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/home/index',
        text: '首页',
        iconPath: 'assets/tabbar/home.png',
        selectedIconPath: 'assets/tabbar/home-active.png',
      },
      {
        pagePath: 'pages/activities/index',
        text: '活动',
        iconPath: 'assets/tabbar/activities.png',
        selectedIconPath: 'assets/tabbar/activities-active.png',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tabbar/me.png',
        selectedIconPath: 'assets/tabbar/me-active.png',
      },
    ],
  },
  // Load only the components a page uses: faster start on older phones.
  lazyCodeLoading: 'requiredComponents',
  style: 'v2',
});
