// Opening the app lands on 首页; the tab bar switches to 活动 and 我的, and 我的 reaches the back end.
import { expect } from '../expect';
import type { Journey } from '../journey';

export const appShellJourney: Journey = {
  name: 'app-shell',
  async run({ page, baseUrl, check }) {
    await page.goto(`${baseUrl}/`);
    await page.getByText('我的“十个一”').waitFor();
    const tabs = page.locator('.weui-tabbar__item');
    expect(await tabs.allInnerTexts(), 'tab bar labels').toEqual(['首页', '活动', '我的']);
    await check('home');

    await tabs.filter({ hasText: '活动' }).click();
    await page.getByText('技能竞赛', { exact: true }).waitFor();
    await check('activities');

    await tabs.filter({ hasText: '我的' }).click();
    // 我的 calls the health function through the gateway: the server's answer must appear.
    await page.getByText(/^服务版本 \d+\.\d+\.\d+$/).waitFor();
    await page.getByText(/^服务器时间 \d+月\d+日 周. \d\d:\d\d$/).waitFor();
    await check('me');

    await tabs.filter({ hasText: '首页' }).click();
    await page.getByText('我的“十个一”').waitFor({ state: 'visible' });
  },
};
