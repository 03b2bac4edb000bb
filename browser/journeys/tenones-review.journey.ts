// 十个一审核 in PC WeChat's wide window (issue 13): 精工机械's union staff open the 工作台's task, find 吴海燕's
// entry whose text waits for a person (审核中), pass it on the entry's page, then pick the records that count and
// 认可 them at once, each row's outcome listed; 认可 locks them (the worker can no longer change them).
import { expect } from '../expect';
import type { Journey } from '../journey';
import { actAs, settle, settledCheck } from './people-steps';

const STAFF = 'persona-enterprise-staff';
const HELD = '薄壁件加工变形控制（夜班攻关）';

export const tenonesReviewJourney: Journey = {
  name: 'tenones-review',
  window: 'wide',
  async run({ page, baseUrl, check: checkNow }) {
    const check = settledCheck(page, checkNow);
    await page.goto(`${baseUrl}/#/pages/me/index`);
    await actAs(page, baseUrl, STAFF);
    await page.goto(`${baseUrl}/#/admin/pages/index/index`);
    await page
      .getByRole('link', { name: /^十个一审核/ })
      .first()
      .click();
    const table = page.getByRole('table', { name: '十个一记录' });
    await table.getByRole('link', { name: `查看 吴海燕：${HELD}` }).waitFor();
    await check('held-queue');

    // The held text, passed on the entry's page.
    await table.getByRole('link', { name: `查看 吴海燕：${HELD}` }).click();
    await page.getByText('这条记录的文字需人工审核（内容安全）', { exact: false }).waitFor();
    await check('held-entry');
    await page.locator('taro-button-core').filter({ hasText: '文字通过审核' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('taro-button-core').filter({ hasText: '确定' }).click();
    // (The queue page stays in the document behind this one, its tabs too: only what is visible counts.)
    await page.getByText('已计入', { exact: true }).locator('visible=true').first().waitFor();
    await check('held-passed');

    // Back to the queue: nothing waits now; the records that count are 认可 at once.
    await page.goBack();
    await settle(page);
    await page.getByRole('tablist', { name: '记录状态' }).getByRole('tab', { name: '已计入' }).click();
    await table.getByRole('link', { name: `查看 吴海燕：${HELD}` }).waitFor();
    const pick = ['吴海燕', '周立新'];
    for (const name of pick) {
      await table
        .getByRole('checkbox', { name: new RegExp(`^选择${name}：`) })
        .first()
        .click();
    }
    const bar = page.getByRole('region', { name: '批量操作' });
    await bar.getByText('已选 2 条').waitFor();
    await bar.locator('taro-button-core').filter({ hasText: '批量认可' }).click();
    await page
      .getByRole('dialog', { name: '批量认可（2 条）' })
      .locator('taro-button-core')
      .filter({ hasText: '确认认可' })
      .click();
    const outcome = page.getByRole('status', { name: '批量认可结果' });
    await outcome.getByText('批量认可：2 条完成', { exact: false }).waitFor();
    expect(await outcome.getByText('✓ 吴海燕', { exact: false }).count(), '吴海燕 认可').toBe(1);
    await check('bulk-accepted');
  },
};
