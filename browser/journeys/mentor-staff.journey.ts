// Staff manage masters in PC WeChat's wide window (issue 15): the city union's 钱雅琴 opens 师傅管理 from the 工作台
// (the table of masters with places and studio stars), 设为师傅 罗伟 (found by name; the form names what is missing
// first), changes 林海's limit with a reason, assigns him 郑磊 as an apprentice and rates his studio; every change
// shows in the table at once. On a phone the same masters are cards. 李卫国, whom other journeys use, is left as is.
import type { Journey } from '../journey';
import { actAs, button, field, settledCheck } from './people-steps';
import { MENTOR_PEOPLE } from './mentor-steps';

export const mentorStaffJourney: Journey = {
  name: 'mentor-staff',
  window: 'wide',
  async run({ page, baseUrl, check: checkNow }) {
    const check = settledCheck(page, checkNow);
    await page.goto(`${baseUrl}/#/pages/me/index`);
    await actAs(page, baseUrl, MENTOR_PEOPLE.city);
    await page.goto(`${baseUrl}/#/admin/pages/index/index`);
    await page
      .getByRole('link', { name: /^师傅管理/ })
      .first()
      .click();
    const table = page.getByRole('table', { name: '师傅' });
    await table.getByText('李卫国').waitFor();
    await table.getByText('已带 1/5 徒弟').first().waitFor();
    await check('table');

    // 设为师傅: find 罗伟, be told what is missing, then designate.
    await button(page, '设为师傅').click();
    await field(page, '姓名').fill('罗伟');
    await button(page, /^查找$/).click();
    await page.getByRole('radio', { name: /^罗伟，/ }).click();
    await field(page, '认定原因').waitFor();
    await button(page, '确认认定').click();
    await page.getByText('请选择技能等级').waitFor();
    await page.getByText('请选择认定依据').waitFor();
    await page.getByText('请填写认定原因（至少2个字）').waitFor();
    await check('designate-errors');
    await page
      .getByRole('radiogroup', { name: '技能等级' })
      .getByRole('radio', { name: '技师', exact: true })
      .click();
    await page.getByRole('radiogroup', { name: '认定依据' }).getByRole('radio', { name: '技师及以上' }).click();
    await field(page, '认定原因').fill('经企业推荐，技师职业资格证书核验无误');
    await button(page, '确认认定').click();
    await page.getByText('✓ 已设 罗伟 为师傅').waitFor();
    await check('designated');
    await button(page, '回到师傅管理').click();
    await table.getByText('罗伟').waitFor();

    // 调整名额 of 林海 (0 of 3), with a reason.
    await table.getByRole('button', { name: '调整名额 林海' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await field(page, '带徒人数上限').fill('4');
    await field(page, '原因').fill('港区新设实训工位，增加名额');
    await check('limit-dialog');
    await dialog.locator('taro-button-core').filter({ hasText: '确定调整' }).click();
    await table.getByRole('row').filter({ hasText: '林海' }).getByText('已带 0/4 徒弟').waitFor();

    // 指派徒弟: 郑磊 to 林海.
    await table.getByRole('button', { name: '指派徒弟 林海' }).click();
    await dialog.waitFor();
    await field(page, '姓名').fill('郑磊');
    await dialog
      .locator('taro-button-core')
      .filter({ hasText: /^查找$/ })
      .click();
    await dialog.getByRole('radio', { name: /^郑磊，/ }).click();
    await field(page, '原因').fill('企业工会推荐结对');
    await check('assign-dialog');
    await dialog.locator('taro-button-core').filter({ hasText: '确定指派' }).click();
    await table.getByRole('row').filter({ hasText: '林海' }).getByText('已带 1/4 徒弟').waitFor();

    // 评星: 林海's studio, not yet rated.
    await table.getByRole('button', { name: '评星 林海' }).click();
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: '4星' }).click();
    await field(page, '原因').fill('年度考评良好');
    await dialog.locator('taro-button-core').filter({ hasText: '确定评星' }).click();
    await table.getByRole('row').filter({ hasText: '林海' }).getByText('★★★★☆ 4星').waitFor();
    await check('rated');

    // On a phone: the same masters as cards.
    await page.setViewportSize({ width: 375, height: 667 });
    await page.getByRole('button', { name: '调整名额' }).first().or(button(page, '调整名额').first()).waitFor();
    await check('cards-phone');
  },
};
