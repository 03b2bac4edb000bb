// 钱雅琴 (市总工会) works in PC WeChat's window widened to 1280×800: the 工作台 is a back office with its side
// navigation; she filters the 2027年度示范市青年岗位能手 nominations to 待审核 and one category, picks several,
// approves them at once and reads each row's outcome; the members, join requests and audit log are tables too. On a
// phone the same nominations are cards.
import type { Locator, Page } from 'playwright-core';
import { demoUserIdOf } from '../../database/seed/people';
import { expect } from '../expect';
import type { Journey } from '../journey';
import { setWeChatRules } from './media-steps';
import { actAs, button, settledCheck } from './people-steps';
import { DEEDS, openStaffCampaign } from './selection-steps';

const CAMPAIGN = 'demo-2027-young';
/** A phrase the local WeChat holds for human review (set for this journey only): 李卫国's deeds carry it. */
const HELD_PHRASE = '另附带徒名单待核实';

/** Nominates a person as a staff member, straight through the gateway (the nominate page has its own journey). */
async function nominateAs(page: Page, staff: string, person: string, categoryId: string, deeds = DEEDS) {
  const answer = await page.evaluate(
    async ({ staff, input }) => {
      const response = await fetch('/fn/selection', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-wx-openid': staff },
        body: JSON.stringify({ action: 'nominate', input }),
      });
      return (await response.json()) as { ok: boolean };
    },
    {
      staff,
      input: {
        campaignId: CAMPAIGN,
        userId: demoUserIdOf(person),
        categoryId,
        deeds,
        photoFileIds: [],
        honours: [],
      },
    },
  );
  if (!answer.ok) throw new Error(`nominate ${person} failed: ${JSON.stringify(answer)}`);
}

/** Scrolls the page so that `target` is at the top of the window (a screenshot shows what follows it). */
async function showAtTop(target: Locator): Promise<void> {
  await target.evaluate((element) => element.scrollIntoView({ block: 'start' }));
}

/** The names in the nominations table, top to bottom. */
async function tableNames(page: Page): Promise<string[]> {
  const rows = page.getByRole('table', { name: '提名' }).getByRole('row');
  const names: string[] = [];
  for (const row of (await rows.all()).slice(1)) names.push((await row.getAttribute('aria-label')) ?? '');
  return names;
}

