// District staff find a worker of their district, designate them a model worker with an honour, and the audit
// log shows who did it, when and why.
import { expect } from '../expect';
import type { Journey } from '../journey';
import { actAs, button, field, settledCheck } from './people-steps';

const REASON = '东总工〔2026〕12号 年度评选结果';

export const designateModelWorkerJourney: Journey = {
  name: 'designate-model-worker',
  async run({ page, baseUrl, check: checkNow }) {
    const check = settledCheck(page, checkNow);
    await page.goto(`${baseUrl}/#/pages/me/index`);
    await actAs(page, baseUrl, 'persona-district-staff');
    await button(page, '进入工作台').click();
    await page.getByRole('link', { name: /^劳模认定/ }).click();

    await field(page, '姓名').fill('周建国');
    await button(page, '查找').click();
    await page.getByRole('radio', { name: /^周建国，/ }).click();
    await page.getByText('认定 周建国 为劳模').waitFor();
    // Not one of the coded honours: 其他荣誉 takes the title and level as written.
    await field(page, '查找荣誉').fill('劳动模范');
    await page.getByRole('radio', { name: '其他荣誉' }).click();
    await field(page, '荣誉名称').fill('东城区劳动模范');
    await page.getByRole('radio', { name: '区级' }).click();
    await page.locator('select[aria-label="获得年份"]').selectOption('2025');
    await field(page, '认定依据').fill(REASON);
    await check('designation-form');
    await button(page, '确认认定').click();
    await page.getByText('✓ 已认定 周建国 为劳模').waitFor();
    await page.getByText('东城区劳动模范（区级 · 2025年）').waitFor();
    await check('designated');

    await page.goto(`${baseUrl}/#/admin/pages/audit/index`);
    const entry = page.getByLabel('认定劳模：周建国').first();
    await entry.waitFor();
    await entry.getByText(`原因：${REASON}`).waitFor();
    await entry.getByText('操作人：赵建平').waitFor();
    // Honours are the person's own list (empty before), the designation a fact of its own.
    await entry.getByText('荣誉：无 → 东城区劳动模范（区级 2025）').waitFor();
    await entry.getByText('劳模：否 → 是').waitFor();
    expect(
      /^\d+月\d+日 周. \d\d:\d\d$/.test(
        (await entry.locator('.jx-audit__head .jx-text-secondary').innerText()).trim(),
      ),
      'entry time in Beijing format',
    ).toBe(true);
    await check('audit-log');
  },
};
