// Staff create a campaign and publish its nominees: city staff create it and open nominations, district staff
// nominate two of their workers, city staff approve both and publish the list, and the public sees both.
import { expect } from '../expect';
import type { Journey } from '../journey';
import { actAs, button, settledCheck } from './people-steps';
import { advanceTo, approve, createCampaign, nominate, openStaffCampaign } from './selection-steps';

const TITLE = '2026年度示范市工匠';
const NOMINEES = ['周建国', '陈晓东'];

export const campaignPublishJourney: Journey = {
  name: 'campaign-publish',
  async run({ page, baseUrl, check: checkNow }) {
    const check = settledCheck(page, checkNow);
    await page.goto(`${baseUrl}/#/pages/me/index`);
    const campaignId = await createCampaign(page, baseUrl, { title: TITLE, categories: ['制造业', '服务业'] }, check);
    await check('created');
    await advanceTo(page, '推荐提名', '提名通知已发各区');
    await check('nomination-open');

    // District staff nominate two workers of 东城区.
    await actAs(page, baseUrl, 'persona-district-staff');
    await page.goto(`${baseUrl}/#/admin/pages/campaigns/index`);
    await page.getByRole('link', { name: new RegExp(`^${TITLE}.*推荐提名`) }).waitFor();
    await check('district-campaigns');
    await nominate(page, baseUrl, campaignId, NOMINEES[0]!);
    await check('nominated');
    await nominate(page, baseUrl, campaignId, NOMINEES[1]!);

    // City staff review both, then publish.
    await actAs(page, baseUrl, 'persona-city-staff');
    await openStaffCampaign(page, baseUrl, campaignId);
    await page.getByText('2 条提名待审核').waitFor();
    await page.getByLabel(`${NOMINEES[0]}的提名`, { exact: true }).waitFor();
    await check('review-queue');
    for (const name of NOMINEES) await approve(page, name);
    await page.getByText('0 条提名待审核').waitFor();
    await check('approved');
    await advanceTo(page, '资格审查', '提名截止');
    await advanceTo(page, '候选人公布', '资格审查完毕');
    await page.getByText('2 位候选人').waitFor();
    await check('published');

    // The public sees both candidates on the campaign page, reached from 首页.
    await actAs(page, baseUrl, 'persona-public');
    await page.goto(`${baseUrl}/#/pages/home/index`);
    await page.getByRole('link', { name: new RegExp(`^${TITLE}.*候选人公布`) }).click();
    for (const name of NOMINEES) await page.getByRole('link', { name: new RegExp(`^${name}`) }).waitFor();
    expect(await button(page, /^投票$/).count(), 'vote buttons before voting opens').toBe(0);
    await check('public-campaign');
    await page.getByRole('link', { name: new RegExp(`^${NOMINEES[0]}`) }).click();
    await page.getByText('主要事迹').waitFor();
    // The new page may not have begun sliding in yet when its text is there: let the animation start first.
    await page.waitForTimeout(400);
    await check('public-candidate');

    // A poster picture with the mini-program code (vote-poster reads the code off it); scanning it (its scene carries a short code) opens the same page.
    await button(page, '生成海报').click();
    await page.getByLabel(`${NOMINEES[0]}的海报`, { exact: true }).locator('img').waitFor();
    await check('poster');
    const candidateId = new URL(page.url().replace('/#/', '/')).searchParams.get('id');
    const code = await page.evaluate(async (id) => {
      const response = await fetch('/fn/selection', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-wx-openid': localStorage.getItem('jx.openid') ?? 'scanner',
        },
        body: JSON.stringify({ action: 'candidateCode', input: { candidateId: id } }),
      });
      return ((await response.json()) as { data: { code: string } }).data.code;
    }, candidateId);
    await page.goto(`${baseUrl}/#/vote/pages/candidate/index?scene=${encodeURIComponent(`k=${code}`)}`);
    await page.getByLabel('候选人', { exact: true }).getByText(NOMINEES[0]!, { exact: true }).waitFor();
  },
};
