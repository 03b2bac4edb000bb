// Links that lead nowhere never strand anyone: a page that does not exist opens the app's own 404 with 返回首页; a
// shared card for a candidate that is not there says so and leads home; a worker who opens a staff page is told
// who to ask and taken back.
import type { Journey } from '../journey';
import { actAs, button, settledCheck } from './people-steps';

export const deadEndsJourney: Journey = {
  name: 'dead-ends',
  async run({ page, baseUrl, check: checkNow }) {
    const check = settledCheck(page, checkNow);
    await page.goto(`${baseUrl}/#/pages/me/index`);
    await actAs(page, baseUrl, 'persona-worker');

    // A page that is not in the app (an old code, a mistyped share).
    await page.goto(`${baseUrl}/#/vote/pages/old-poster/index?id=x`);
    const missing = page.getByRole('alert').filter({ hasText: '没有找到这个页面' });
    await missing.getByText(/链接可能已过期或有误（.*vote\/pages\/old-poster\/index.*）/).waitFor();
    await check('unknown-page');
    await button(page, '返回首页').click();
    await page.getByText('我的“十个一”').waitFor();

    // A candidate card whose candidate is not there.
    await page.goto(`${baseUrl}/#/vote/pages/candidate/index?id=no-such-candidate`);
    const gone = page.getByRole('alert').filter({ hasText: '没有找到这位候选人' });
    await gone.waitFor();
    await check('candidate-not-found');
    await gone.locator('taro-button-core').filter({ hasText: '返回首页' }).click();
    await page.getByText('我的“十个一”').waitFor();

    // A staff page opened by a worker.
    await page.goto(`${baseUrl}/#/admin/pages/members/index`);
    const refused = page.getByRole('alert').filter({ hasText: '如需办理，请联系所在工会的工作人员开通权限。' });
    await refused.waitFor();
    await check('staff-page-forbidden');
    await refused.locator('taro-button-core').filter({ hasText: '返回' }).click();
    await page.getByText('我的“十个一”').waitFor();
  },
};
