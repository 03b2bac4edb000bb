// City staff pick next year's holidays and make-up working days from the State Council's notice, period by period
// (a period that ends before it starts is refused), see what a 公示 would end on, and save with the notice as the reason; district staff then read
// the same calendar without being able to change it, and the audit log records who set it and why.
import { beijingYear } from '../../src/shared/time/beijing';
import type { Journey } from '../journey';
import { actAs, button, field, settledCheck } from './people-steps';

const NOTICE = '国务院办公厅关于部分节假日安排的通知';

export const publicityCalendarJourney: Journey = {
  name: 'publicity-calendar',
  async run({ page, baseUrl, now, check: checkNow }) {
    const check = settledCheck(page, checkNow);
    const next = beijingYear(now()) + 1;
    await page.goto(`${baseUrl}/#/pages/me/index`);
    await actAs(page, baseUrl, 'persona-city-staff');
    await page.goto(`${baseUrl}/#/admin/pages/index/index`);
    await page.getByRole('link', { name: /^公示日历/ }).click();
    await page.getByRole('radio', { name: `${next}年` }).click();
    await page.getByText(`还没有填写${next}年的节假日安排`).waitFor();

    // Holidays are picked period by period from the notice; a period that ends before it starts is refused.
    const holidays = page.getByRole('group', { name: '放假日期' });
    const addPeriod = async (from: string, to: string) => {
      await field(page, '放假开始日期').fill(from);
      await field(page, '放假结束日期').fill(to);
      await holidays.locator('taro-button-core').filter({ hasText: '添加这段' }).click();
    };
    await addPeriod(`${next}-01-01`, `${next}-01-03`);
    await page.getByRole('list', { name: '放假日期（3天）' }).waitFor();
    await field(page, '放假开始日期').fill(`${next}-10-07`);
    await field(page, '放假结束日期').fill(`${next}-10-01`);
    await holidays.locator('taro-button-core').filter({ hasText: '添加这段' }).click();
    await holidays.getByRole('alert').getByText('结束日期不能早于开始日期').waitFor();
    await check('wrong-period');

    await addPeriod(`${next}-10-01`, `${next}-10-07`);
    await page.getByRole('list', { name: '放假日期（10天）' }).waitFor();
    await field(page, '调休上班日期').fill(`${next}-10-09`);
    await page
      .getByRole('group', { name: '调休上班日期' })
      .locator('taro-button-core')
      .filter({ hasText: '添加这天' })
      .click();
    await page.getByRole('list', { name: '调休上班日期（1天）' }).waitFor();
    await page.getByRole('status', { name: '公示期示例' }).getByText('个工作日）到').waitFor();
    await check('picked');
    await button(page, `保存${next}年安排`).click();
    const dialog = page.getByRole('dialog', { name: `保存${next}年公示日历` });
    await dialog.getByText('放假 10 天，调休上班 1 天').waitFor();
    await dialog.locator('textarea[aria-label="依据"]').fill(NOTICE);
    await dialog.locator('taro-button-core').filter({ hasText: '确认保存' }).click();
    await page.getByText('✓ 已保存，之后开始的公示按这份安排计算').waitFor();
    await page.getByText(/^已于 .* 填写$/).waitFor();
    await check('saved');

    await actAs(page, baseUrl, 'persona-district-staff');
    await page.goto(`${baseUrl}/#/admin/pages/calendar/index`);
    await page.getByText('由市总工会按国务院办公厅的通知填写', { exact: false }).waitFor();
    await page.getByRole('radio', { name: `${next}年` }).click();
    await page.getByText('放假日期（10天）').waitFor();
    if ((await page.locator('input[aria-label="放假开始日期"]').count()) > 0) {
      throw new Error('district staff can edit the city calendar');
    }
    await check('read-only');

    await actAs(page, baseUrl, 'persona-city-staff');
    await page.goto(`${baseUrl}/#/admin/pages/audit/index`);
    const entry = page.getByLabel(`设置公示日历：${next}年节假日安排`).first();
    await entry.getByText(`原因：${NOTICE}`).waitFor();
    await check('audit');
  },
};
