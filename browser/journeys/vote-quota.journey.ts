// An anonymous visitor votes up to the daily quota (3) in a campaign open for voting, sees 今天还可投 0 票, and is
// refused a fourth vote with a clear message. The campaign is set up through the workbench with a schedule whose
// voting window contains now.
import { newId } from '../../src/shared/ids';
import type { Journey } from '../journey';
import { actAs, button, settledCheck } from './people-steps';
import { openVotingThroughWorkbench } from './selection-steps';

const TITLE = '2026年度东城区最美工匠';
const NOMINEES = ['周建国', '陈晓东', '李卫国', '唐继光'];

export const voteQuotaJourney: Journey = {
  name: 'vote-quota',
  async run({ page, baseUrl, now, check: checkNow }) {
    const check = settledCheck(page, checkNow);
    // Every stage up to 公众投票 began in the past; 专家评审 and later are ahead.
    const campaignId = await openVotingThroughWorkbench(page, baseUrl, now(), TITLE, NOMINEES);
    await check('voting-open');

    // A visitor nobody knows: a fresh WeChat identity with no profile.
    await actAs(page, baseUrl, `visitor-${newId()}`);
    await page.goto(`${baseUrl}/#/vote/pages/campaign/index?id=${encodeURIComponent(campaignId)}`);
    const bar = page.getByRole('status', { name: '今天的票数' });
    await bar.getByText('今天还可投 3 票').waitFor();
    await page.getByText('每人每天可投3票，同一候选人每天限投1票').waitFor();
    await check('campaign');

    for (const [i, name] of NOMINEES.slice(0, 3).entries()) {
      // The first vote is held on its way, so the in-flight 正在投票 state is checked (contrast included) as seen.
      let release = () => {};
      if (i === 0) {
        const held = new Promise<void>((resolve) => (release = resolve));
        await page.route('**/fn/vote', async (route) => {
          if (route.request().postData()?.includes('"cast"')) await held;
          await route.continue();
        });
      }
      await button(page, /^投票$/)
        .and(page.getByLabel(`给${name}投票`))
        .click();
      if (i === 0) {
        await page.getByLabel(`给${name}投票`).getByText('正在投票').waitFor();
        await check('voting-in-flight');
        const answered = page.waitForResponse((response) => response.url().endsWith('/fn/vote'));
        release();
        await answered;
        await page.unroute('**/fn/vote');
      }
      await bar.getByText(`今天还可投 ${2 - i} 票`).waitFor();
      await page.getByLabel(name, { exact: true }).getByText('✓ 今日已投').waitFor();
      if (i === 0) await check('voted-once');
    }
    await page.getByText('今天的票已投完，明天可以再投').waitFor();
    await check('quota-used');

    await page.getByLabel(`给${NOMINEES[3]}投票`).click();
    const refusal = page.getByRole('dialog', { name: '这次没有投上' });
    await refusal.getByText('今天的3票已经投完了，明天再来吧').waitFor();
    await check('refused');
    await refusal.locator('taro-button-core').filter({ hasText: '知道了' }).click();
    await bar.getByText('今天还可投 0 票').waitFor();

    // The candidate page says the same, and offers its link to share.
    await page.getByRole('link', { name: new RegExp(`^${NOMINEES[0]}`) }).click();
    await page.getByText('主要事迹').waitFor();
    await page.getByLabel('候选人', { exact: true }).getByText('✓ 今日已投').waitFor();
    await page
      .getByRole('status', { name: '今天的票数' })
      .locator('visible=true')
      .getByText('今天还可投 0 票')
      .waitFor();
    await check('candidate');
  },
};
