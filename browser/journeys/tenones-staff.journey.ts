// 十个一 for staff (issue 13, the staff half of "Done when"): credits are granted in process through the credit
// module, as the modules that own them grant them (never by a client call). 东城区's staff open 十个一完成情况 from
// the 工作台, see each item's share of the members now, drill down to 精工机械 and see its completion change when
// another worker finishes all ten, open one worker's ten items, and download the enterprise's Excel, which the
// journey opens and checks against the page. Then the same pages in a wide window (PC WeChat): tables, not cards.
import type { Page } from 'playwright-core';
import { localAdminApp } from 'cloudbase-local/admin-app';
import { grantCredit } from '../../server/credits/credits';
import type { Db } from '../../server/kit/db';
import type { UserRecord } from '../../server/people/users';
import { beijingYear } from '../../src/shared/time/beijing';
import { TEN_ITEMS, type TenItem } from '../../src/shared/tenones/items';
import { expect } from '../expect';
import type { Journey } from '../journey';
import { downloadWorkbook as download } from './media-steps';
import { actAs, settle, settledCheck } from './people-steps';

const STAFF = 'persona-district-staff'; // 东城区总工会
const ENTERPRISE = '示范市精工机械有限公司工会';

/** The figure the items card shows for a measure: `n 人 · x%`. */
async function measureCount(page: Page, label: string): Promise<number> {
  const row = page.getByRole('button', { name: new RegExp(`^${label}：`) });
  const name = (await row.getAttribute('aria-label')) ?? '';
  return Number(/：(\d+) 人/.exec(name)?.[1] ?? NaN);
}

