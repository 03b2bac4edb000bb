// A worker takes a master (issue 15): 陈晓东 has none (我的 → 我的师带徒 says so and offers 找师傅); he filters by his
// trade (数控车工) with 只看有空位, opens 王建军's card and applies — a too-short statement is named under the field
// first, then a valid one shows 待师傅回复 in place of the form. A full master's page explains why no form is offered.
// 王建军 finds the application in his inbox, accepts after a confirmation, and sees his apprentice; 陈晓东's
// 我的师带徒 then shows his master, and his 十个一 item 6 (拜一个名师). Someone without a profile is led to fill one in first.
import { expect } from '../expect';
import type { Journey } from '../journey';
import { actAs, button, field, settledCheck } from './people-steps';
import { MENTOR_PEOPLE, openMentorPage, openMine } from './mentor-steps';
import { openYear } from './tenones-steps';
import { demoUserIdOf } from '../../database/seed/people';

export const mentorWorkerJourney: Journey = {
  name: 'mentor-worker',
  async run({ page, baseUrl, check: checkNow }) {
    const check = settledCheck(page, checkNow);
    await page.goto(`${baseUrl}/#/pages/me/index`);
    await actAs(page, baseUrl, MENTOR_PEOPLE.worker);
    await page.getByRole('link', { name: '我的师带徒' }).click();
    const mine = page.getByLabel('我的师傅', { exact: true }).locator('visible=true').first();
    await mine.getByText('你还没有师傅。').waitFor();
    await check('mine-empty');
    await button(page, '找师傅').click();

    // Filter by trade and free place: 王建军 (数控车工, 0 of 5) is the one.
    await page.getByLabel('师傅列表').locator('visible=true').waitFor();
    await check('masters');
    await page.getByRole('button', { name: '更换工种' }).click();
    await field(page, '查找工种').fill('数控车');
    await page
      .getByRole('radiogroup', { name: '工种', exact: true })
      .getByRole('radio', { name: '数控车工' })
      .click();
    await page.getByRole('checkbox', { name: '只看有空位' }).click();
    const card = page.getByRole('link').filter({ hasText: '王建军' });
    await card.waitFor();
    expect(await page.getByText('cnc_lathe_operator').count(), 'no trade code on the page').toBe(0);
    await check('masters-filtered');
    await card.click();

    // The master's page, then the statement's own error, then the application.
    await page.getByLabel('师傅信息').locator('visible=true').getByText('已带 0/5 徒弟').waitFor();
    await check('master');
    await field(page, '拜师申请').fill('想学');
    await button(page, '提交申请').click();
    await page.getByText('拜师申请5到200字').waitFor();
    await page.getByText('拜师申请5到200字').scrollIntoViewIfNeeded();
    expect(await field(page, '拜师申请').inputValue(), 'what was typed stays').toBe('想学');
    await check('statement-error');
    await field(page, '拜师申请').fill('我在数控车间工作三年，想跟王师傅学习复杂零件的编程与加工。');
    await button(page, '提交申请').click();
    const own = page.getByLabel('我的拜师申请').locator('visible=true');
    await own.getByText('待师傅回复').waitFor();
    await own.scrollIntoViewIfNeeded();
    expect(await button(page, '提交申请').count(), 'no form beside a pending application').toBe(0);
    await check('applied');

    // A full master: why there is no form, and the way on.
    await openMentorPage(page, baseUrl, `master/index?id=${demoUserIdOf(MENTOR_PEOPLE.fullWelder)}`);
    await page.getByText('这位师傅的带徒名额已满', { exact: false }).waitFor();
    await check('master-full');

    // 王建军 accepts from his inbox, after a confirmation.
    await actAs(page, baseUrl, MENTOR_PEOPLE.cncMaster);
    await openMine(page, baseUrl);
    const inbox = page.getByLabel('待处理的拜师申请', { exact: true }).locator('visible=true');
    await inbox.getByText('陈晓东').waitFor();
    await inbox.scrollIntoViewIfNeeded();
    await check('inbox');
    await inbox.locator('taro-button-core').filter({ hasText: '接受' }).click();
    await page.getByRole('dialog', { name: '接受拜师' }).waitFor();
    await check('accept-confirm');
    await page.getByRole('dialog').locator('taro-button-core').filter({ hasText: '确定接受' }).click();
    await inbox.getByText('没有待处理的拜师申请。').waitFor();
    const apprentices = page.getByLabel('我的徒弟', { exact: true }).locator('visible=true');
    // Exactly the name: the row's link to the pair's page names 陈晓东 too.
    await apprentices.getByText('陈晓东', { exact: true }).waitFor();
    await apprentices.scrollIntoViewIfNeeded();
    await check('accepted');

    // 陈晓东's 我的师带徒: his master.
    await actAs(page, baseUrl, MENTOR_PEOPLE.worker);
    await openMine(page, baseUrl);
    await page.getByRole('link', { name: '王建军师傅', exact: true }).waitFor();
    await check('my-master');
    // His 十个一: item 6 (拜一个名师) done by the pair, for this year.
    await openYear(page, baseUrl);
    const credit = page.getByText('拜王建军为师', { exact: false });
    await credit.waitFor();
    await credit.scrollIntoViewIfNeeded();
    await check('item-6-done');

    // Someone without a profile (活动 → 找师傅 before signing up) is led to the profile, not told to ask for rights.
    await actAs(page, baseUrl, 'persona-public');
    await openMentorPage(page, baseUrl, 'masters/index');
    await page.getByText('填写个人资料后，才能找师傅和申请拜师。').waitFor();
    await check('no-profile');
  },
};
