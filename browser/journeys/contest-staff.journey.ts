// Staff create a skills contest in PC WeChat's wide window (issue 14): the city union's staff open 技能竞赛 from the
// 工作台, start 新建比赛, are told what is missing under each field, pick the organiser, fill the contest, set an
// eligibility rule (age 20–50, 焊工 and 电工 only, no one who holds 同工种市技术能手; trades and honours picked from the
// shared lists and shown by their names) and add a registration field (工龄, a number), publish, and find the contest in the
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
    await page.getByText('请选择工种').first().waitFor();
    // The first field in error is scrolled to, not left below the fold of a long form.
    const top = await field(page, '比赛名称').evaluate((input) => input.getBoundingClientRect().top);
    expect(top >= 0 && top < 800, `比赛名称 in view (top ${top})`).toBe(true);
    await check('errors');

    await page.getByRole('radio', { name: /^示范市总工会，/ }).click();
    await field(page, '比赛名称').fill(TITLE);
    await field(page, '查找工种').fill('焊');
    await page.getByRole('radiogroup', { name: '工种', exact: true }).getByRole('radio', { name: '焊工' }).click();
    await field(page, '比赛地点').fill('示范市职业技能实训基地');
    await field(page, '简介').fill('理论30%，实操70%。');
    await page.getByRole('radio', { name: '限定年龄段' }).click();
    await field(page, '最小年龄').fill('20');
    await field(page, '最大年龄').fill('50');
    const addTrade = page.getByRole('radiogroup', { name: '添加工种', exact: true });
    await field(page, '查找添加工种').fill('焊');
    await addTrade.getByRole('radio', { name: '焊工' }).click();
    await field(page, '查找添加工种').fill('电工');
    await addTrade.getByRole('radio', { name: '电工', exact: true }).click();
    const chosen = page.getByRole('list', { name: '已选工种' });
    await chosen.getByText('焊工 ×').waitFor();
    await chosen.getByText('电工 ×').waitFor();
    // 同工种 is offered for a trade-specific honour only.
    const honours = page.getByRole('radiogroup', { name: '荣誉', exact: true });
    await honours.getByRole('radio', { name: '全国劳动模范' }).click();
    expect(await page.getByRole('radiogroup', { name: '适用范围' }).count(), 'no 同工种 for 劳动模范').toBe(0);
    await honours.getByRole('radio', { name: '市技术能手' }).click();
    await page.getByRole('radiogroup', { name: '适用范围' }).getByRole('radio', { name: '仅同工种' }).click();
    await button(page, '添加荣誉').click();
    await page.getByRole('list', { name: '排除的荣誉' }).getByText('同工种市技术能手 ×').waitFor();
    await page.getByRole('list', { name: '排除的荣誉' }).scrollIntoViewIfNeeded();
    await check('eligibility');
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
    await page.getByText('焊工', { exact: true }).first().waitFor();
    await page.getByRole('list', { name: '已选工种' }).getByText('电工 ×').waitFor();
    await page.getByRole('list', { name: '排除的荣誉' }).getByText('同工种市技术能手 ×').waitFor();
    await check('edit');
  },
};
