// A worker's side of a skills contest (issue 14): the city's contest with a registration field (服装尺码) and a rule
// (only 精工机械's workers) is open. 陈晓东 finds it on the 活动 tab's 技能竞赛 card, is told what the field needs,
// and registers; 周建国 of another enterprise is shown the failing rule before he tries, with no 报名 to tap; the
// two places fill, so 孙丽华 is waitlisted 候补第1位; 李卫国 cancels (confirmed in a dialog) and she is promoted,
// which her page shows as 已确认. 陈晓东's 我的比赛 shows his entry and
// 首页's 我的下一场 his nearest one.
import { expect } from '../expect';
import type { Journey } from '../journey';
import { button, actAs, settledCheck } from './people-steps';
import { callAs, createContestAsCity, openContest, openContestPage } from './contest-steps';

const TITLE = '示范市数控车工职业技能竞赛（报名旅程）';
const SHIRT = { key: 'shirt', label: '服装尺码', type: 'single', required: true, options: ['M', 'L', 'XL'] } as const;

export const contestWorkerJourney: Journey = {
  name: 'contest-worker',
  async run({ page, baseUrl, now, check: checkNow }) {
    const check = settledCheck(page, checkNow);
    const contestId = await createContestAsCity(
      baseUrl,
      openContest(now(), {
        title: TITLE,
        capacity: 2,
        awards: 1,
        fields: [{ ...SHIRT, options: [...SHIRT.options] }],
        eligibility: { age: null, trades: [], orgIds: ['org-jinggong'], frontlineOnly: false, excludedHonours: [] },
      }),
    );

    // 陈晓东 finds it on the 活动 tab and registers: the field's own error first, then 已确认.
    await page.goto(`${baseUrl}/#/pages/me/index`);
    await actAs(page, baseUrl, 'persona-worker');
    await page.goto(`${baseUrl}/#/pages/activities/index`);
    const card = page.getByLabel('技能竞赛', { exact: true });
    await card.getByRole('link', { name: TITLE }).waitFor();
    await check('activities-card');
    await card.getByRole('link', { name: TITLE }).click();
    await page.getByText('限以下单位职工：示范市精工机械有限公司工会', { exact: false }).waitFor();
    // The trade reads as its name, never the stored code.
    await page.getByText('数控车工', { exact: true }).first().waitFor();
    expect(await page.getByText('cnc_lathe_operator').count(), 'no trade code on the page').toBe(0);
    await check('detail-open');
    await button(page, /^报名$/).click();
    await page.getByText('请选择服装尺码').waitFor();
    await page.getByText('请选择服装尺码').scrollIntoViewIfNeeded();
    await check('field-error');
    await page.getByRole('radio', { name: 'L', exact: true }).click();
    await button(page, /^报名$/).click();
    await page.getByLabel('我的报名').getByText('已确认', { exact: true }).waitFor();
    await page.getByLabel('我的报名').scrollIntoViewIfNeeded();
    await check('registered');

    // 周建国 (东城电力检修) is told the rule before trying: no 报名 button at all.
    await actAs(page, baseUrl, 'demo-zhou');
    await openContestPage(page, baseUrl, contestId);
    await page.getByRole('alert', { name: '你暂不能报名' }).waitFor();
    await page.getByRole('alert', { name: '你暂不能报名' }).scrollIntoViewIfNeeded();
    expect(await button(page, /^报名/).count(), 'no 报名 for someone the rule keeps out').toBe(0);
    await check('not-eligible');

    // 李卫国 takes the last place (set up by call); 孙丽华 then joins the waitlist.
    await callAs(baseUrl, 'persona-model-worker', 'contest', 'register', { contestId, answers: { shirt: 'XL' } });
    await actAs(page, baseUrl, 'persona-enterprise-staff');
    await openContestPage(page, baseUrl, contestId);
    await page.getByText('名额已满，现在报名将进入候补', { exact: false }).waitFor();
    await page.getByRole('radio', { name: 'M', exact: true }).click();
    await button(page, '报名候补').click();
    await page.getByLabel('我的报名').getByText('候补第1位', { exact: true }).waitFor();
    await page.getByLabel('我的报名').scrollIntoViewIfNeeded();
    await check('waitlisted');

    // 李卫国 cancels, confirming in the dialog; the place goes to 孙丽华.
    await actAs(page, baseUrl, 'persona-model-worker');
    await openContestPage(page, baseUrl, contestId);
    await button(page, '取消报名').click();
    await page.getByRole('dialog', { name: '取消报名' }).waitFor();
    await check('cancel-confirm');
    await page.getByRole('dialog').locator('taro-button-core').filter({ hasText: '确定取消' }).click();
    await page.getByLabel('我的报名').getByText('已取消', { exact: true }).waitFor();

    await actAs(page, baseUrl, 'persona-enterprise-staff');
    await openContestPage(page, baseUrl, contestId);
    await page.getByLabel('我的报名').getByText('已确认', { exact: true }).waitFor();
    await page.getByLabel('我的报名').scrollIntoViewIfNeeded();
    await check('promoted');

    // 陈晓东's 我的比赛 and 首页.
    await actAs(page, baseUrl, 'persona-worker');
    await page.getByRole('link', { name: '我的比赛' }).click();
    await page.getByRole('link', { name: TITLE }).filter({ hasText: '已确认' }).waitFor();
    await check('my-contests');
    await page.goto(`${baseUrl}/#/pages/home/index`);
    // The demo data's contest today (database/seed/contests.ts), which he also entered, comes before this one ten days
    // on: 我的下一场 is the nearest, so it names that one.
    await page.getByLabel('我的下一场').getByText('精工机械岗位练兵：钳工技能比武').waitFor();
    await page.getByLabel('我的下一场').getByText('技能竞赛 · 已确认').waitFor();
    await page.getByLabel('我的下一场').scrollIntoViewIfNeeded();
    await check('home-next');
  },
};
