// Scores and results (issue 14), on the demo contest 精工机械 held two days ago (five checked in, 郑国强 缺考, no
// scores yet): its union's 孙丽华, in the wide window, finds 代为签到 beside 现场签到 on today's contest (and leaves
// it), downloads the 报名名单 Excel (masked phones only), opens 成绩录入 from the contests table, types the scores,
// is told which line and field is wrong (理论 120), saves, sees the places as they stand (a tie at the award cutoff
// awards both), publishes after the confirmation (the inputs go), corrects one score with a reason and downloads
// the results Excel. 陈晓东, on his phone, reads the ranking with his own line on the contest page, his place in
// 我的比赛, and item 2 done on his 十个一.
import { contestYearOf, type ContestSchedule } from '../../src/shared/contest/schedule';
import { beijingYear } from '../../src/shared/time/beijing';
import { expect } from '../expect';
import type { Journey } from '../journey';
import { callAs, openContestPage } from './contest-steps';
import { downloadWorkbook } from './media-steps';
import { actAs, button, field, settle, settledCheck } from './people-steps';
import { openYear } from './tenones-steps';

const TITLE = '精工机械岗位练兵：数控车工技能比武';
const TODAY = '精工机械岗位练兵：钳工技能比武';
const STAFF = 'persona-enterprise-staff';
const WORKER = 'persona-worker';

/** Scores typed per contestant: [theory, practical] → total at 30/70. */
const SCORES: Array<[string, string, string]> = [
  ['陈晓东', '95', '95'], // 95
  ['周立新', '86', '91.5'], // 89.9
  ['吴海燕', '86', '91.5'], // 89.9, tied with 周立新 at the award cutoff (2 places)
  ['冯晓丽', '80', '85'], // 83.5
  ['陈志远', '70', '75'], // 73.5
];

