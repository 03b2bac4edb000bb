// Staff create a skills contest in PC WeChat's wide window (issue 14): the city union's staff open 技能竞赛 from the
// 工作台, start 新建比赛, are told what is missing under each field, pick the organiser, fill the contest, set an
// eligibility rule (age 20–50) and add a registration field (工龄, a number), publish, and find the contest in the
// table with its counts.
import { expect } from '../expect';
import type { Journey } from '../journey';
import { actAs, button, field, settledCheck } from './people-steps';

const TITLE = '示范市焊工职业技能竞赛（发布旅程）';

export const contestStaffJourney: Journey = {
  name: 'contest-staff',
  window: 'wide',
  async run({ page, baseUrl, check: checkNow }) {
    const check = settledCheck(page, checkNow);
    await page.goto(`${baseUrl}/#/pages/me/index`);
    await actAs(page, baseUrl, 'persona-city-staff');
    await page.goto(`${baseUrl}/#/admin/pages/index/index`);
    await page
      .getByRole('link', { name: /^技能竞赛/ })
      .first()
      .click();
    await button(page, '新建比赛').waitFor();
    await check('list');

    await button(page, '新建比赛').click();
    await field(page, '比赛名称').waitFor();
    // Nothing filled: each field says what it needs.
    await button(page, '发布比赛').click();
    await page.getByText('请选择主办单位').first().waitFor();
    await page.getByText('请填写比赛名称（4到40个字）').waitFor();
    // The first field in error is scrolled to, not left below the fold of a long form.
    const top = await field(page, '比赛名称').evaluate((input) => input.getBoundingClientRect().top);
    expect(top >= 0 && top < 800, `比赛名称 in view (top ${top})`).toBe(true);
    await check('errors');

    await page.getByRole('radio', { name: /^示范市总工会，/ }).click();
    await field(page, '比赛名称').fill(TITLE);
    await field(page, '工种').fill('焊工');
    await field(page, '比赛地点').fill('示范市职业技能实训基地');
    await field(page, '简介').fill('理论30%，实操70%。');
    await page.getByRole('radio', { name: '限定年龄段' }).click();
    await field(page, '最小年龄').fill('20');
    await field(page, '最大年龄').fill('50');
    await button(page, '添加报名字段').click();
    await field(page, '字段1名称').fill('工龄');
    await page.getByRole('radiogroup', { name: '工龄的类型' }).getByRole('radio', { name: '数字' }).click();
    await check('filled');
    await button(page, '发布比赛').click();

    const table = page.getByRole('table', { name: '技能竞赛' });
    await table.getByRole('link', { name: `查看报名 ${TITLE}` }).waitFor();
    await check('published');

    // Its page for the organisers: the rule and the field, as the workers will read them.
    await table.getByRole('link', { name: `修改 ${TITLE}` }).click();
    await field(page, '比赛名称').waitFor();
    await page
      .getByRole('radiogroup', { name: '工龄的类型' })
      .getByRole('radio', { name: '数字', checked: true })
      .waitFor();
    await page.getByRole('radio', { name: '限定年龄段', checked: true }).waitFor();
    await check('edit');
  },
};
