// 提名条件 as data: the city's staff create a campaign open only to confirmed 一线职工 and closed to holders of 全国劳动模范,
// set in the campaign form; once nominations open, the nominate page states the conditions before anyone is looked
// up, and each person found says whether they meet them — 黄秀兰 (全国劳动模范, 一线 not confirmed) cannot be picked,
// 陈晓东 (confirmed 一线) can. At 375×667 and, through each check, the largest font.
import { expect } from '../expect';
import type { Journey } from '../journey';
import { button, field, settledCheck } from './people-steps';
import { advanceTo, beijingDate, createCampaign, STAGE_DATE_LABELS } from './selection-steps';

const TITLE = '2026年度示范市一线工匠';

export const nomineeEligibilityJourney: Journey = {
  name: 'nominee-eligibility',
  async run({ page, baseUrl, now, check: checkNow }) {
    const check = settledCheck(page, checkNow);
    await page.goto(`${baseUrl}/#/pages/me/index`);
    const offsets = [1, 8, 15, 22, 29, 36, 43, 50];
    const dates = Object.fromEntries(STAGE_DATE_LABELS.map((label, i) => [label, beijingDate(now(), offsets[i]!)]));
    const campaignId = await createCampaign(page, baseUrl, {
      title: TITLE,
      categories: ['制造业'],
      dates,
      more: async () => {
        const rules = page.getByRole('group', { name: '提名条件' });
        await rules.scrollIntoViewIfNeeded();
        await rules.getByRole('radio', { name: '仅限一线职工' }).click();
        await rules.getByRole('radio', { name: '全国劳动模范' }).click();
        await rules.locator('taro-button-core').filter({ hasText: '添加荣誉' }).click();
        await rules.getByRole('listitem').filter({ hasText: '全国劳动模范' }).waitFor();
        await check('conditions-set');
      },
    });
    await advanceTo(page, '推荐提名');

    // The nominate page: the conditions first.
    await button(page, '提名候选人').click();
    const conditions = page.getByLabel('提名条件', { exact: true });
    await conditions.getByText('仅限一线职工（须经本单位工会确认）', { exact: false }).waitFor();
    await conditions.getByText('已获全国劳动模范者不能被提名', { exact: false }).waitFor();
    await check('conditions-shown');

    // 黄秀兰 does not meet them: the reason shows and she cannot be picked.
    await field(page, '姓名').fill('黄秀兰');
    await button(page, '查找').click();
    const huang = page.getByRole('radio', { name: /^黄秀兰，/ });
    await huang.getByText('不符合：仅限一线职工（须经所在单位工会确认）').waitFor();
    expect(await huang.getAttribute('aria-disabled'), 'a person who does not qualify is not pickable').toBe('true');
    await huang.click({ force: true });
    expect(await huang.getAttribute('aria-checked'), 'tapping her picks nobody').toBe('false');
    await check('barred');

    // 陈晓东 does, and is picked.
    await field(page, '姓名').fill('陈晓东');
    await button(page, '查找').click();
    const chen = page.getByRole('radio', { name: /^陈晓东，/ });
    await chen.getByText('✓ 符合条件').waitFor();
    await chen.click();
    expect(await chen.getAttribute('aria-checked'), 'he is picked').toBe('true');
    await page.getByText('提名：陈晓东', { exact: false }).waitFor();
    await check('eligible');
    expect(campaignId.length > 0, 'the campaign was created').toBe(true);
  },
};