export const contestResultsJourney: Journey = {
  name: 'contest-results',
  window: 'wide',
  async run({ page, baseUrl, now, check: checkNow }) {
    const check = settledCheck(page, checkNow);
    const { items } = await callAs<{ items: Array<{ contestId: string; title: string; schedule: ContestSchedule }> }>(
      baseUrl,
      WORKER,
      'contest',
      'contests',
      {},
    );
    const held = items.find((item) => item.title === TITLE)!;
    const today = items.find((item) => item.title === TODAY)!;

    // ---- 报名名单 of today's contest: 代为签到 of a named contestant, with a reason (left unsent) ----
    await page.goto(`${baseUrl}/#/pages/me/index`);
    await actAs(page, baseUrl, STAFF);
    await page.goto(`${baseUrl}/#/contest-admin/pages/entries/index?id=${today.contestId}`);
    const todayTable = page.getByRole('table', { name: '报名名单' });
    await todayTable.locator('taro-button-core').filter({ hasText: '代冯晓丽签到' }).click();
    await page.getByRole('dialog').locator('taro-button-core').filter({ hasText: '确认签到' }).click();
    await page.getByText('请填写代为签到的原因（至少2个字）').waitFor();
    await field(page, '代为签到的原因').fill('手机没电，现场核对身份证');
    await check('manual-check-in-dialog');
    await page
      .getByRole('dialog')
      .locator('taro-button-core')
      .filter({ hasText: /^取消$/ })
      .click();

    // ---- the contest held two days ago: its 报名名单 as Excel, masked phones only ----
    await page.goto(`${baseUrl}/#/contest-admin/pages/list/index`);
    await page
      .getByRole('table', { name: '技能竞赛' })
      .getByRole('link', { name: `查看报名 ${TITLE}` })
      .click();
    await page.getByRole('table', { name: '报名名单' }).getByText('缺考').waitFor();
    const registrations = await downloadWorkbook(page, /^导出报名名单（Excel）$/);
    expect(registrations.rows[1], 'registration headers').toEqual([
      '报名顺序',
      '姓名',
      '单位',
      '手机号',
      '状态',
      '报名时间',
      '签到',
      '备注',
    ]);
    const listed = registrations.rows.slice(2);
    expect(
      listed.map((row) => row[1]),
      'registered names',
    ).toEqual(['陈晓东', '周立新', '吴海燕', '郑国强', '冯晓丽', '陈志远']);
    expect(
      listed.map((row) => row[4]),
      'states',
    ).toEqual(['已确认', '已确认', '已确认', '缺考', '已确认', '已确认']);
    const text = JSON.stringify(registrations.rows);
    expect(/\d{11}/.test(text), 'no full phone number in the file').toBe(false);
    expect(
      listed.every((row) => /^(\d{3}\*{4}\d{4})?$/.test(String(row[3] ?? ''))),
      'phones masked',
    ).toBe(true);
    await page.getByText(/^✓ 已导出报名名单，共 6 行$/).waitFor();
    await check('entries-exported');

    // ---- 成绩录入 from the contests table ----
    await page.goto(`${baseUrl}/#/contest-admin/pages/list/index`);
    await page
      .getByRole('table', { name: '技能竞赛' })
      .getByRole('link', { name: `成绩 ${TITLE}` })
      .click();
    const sheet = page.getByRole('table', { name: '成绩表' });
    await sheet.waitFor();
    await page.getByText('总分 = 理论 × 30% + 实操 × 70%，四舍五入保留一位小数').waitFor();
    await sheet.getByRole('row', { name: '郑国强' }).getByText('缺考').waitFor();
    expect(await field(page, '郑国强理论成绩').count(), 'no inputs for 缺考').toBe(0);
    // Publishing before every contestant who checked in has both scores is refused, and says who is missing.
    await button(page, /^发布成绩$/).click();
    await page.getByRole('dialog').locator('taro-button-core').filter({ hasText: '确认发布' }).click();
    await page.getByText(/^还有5位选手成绩未录全（.+等）$/).waitFor();
    for (const [name, theory, practical] of SCORES) {
      await field(page, `${name}理论成绩`).fill(name === '周立新' ? '120' : theory);
      await field(page, `${name}实操成绩`).fill(practical);
    }
    await button(page, /^保存成绩/).click();
    await page.getByText('第6行 周立新 理论：分数在0到100之间').waitFor();
    await check('score-error');

    await field(page, '周立新理论成绩').fill('86');
    await button(page, /^保存成绩（5位）$/).click();
    await page.getByText('✓ 已保存 5 位选手的成绩').waitFor();
    const place = (name: string) => sheet.getByRole('row', { name }).locator('.jx-tag').innerText();
    expect(await Promise.all(SCORES.map(([name]) => place(name))), 'places as they stand').toEqual([
      '第1名 · 获奖',
      '第2名 · 获奖',
      '第2名 · 获奖',
      '第4名',
      '第5名',
    ]);
    await check('scores-saved');
    // On a phone the sheet is one card per contestant, with the same inputs.
    await page.setViewportSize({ width: 375, height: 667 });
    await page.getByLabel('第3行 周立新').getByText('第2名 · 获奖').waitFor();
    await check('sheet-phone-entry');
    await page.setViewportSize({ width: 1280, height: 800 });

    // ---- 发布成绩: confirmed, then frozen ----
    await button(page, /^发布成绩$/).click();
    await page.getByRole('dialog', { name: '发布成绩' }).waitFor();
    await check('publish-dialog');
    await page.getByRole('dialog').locator('taro-button-core').filter({ hasText: '确认发布' }).click();
    await page.getByText('✓ 成绩已发布，选手可以查看排名').waitFor();
    expect(await page.locator('input[aria-label$="成绩"]').count(), 'inputs read-only once published').toBe(0);

    // ---- 更正 of one score, with a reason ----
    await button(page, '更正冯晓丽').click();
    await field(page, '实操成绩').fill('90');
    await field(page, '更正原因').fill('复核实操评分表，录入有误');
    await check('correct-dialog');
    await page.getByRole('dialog').locator('taro-button-core').filter({ hasText: '确认更正' }).click();
    await page.getByText('✓ 已更正冯晓丽的成绩').waitFor();
    await sheet.getByRole('row', { name: '冯晓丽' }).getByText('87分').waitFor();
    await check('published-corrected');
    // The same sheet on a phone: cards.
    await page.setViewportSize({ width: 375, height: 667 });
    await page.getByLabel('第4行 冯晓丽').getByText('理论 80 · 实操 90').waitFor();
    await check('sheet-phone');
    await page.setViewportSize({ width: 1280, height: 800 });

    // ---- the results as Excel ----
    const results = await downloadWorkbook(page, /^导出比赛成绩（Excel）$/);
    expect(results.rows[1], 'result headers').toEqual(['名次', '姓名', '单位', '理论', '实操', '总分', '获奖']);
    expect(
      results.rows.slice(2).map((row) => [row[0], row[1], row[5] ?? null, row[6] === '是']),
      'result rows',
    ).toEqual([
      [1, '陈晓东', 95, true],
      [2, '吴海燕', 89.9, true],
      [2, '周立新', 89.9, true],
      [4, '冯晓丽', 87, false],
      [5, '陈志远', 73.5, false],
      ['缺考', '郑国强', null, false],
    ]);
    expect(String(results.rows[0]![0]).includes('已发布成绩'), 'the note says published').toBe(true);
    await page.getByText(/^✓ 已导出比赛成绩，共 6 行$/).waitFor();

    // ---- 陈晓东, on his phone: the ranking with his line, his place, item 2 ----
    await page.setViewportSize({ width: 375, height: 667 });
    await actAs(page, baseUrl, WORKER);
    await openContestPage(page, baseUrl, held.contestId);
    const ranking = page.getByLabel('比赛成绩');
    await ranking.getByRole('listitem', { name: '第1名 陈晓东（我） 95分 获奖' }).waitFor();
    await ranking.getByText('你的成绩：理论95分，实操95分，总分95分，第1名，获奖。').waitFor();
    await ranking.getByRole('listitem', { name: /^缺考 郑国强/ }).waitFor();
    await ranking.scrollIntoViewIfNeeded();
    await check('worker-ranking');

    await page.goto(`${baseUrl}/#/contest/pages/mine/index`);
    await settle(page);
    await page.getByRole('link', { name: TITLE }).filter({ hasText: '成绩 95分 · 第1名 · 获奖' }).waitFor();
    await check('my-contests');

    await openYear(page, baseUrl);
    await page.getByRole('listitem', { name: /^2\. .+：已完成$/ }).waitFor();
    if (contestYearOf(held.schedule) === beijingYear(now())) {
      await page.getByText(`技能竞赛：${TITLE}`, { exact: false }).waitFor();
    }
    await page.getByRole('listitem', { name: /^2\. / }).scrollIntoViewIfNeeded();
    await check('tenones-item-2');
  },
};
