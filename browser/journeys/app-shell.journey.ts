// Opening the app lands on 首页 with the selections going on; the tab bar switches to 活动 and 我的, and 我的
// reaches the back end. A selection in 公示 opens straight on its 公示 page.
import { expect } from '../expect';
import type { Journey } from '../journey';
import { settledCheck } from './people-steps';

export const appShellJourney: Journey = {
  name: 'app-shell',
  async run({ page, baseUrl, check: checkNow }) {
    const check = settledCheck(page, checkNow);
    await page.goto(`${baseUrl}/`);
    await page.getByText('我的“十个一”').waitFor();
    const tabs = page.locator('.weui-tabbar__item');
    expect(await tabs.allInnerTexts(), 'tab bar labels').toEqual(['首页', '活动', '我的']);
    const going = page.getByLabel('正在进行');
    for (const title of [
      '2026年度示范市工匠',
      '2026年度东城区工匠',
      '2026年度西湖区工匠',
      '2027年度示范市青年岗位能手',
    ]) {
      await going.getByText(title, { exact: true }).waitFor();
    }
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
    await page.getByRole('link', { name: /^2026年度西湖区工匠/ }).click();
    const publicity = page.getByLabel('公示', { exact: true }).locator('visible=true');
    await publicity.getByText('2026年度西湖区工匠').waitFor();
    await page.getByLabel('入选名单').locator('visible=true').getByText('西湖区工匠（2 名）').waitFor();
    await check('publicity');
  },
};
