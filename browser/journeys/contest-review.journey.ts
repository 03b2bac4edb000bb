// Review of contest entries (issue 14): in a contest whose organisers review entries, 陈晓东 registers (set up by
// call) and waits 待审核; the city union's staff open the contest's 报名名单 in the wide window and mark his entry
// 不通过 with a reason; 陈晓东, on his phone, reads 未通过 and why on the contest's page and in 我的比赛.
import type { Journey } from '../journey';
import { actAs, field, settle, settledCheck } from './people-steps';
import { callAs, createContestAsCity, openContest, openContestPage } from './contest-steps';

const TITLE = '示范市钳工职业技能竞赛（审核旅程）';
const REASON = '技能等级证书未上传，请补充后再报名';

export const contestReviewJourney: Journey = {
  name: 'contest-review',
  window: 'wide',
  async run({ page, baseUrl, now, check: checkNow }) {
    const check = settledCheck(page, checkNow);
    const contestId = await createContestAsCity(baseUrl, openContest(now(), { title: TITLE, review: true }));
    await callAs(baseUrl, 'persona-worker', 'contest', 'register', { contestId, answers: {} });

    await page.goto(`${baseUrl}/#/pages/me/index`);
    await actAs(page, baseUrl, 'persona-city-staff');
    await page.goto(`${baseUrl}/#/contest-admin/pages/list/index`);
    await page
      .getByRole('table', { name: '技能竞赛' })
      .getByRole('link', { name: `查看报名 ${TITLE}` })
      .click();
    const table = page.getByRole('table', { name: '报名名单' });
    await table.getByText('待审核').waitFor();
    await check('entries');
    await table.locator('taro-button-core').filter({ hasText: '不通过陈晓东' }).click();
    await field(page, '未通过的原因').fill(REASON);
    await check('reject-dialog');
    await page
      .getByRole('dialog')
      .locator('taro-button-core')
      .filter({ hasText: /^不通过$/ })
      .click();
    await table.getByText('未通过').waitFor();
    await check('rejected');

    // 陈晓东 reads why, on his phone.
    await page.setViewportSize({ width: 375, height: 667 });
    await actAs(page, baseUrl, 'persona-worker');
    await openContestPage(page, baseUrl, contestId);
    await page.getByLabel('我的报名').getByText('未通过').waitFor();
    await page.getByText(`原因：${REASON}`).waitFor();
    await page.getByLabel('我的报名').scrollIntoViewIfNeeded();
    await check('worker-sees-why');
    await page.goto(`${baseUrl}/#/contest/pages/mine/index`);
    await settle(page);
    await page.getByRole('link', { name: TITLE }).filter({ hasText: '未通过' }).waitFor();
    await check('my-contests');
  },
};
