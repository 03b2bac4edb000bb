// A voter sorts the candidates by votes (排行榜), finds one by 编号, votes until the day's votes are spent and sees
// the spent state — on the list and on the candidate page — at 375×667 (and, through each check, at the largest
// font), then the same list in a 1280 px window. The campaign is set up through the workbench with live counts;
// two other visitors vote first so the ranking differs from the order of the numbers.
import { newId } from '../../src/shared/ids';
import { eventually, expect } from '../expect';
import type { Locator } from 'playwright-core';
import type { Journey } from '../journey';
import { actAs, button, field, settledCheck } from './people-steps';
import { openVotingThroughWorkbench } from './selection-steps';

const TITLE = '2026年度示范市金牌工人';
/** Approved in this order, so their 编号 are 001 to 004. */
const NOMINEES = ['周建国', '陈晓东', '李卫国', '唐继光'];
const BRAND_RED = 'rgb(200, 16, 46)';

/** Brings an element to the middle of the page, clear of the bar fixed at the bottom, for the screenshot. */
const inView = (locator: Locator) => locator.evaluate((element) => element.scrollIntoView({ block: 'center' }));

export const voteRankingJourney: Journey = {
  name: 'vote-ranking',
  async run({ page, baseUrl, now, check: checkNow }) {
    const check = settledCheck(page, checkNow);
    const campaignId = await openVotingThroughWorkbench(page, baseUrl, now(), TITLE, NOMINEES);

    const campaignUrl = `${baseUrl}/#/vote/pages/campaign/index?id=${encodeURIComponent(campaignId)}`;
    const bar = page.getByRole('status', { name: '今天的票数' });
    const card = (name: string) => page.getByLabel(name, { exact: true });
    const vote = async (name: string, left: number) => {
      await page.getByLabel(`给${name}投票`, { exact: true }).click();
      await bar.getByText(`今天还可投 ${left} 票`).waitFor();
      await card(name).getByText('✓ 今日已投').waitFor();
    };

    // Two visitors vote first: 唐继光 (004) twice, 李卫国 (003) once.
    for (const picks of [['唐继光', '李卫国'], ['唐继光']]) {
      await actAs(page, baseUrl, `visitor-${newId()}`);
      await page.goto(campaignUrl);
      await bar.getByText('今天还可投 3 票').waitFor();
      for (const [i, name] of picks.entries()) await vote(name, 2 - i);
    }

    // The voter: the list by 编号, each card with its number, the start of the deeds and the live count.
    await actAs(page, baseUrl, `visitor-${newId()}`);
    await page.goto(campaignUrl);
    await bar.getByText('今天还可投 3 票').waitFor();
    await card('周建国').getByText('001号').waitFor();
    const names = () =>
      page.locator('.jx-candidate').evaluateAll((cards) => cards.map((c) => c.getAttribute('aria-label')));
    expect(await names(), 'the list by 编号').toEqual(NOMINEES);
    await card('唐继光').getByText('2 票').waitFor();
    await check('by-number');

    // 排行榜: by votes, with places.
    await page.getByRole('tab', { name: '排行榜' }).click();
    await card('唐继光').getByText('第1名').waitFor();
    await eventually(names, ['唐继光', '李卫国', '周建国', '陈晓东'], 'the 排行榜');
    await card('李卫国').getByText('第2名').waitFor();
    await check('ranking');

    // A search by 编号.
    await field(page, '搜索候选人').fill('3');
    await button(page, /^搜索$/).click();
    await page.getByText('正在显示编号为 003 的候选人').waitFor();
    await eventually(names, ['李卫国'], 'the search by 编号');
    await card('李卫国').getByText('003号').waitFor();
    await inView(card('李卫国'));
    await check('search-number');
    await field(page, '搜索候选人').fill('');
    await button(page, /^搜索$/).click();
    await card('周建国').waitFor();

    // Votes until the day is spent: three taps, then 陈晓东's button reads as spent, muted, not the brand red.
    await vote('唐继光', 2);
    await vote('李卫国', 1);
    await vote('周建国', 0);
    await page.getByText('今天的票已投完，明天可以再投').waitFor();
    const spent = page.getByLabel('给陈晓东投票：今日票已投完，明日再来', { exact: true });
    await spent.getByText('今日票已投完').waitFor();
    await spent.getByText('明日再来').waitFor();
    const look = await spent.evaluate((element) => {
      const inner = element.querySelector('button, .nut-button') ?? element;
      const style = getComputedStyle(inner);
      return {
        background: style.backgroundColor,
        border: style.borderTopColor,
        text: getComputedStyle(element.querySelector('.jx-vote-spent__text')!).color,
      };
    });
    expect(String(look.background !== BRAND_RED), 'a spent button is not filled red').toBe('true');
    expect(String(look.border !== BRAND_RED), 'a spent button is not outlined red').toBe('true');
    expect(look.text, 'a spent button reads in muted grey').toBe('rgb(89, 89, 89)');
    await card('唐继光').getByText('3 票').waitFor();
    await inView(spent);
    await check('spent');

    // A tap on it gets the server's word, and nothing is counted.
    await spent.click();
    const refusal = page.getByRole('dialog', { name: '这次没有投上' });
    await refusal.getByText('今天的3票已经投完了，明天再来吧').waitFor();
    await refusal.locator('taro-button-core').filter({ hasText: '知道了' }).click();

    // The candidate page leads with 编号 and deeds, and says the same.
    await card('陈晓东').getByRole('link').click();
    await page.getByText('主要事迹').waitFor();
    const lead = page.getByLabel('候选人', { exact: true });
    await lead.getByText('002号').waitFor();
    await lead.getByText('今日票已投完').waitFor();
    await page
      .getByRole('status', { name: '今天的票数' })
      .locator('visible=true')
      .getByText('今天还可投 0 票')
      .waitFor();
    await check('candidate-spent');

    // In a 1280 px window (PC WeChat, a browser) the list still reads.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(campaignUrl);
    await card('陈晓东').getByText('今日票已投完').waitFor();
    await check('wide');
  },
};
