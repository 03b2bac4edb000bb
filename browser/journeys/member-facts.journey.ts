// The facts contest eligibility reads, kept by 孙丽华 (精工机械's union) in PC WeChat's wide window: the members who
// stated they are 一线职工 wait under 一线待确认, she confirms two at once with a reason and each row says so;
// she adds 全国技术能手 in 数控车工 to 王建军's honours (beside his 市技术能手, trade picked, coded). Then 陈晓东 opens
// his profile: his 工种 is picked from the searchable list and his 一线职工 reads as confirmed.
import type { Page } from 'playwright-core';
import { expect } from '../expect';
import type { Journey } from '../journey';
import { actAs, button, field, settledCheck } from './people-steps';

async function tableNames(page: Page): Promise<string[]> {
  const rows = page.getByRole('table', { name: '成员' }).getByRole('row');
  const names: string[] = [];
  for (const row of (await rows.all()).slice(1)) names.push((await row.getAttribute('aria-label')) ?? '');
  return names.sort();
}

export const memberFactsJourney: Journey = {
  name: 'member-facts',
  window: 'wide',
  async run({ page, baseUrl, check: checkNow }) {
    const check = settledCheck(page, checkNow);
    await page.goto(`${baseUrl}/#/pages/me/index`);
    await actAs(page, baseUrl, 'persona-enterprise-staff');
    await button(page, '进入工作台').click();
    const nav = page.getByRole('navigation', { name: '工作台导航' });
    await nav.getByRole('link', { name: '成员' }).click();
    const table = page.getByRole('table', { name: '成员' });
    await table.getByRole('row', { name: '陈晓东' }).waitFor();

    // 待确认: the two the seed left stated and undecided.
    const filters = page.getByRole('tablist', { name: '一线职工筛选' });
    await filters.getByRole('tab', { name: '一线待确认' }).click();
    // Other journeys' workers may have stated it too: the seeded two are picked by name.
    await table.getByRole('row', { name: '罗伟' }).waitFor();
    const pending = await tableNames(page);
    expect(
      ['孙文斌', '罗伟'].every((name) => pending.includes(name)),
      'pending 一线职工',
    ).toBe(true);
    expect(pending.includes('陈晓东'), 'a confirmed one is not pending').toBe(false);
    await table.getByRole('checkbox', { name: '选择罗伟' }).click();
    await table.getByRole('checkbox', { name: '选择孙文斌' }).click();
    const bar = page.getByRole('region', { name: '批量操作' });
    await bar.getByText('已选 2 条').waitFor();
    await check('frontline-pending-picked');
    await bar.locator('taro-button-core').filter({ hasText: '批量认定一线职工' }).click();
    const dialog = page.getByRole('dialog', { name: '批量认定一线职工（2 条）' });
    await dialog.waitFor();
    await field(page, '确认依据').fill('车间岗位花名册核对');
    await check('frontline-bulk-confirm');
    await dialog.locator('taro-button-core').filter({ hasText: '确认认定一线职工' }).click();
    const outcome = page.getByRole('status', { name: '批量认定一线职工结果' });
    await outcome.getByText('批量认定一线职工：2 条完成').waitFor();
    await outcome.getByText('✓ 罗伟：已认定为一线职工').waitFor();
    await check('frontline-confirmed-outcome');

    await filters.getByRole('tab', { name: '一线已确认' }).click();
    await table.getByRole('row', { name: '罗伟' }).waitFor();
    const confirmed = await tableNames(page);
    expect(
      ['孙文斌', '张建军', '王建军', '罗伟', '陈晓东'].every((name) => confirmed.includes(name)),
      'confirmed 一线职工',
    ).toBe(true);
    await check('frontline-confirmed');

    // 王建军's honours: his 市技术能手 (数控车工) is there; 全国技术能手 is added with its trade.
    await table.getByRole('row', { name: '王建军' }).locator('taro-button-core').filter({ hasText: '查看' }).click();
    const card = page.getByRole('dialog', { name: '成员：王建军' });
    await card.getByText('荣誉：市技术能手（市级 数控车工 2024）').waitFor();
    await card.locator('taro-button-core').filter({ hasText: '编辑荣誉' }).click();
    await card.locator('taro-button-core').filter({ hasText: '再添加一项荣誉' }).click();
    await field(page, '查找荣誉').fill('技术能手');
    await card.getByRole('radio', { name: '全国技术能手' }).click();
    // The trade-specific honour takes his trade to start with; it can be changed.
    await card.getByLabel('荣誉 2', { exact: true }).getByText('数控车工', { exact: true }).waitFor();
    await card.locator('select[aria-label="获得年份"]').last().selectOption('2025');
    await field(page, '修改依据').fill('人社部 2025 年全国技术能手名单');
    await check('honours-editor');
    await card.locator('taro-button-core').filter({ hasText: '保存荣誉' }).click();
    await card.getByText('荣誉：市技术能手（市级 数控车工 2024）、全国技术能手（全国 数控车工 2025）').waitFor();
    await check('honours-saved');

    // The worker's side: the trade is a pick from the list, the statement reads as confirmed.
    await actAs(page, baseUrl, 'persona-worker');
    await button(page, '编辑资料').click();
    await page.getByText('所在单位工会已确认').waitFor();
    await page.getByRole('button', { name: '更换工种' }).click();
    await field(page, '查找工种').fill('焊');
    await page.getByRole('radio', { name: '焊工' }).waitFor();
    expect(await page.getByRole('radio', { name: '电工' }).count(), 'only matching trades').toBe(0);
    await page
      .getByRole('radiogroup', { name: '工种' })
      .evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await check('profile-trade-search');
  },
};