export const tenonesStaffJourney: Journey = {
  name: 'tenones-staff',
  async run({ page, baseUrl, now, check: checkNow }) {
    const check = settledCheck(page, checkNow);
    const db = localAdminApp(baseUrl).database() as unknown as Db;
    const year = beijingYear(now());
    const { data: members } = (await db.collection('users').where({ orgId: 'org-jinggong' }).limit(100).get()) as {
      data: UserRecord[];
    };
    // Workers who have done nothing yet this year (the demo city and earlier journeys credit others).
    const { data: started } = (await db
      .collection('creditYears')
      .where({ year, countedInOrg: 'org-jinggong' })
      .limit(1000)
      .get()) as { data: Array<{ person: string; items: Record<string, number> }> };
    const busy = new Set(
      started.filter((summary) => Object.values(summary.items).some(Boolean)).map((s) => s.person),
    );
    const named = members
      .filter((user) => user.profile && !busy.has(user._id))
      .sort((a, b) => a._id.localeCompare(b._id));
    expect(named.length >= 3, 'the seeded enterprise has workers').toBe(true);
    const [first, second, third] = named as [UserRecord, UserRecord, UserRecord];
    const give = (user: UserRecord, items: readonly TenItem[], kind: 'entry' | 'contest' = 'contest') =>
      Promise.all(
        items.map((item) =>
          grantCredit(
            db,
            { personId: user._id, year, item, kind, sourceId: `journey-${item}`, title: '十个一旅程' },
            now(),
            user.orgPath,
          ),
        ),
      );
    // A worker with all ten, one half way, one just started.
    await give(
      first,
      TEN_ITEMS.map((entry) => entry.item),
    );
    await give(second, [1, 2, 3, 9, 10]);
    await give(third, [3]);

    // ---- from the 工作台 to the district's completion ----
    await page.goto(`${baseUrl}/#/pages/me/index`);
    await actAs(page, baseUrl, STAFF);
    await page.goto(`${baseUrl}/#/admin/pages/index/index`);
    await page.getByRole('link', { name: /^十个一完成情况/ }).click();
    await page.getByLabel('概况', { exact: true }).getByText('东城区总工会', { exact: true }).waitFor();
    await page.getByRole('button', { name: /^十项全部完成：/ }).waitFor();
    expect((await measureCount(page, '十项全部完成')) >= 1, 'all ten counted in the district').toBe(true);
    await check('district');
    await page.getByLabel('每月趋势', { exact: true }).scrollIntoViewIfNeeded();
    await check('district-trend');

    // ---- a level down: the enterprise, its completion, and the change when another worker finishes ----
    const card = page.getByLabel(ENTERPRISE, { exact: true });
    await card.scrollIntoViewIfNeeded();
    await check('district-children');
    await card.locator('taro-button-core').filter({ hasText: '看职工' }).click();
    await page.getByLabel('概况', { exact: true }).getByText(ENTERPRISE, { exact: true }).waitFor();
    await page.getByRole('navigation', { name: '上级组织' }).getByText('东城区总工会').waitFor();
    const before = await measureCount(page, '十项全部完成');
    const secondItem = await measureCount(page, '4. 参加一次五小活动');
    await check('enterprise');
    await give(second, [4, 5, 6, 7, 8], 'entry');
    await page.reload();
    await page.getByRole('button', { name: /^十项全部完成：/ }).waitFor();
    expect(await measureCount(page, '十项全部完成'), 'all ten after the second worker finished').toBe(before + 1);
    expect(await measureCount(page, '4. 参加一次五小活动'), 'item 4 after the second worker').toBe(secondItem + 1);
    // The trend follows the item tapped.
    await page.getByRole('button', { name: /^4\. 参加一次五小活动：/ }).click();
    await page.getByText(`${year}年 完成“参加一次五小活动”（月末累计）`).waitFor();
    await page.getByLabel('每月趋势', { exact: true }).scrollIntoViewIfNeeded();
    await check('enterprise-trend');

    // ---- one worker's year: their ten items ----
    const secondName = second.profile!.realName;
    const worker = page.getByLabel(secondName, { exact: true });
    await worker.scrollIntoViewIfNeeded();
    await worker.getByText('已完成 10/10').waitFor();
    const thirdCard = page.getByLabel(third.profile!.realName, { exact: true });
    await thirdCard.locator('taro-button-core').filter({ hasText: '查看十项' }).click();
    await thirdCard.getByText('✓ 3. 参加一场技术培训').waitFor();
    await thirdCard.getByText('— 1. 参加一次学历提升（未完成）').waitFor();
    await check('worker');

    // ---- the enterprise's Excel, one row per worker ----
    await page.getByLabel('导出 Excel', { exact: true }).scrollIntoViewIfNeeded();
    const file = await download(page, /^导出完成情况（Excel）$/);
    expect(
      new RegExp(`^${ENTERPRISE}-${year}年十个一完成情况-\\d{8}-\\d{4}\\.xlsx$`).test(file.name),
      `file name ${file.name}`,
    ).toBe(true);
    expect(file.rows[1]?.[0], 'first header').toBe('姓名');
    expect(file.rows[1]?.at(-1), 'last header').toBe('完成项数');
    const line = (name: string) => file.rows.find((row) => row[0] === name);
    expect(line(secondName), `${secondName}'s row`).toEqual([secondName, ...TEN_ITEMS.map(() => '✓'), '10/10']);
    expect(line(third.profile!.realName)?.slice(1), `${third.profile!.realName}'s row`).toEqual([
      '—',
      '—',
      '✓',
      ...Array.from({ length: 7 }, () => '—'),
      '1/10',
    ]);
    expect(file.rows.length - 2, 'one row per member').toBe(members.length);
    await page.getByText(/云端副本将于.+自动删除/).waitFor();
    await check('exported');

    // ---- PC WeChat: the same pages as a back office ----
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.reload();
    await page.getByRole('table', { name: '职工完成情况' }).waitFor();
    await settle(page);
    await check('enterprise-wide');
    await page.getByRole('table', { name: '职工完成情况' }).scrollIntoViewIfNeeded();
    await check('enterprise-wide-table');
    await page.getByRole('navigation', { name: '上级组织' }).getByText('东城区总工会').click();
    await page.getByRole('table', { name: '下级组织完成情况' }).waitFor();
    await check('district-wide');
    await page.getByRole('table', { name: '下级组织完成情况' }).scrollIntoViewIfNeeded();
    await check('district-wide-table');
  },
};
