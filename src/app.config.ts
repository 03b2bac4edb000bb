// The mini-program's app.json: three tabs in the main package; each feature will arrive as a subpackage.
export default defineAppConfig({
  pages: ['pages/home/index', 'pages/activities/index', 'pages/me/index'],
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