export const staffTableJourney: Journey = {
  name: 'staff-table',
  window: 'wide',
  async run({ page, baseUrl, check: checkNow }) {
    const check = settledCheck(page, checkNow);
    await page.goto(`${baseUrl}/#/pages/me/index`);
    // Beside the seeded 陈晓东 (先进制造): 李卫国 (城市建设与服务) by his enterprise — his deeds held by WeChat's
    // content check for a person to look at, so he cannot be approved yet — and 周建国 (先进制造) by his district.
    await setWeChatRules(baseUrl, { text: [{ contains: HELD_PHRASE, suggest: 'review', label: 21000 }] });
    try {
      await nominateAs(page, 'persona-enterprise-staff', 'persona-model-worker', 'k2', `${DEEDS}${HELD_PHRASE}。`);
    } finally {
      await setWeChatRules(baseUrl, {});
    }
    await nominateAs(page, 'persona-district-staff', 'demo-zhou', 'k1');

    await actAs(page, baseUrl, 'persona-city-staff');
    await button(page, '进入工作台').click();
    await page.getByText('待审核申请', { exact: true }).waitFor();
    const nav = page.getByRole('navigation', { name: '工作台导航' });
    await nav.getByRole('link', { name: '组织' }).waitFor();
    await check('workbench-wide');

    // The campaign's nominations: 待审核, then one category.
    await openStaffCampaign(page, baseUrl, CAMPAIGN);
    const table = page.getByRole('table', { name: '提名' });
    await table.waitFor();
    await page.getByRole('tablist', { name: '提名状态' }).getByRole('tab', { name: '待审核' }).click();
    await table.getByRole('row', { name: '李卫国' }).waitFor();
    expect((await tableNames(page)).sort(), 'pending nominations').toEqual(['周建国', '李卫国', '陈晓东'].sort());
    await showAtTop(page.getByRole('tablist', { name: '提名状态' }));
    await check('nominations-pending');
    // Sorted by name on the server: 周 < 李 < 陈 by code point, and the reverse on a second click.
    await table.getByRole('button', { name: '按姓名排序' }).click();
    await table.locator('[role=columnheader][aria-sort=ascending]').filter({ hasText: '姓名' }).waitFor();
    await page.waitForFunction(
      () => document.querySelector('[role=table] [role=row]:nth-child(2)')?.getAttribute('aria-label') === '周建国',
    );
    expect(await tableNames(page), 'sorted by name').toEqual(['周建国', '李卫国', '陈晓东']);
    await page.getByRole('tablist', { name: '评选类别' }).getByRole('tab', { name: '先进制造' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[role=table] [role=row]').length === 3);
    expect((await tableNames(page)).sort(), 'pending in 先进制造').toEqual(['周建国', '陈晓东'].sort());
    await showAtTop(page.getByRole('tablist', { name: '提名状态' }));
    await check('nominations-filtered');
    await page.getByRole('tablist', { name: '评选类别' }).getByRole('tab', { name: '全部类别' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[role=table] [role=row]').length === 4);

    // Pick all three and approve them at once: two go through, 李卫国's held deeds refuse his, and each says so.
    await table.getByRole('checkbox', { name: '选择本页全部' }).click();
    const bar = page.getByRole('region', { name: '批量操作' });
    await bar.getByText('已选 3 条').waitFor();
    await showAtTop(page.getByRole('tablist', { name: '提名状态' }));
    await check('nominations-picked');
    await bar.locator('taro-button-core').filter({ hasText: '批量通过' }).click();
    const dialog = page.getByRole('dialog', { name: '批量通过（3 条）' });
    await dialog.waitFor();
    await check('bulk-approve-confirm');
    await dialog.locator('taro-button-core').filter({ hasText: '确认通过' }).click();
    const outcome = page.getByRole('status', { name: '批量通过结果' });
    await outcome.getByText('批量通过：2 条完成，1 条未完成').waitFor();
    await outcome.getByText('✓ 陈晓东：已通过').waitFor();
    await outcome.getByText('✓ 周建国：已通过').waitFor();
    await outcome.getByText('✗ 李卫国：主要事迹还在内容审核中：请先决定是否通过，再审核提名').waitFor();
    // Only the refused one is left to review, still picked.
    await page.waitForFunction(() => document.querySelectorAll('[role=table] [role=row]').length === 2);
    await table.getByRole('checkbox', { name: '选择李卫国', checked: true }).waitFor();
    await showAtTop(page.getByRole('tablist', { name: '提名状态' }));
    await check('bulk-approved');
    await page.getByRole('tablist', { name: '提名状态' }).getByRole('tab', { name: '已通过' }).click();
    await table.getByRole('row', { name: '陈晓东' }).waitFor();
    await table.getByRole('row', { name: '周建国' }).waitFor();
    await page.getByRole('tablist', { name: '提名状态' }).getByRole('tab', { name: '待审核' }).click();
    await table.getByRole('row', { name: '李卫国' }).waitFor();

    // The union's tables, from the side navigation.
    await nav.getByRole('link', { name: '成员' }).click();
    await page.getByRole('radio', { name: /^示范市精工机械有限公司工会，/ }).click();
    const members = page.getByRole('table', { name: '成员' });
    await members.getByRole('row', { name: '陈晓东' }).waitFor();
    await check('members-wide');
    await nav.getByRole('link', { name: '入会审核' }).click();
    await page.getByRole('table', { name: '入会申请' }).getByRole('row').nth(1).waitFor();
    await check('join-requests-wide');
    await nav.getByRole('link', { name: '操作日志' }).click();
    const log = page.getByRole('table', { name: '操作日志' });
    await log
      .getByRole('row', { name: /陈晓东 → 2027年度示范市青年岗位能手/ })
      .first()
      .waitFor();
    await check('audit-log-wide');

    // Every other page of the 工作台 in the wide window: a back office, not a stretched phone column (checked).
    for (const [task, ready] of [
      ['评选活动', '新建评选活动'],
      ['授权', '先找到要授权的人，再选择任职组织或评选。每次授权和撤销都会记入操作日志。'],
      ['劳模认定', '找到职工，登记荣誉称号、级别和年份，写明认定依据。'],
      ['组织', '东城区总工会'],
      ['邀请码', '职工用微信扫码并确认后，立即成为该企业工会的会员，不需要再审核。'],
      ['公示日历', '年份'],
    ] as const) {
      await nav.getByRole('link', { name: task }).click();
      await nav.getByRole('link', { name: task }).and(page.locator('[aria-current=page]')).waitFor();
      await page.getByText(ready).first().waitFor();
      await check(`wide-${task}`);
    }

    // A phone: the same nominations as cards.
    await page.setViewportSize({ width: 375, height: 667 });
    await openStaffCampaign(page, baseUrl, CAMPAIGN);
    await page.getByLabel('李卫国的提名', { exact: true }).waitFor();
    await showAtTop(page.getByRole('tablist', { name: '提名状态' }));
    expect(await page.getByRole('table').count(), 'no table on a phone').toBe(0);
    expect(await page.getByRole('navigation', { name: '工作台导航' }).count(), 'no side navigation on a phone').toBe(
      0,
    );
    await check('nominations-phone');
  },
};
