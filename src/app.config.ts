// The mini-program's app.json: three tabs and the not-found page in the main package; every other page lives in a
// subpackage. The page lists come from src/shared/routes.ts, the one place page paths are written.
import { MAIN_PAGES, SUBPACKAGES, TAB_PAGES } from './shared/routes';

export default defineAppConfig({
  pages: [...Object.values(TAB_PAGES), ...Object.values(MAIN_PAGES)],
  subPackages: Object.entries(SUBPACKAGES).map(([root, pages]) => ({ root, pages: Object.values(pages) })),
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
        pagePath: TAB_PAGES.home,
        text: '首页',
        iconPath: 'assets/tabbar/home.png',
        selectedIconPath: 'assets/tabbar/home-active.png',
      },
      {
        pagePath: TAB_PAGES.activities,
        text: '活动',
        iconPath: 'assets/tabbar/activities.png',
        selectedIconPath: 'assets/tabbar/activities-active.png',
      },
      {
        pagePath: TAB_PAGES.me,
        text: '我的',
        iconPath: 'assets/tabbar/me.png',
        selectedIconPath: 'assets/tabbar/me-active.png',
      },
    ],
  },
  // Load only the components a page uses: faster start on older phones.
  lazyCodeLoading: 'requiredComponents',
  // PC WeChat: staff may widen the window; staff pages then lay out as a back office (useWideWindow).
  resizable: true,
  style: 'v2',
});
