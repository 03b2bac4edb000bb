// A pair's agreement from proposal to 出师考核 (issue 15). 马振东 (焊工 master) opens his apprentice 孔令辉's
// 师徒协议 from 我的师带徒 and proposes one: a goal dated after the term is named under its date first, then a valid
// one waits for the apprentice. 孔令辉 reads it and agrees to that version, and writes his 岗位提升计划. 马振东
// records a check (the history shows each goal's progress), comments on the plan from 徒弟的十个一, and ends the pair
// by 出师考核 after a confirmation; 孔令辉 then reads the grade and comment, and the master's comment on his plan. The demo pair with a late check shows
// 逾期 n 天 to its master (黄秀兰) and to 朱红梅, in 我的师带徒 and on the pair's page, and to staff over them (read-only).
import { expect } from '../expect';
import type { Journey } from '../journey';
import { addDays, beijingDay } from '../../src/shared/time/beijing';
import { addMonths, termEndBounds } from '../../src/shared/mentoring/agreement';
import { actAs, button, field, settledCheck } from './people-steps';
import { MENTOR_PEOPLE, openMentorPage, openMine, openPair } from './mentor-steps';

export const mentorAgreementJourney: Journey = {
  name: 'mentor-agreement',
  async run({ page, baseUrl, now, check: checkNow }) {
    const check = settledCheck(page, checkNow);
    const today = beijingDay(now());
    const termEnd = termEndBounds(today).earliest;

    // 马振东 proposes: a goal after the term's end is named first; then a date inside it.
    await page.goto(`${baseUrl}/#/pages/me/index`);
    await actAs(page, baseUrl, MENTOR_PEOPLE.fullWelder);
    await openMine(page, baseUrl);
    await page
      .getByLabel('我的徒弟', { exact: true })
      .locator('visible=true')
      .getByText('尚未拟定师徒协议')
      .first()
      .waitFor();
    await openPair(page, '孔令辉');
    await page.getByText('还没有师徒协议。').waitFor();
    await check('pair-new');
    await button(page, '拟定协议').click();
    await field(page, '带徒目标1').fill('独立完成压力容器对接焊并一次探伤合格');
    await field(page, '目标1的完成日期').fill(addDays(termEnd, 30));
    await button(page, '添加目标').click();
    await field(page, '带徒目标2').fill('取得焊工高级工证书');
    await field(page, '目标2的完成日期').fill(addMonths(today, 8));
    await button(page, '提交给徒弟').click();
    const named = page.getByText('目标日期须在带徒期限内');
    await named.waitFor();
    await named.scrollIntoViewIfNeeded();
    expect(await field(page, '带徒目标1').inputValue(), 'what was typed stays').toBe(
      '独立完成压力容器对接焊并一次探伤合格',
    );
    await check('agreement-goal-error');
    await field(page, '目标1的完成日期').fill(addMonths(today, 6));
    await button(page, '提交给徒弟').click();
    const waiting = page.getByLabel('待同意的协议', { exact: true }).locator('visible=true');
    await waiting.getByText('待徒弟同意').waitFor();
    await check('agreement-proposed');

    // 孔令辉 reads the proposal and agrees to its version; then writes his plan of the year.
    await actAs(page, baseUrl, 'demo-tenones-20');
    await openMine(page, baseUrl);
    await page.getByText('师傅拟定了协议，等你同意').first().waitFor();
    await openPair(page, '马振东师傅');
    await button(page, '同意协议（第1版）').waitFor();
    await page
      .getByLabel('待同意的协议', { exact: true })
      .locator('visible=true')
      .getByText('取得焊工高级工证书')
      .waitFor();
    await check('apprentice-proposal');
    await button(page, '同意协议（第1版）').click();
    const agreement = page.getByLabel('师徒协议', { exact: true }).locator('visible=true');
    await agreement.getByText('已生效').waitFor();
    expect(await page.getByLabel('待同意的协议', { exact: true }).count(), 'nothing waits once agreed').toBe(0);
    await check('apprentice-agreed');
    await page.goto(`${baseUrl}/#/tenones/pages/plan/index`);
    await field(page, '目标1').fill('考取焊工高级工证书');
    await button(page, '保存计划').click();
    await page.getByText('计划已保存').waitFor();

    // 马振东 records a check: the history shows it with each goal's progress.
    await actAs(page, baseUrl, MENTOR_PEOPLE.fullWelder);
    await openMine(page, baseUrl);
    await openPair(page, '孔令辉');
    await button(page, '记录检查').click();
    await field(page, '检查记录').fill('对接焊操作规范，坡口处理仍需加强，下月重点练习仰焊。');
    await field(page, '目标1进度（%）').fill('30');
    await field(page, '目标2进度（%）').fill('10');
    await button(page, '保存检查记录').click();
    const checks = page.getByLabel('检查记录', { exact: true }).locator('visible=true');
    await checks.getByText('目标1：30%').waitFor();
    await checks.scrollIntoViewIfNeeded();
    await check('check-recorded');

    // His comment on the apprentice's plan, from 徒弟的十个一.
    await page.getByRole('link', { name: '徒弟的十个一与岗位提升计划' }).click();
    const plan = page.getByLabel('岗位提升计划', { exact: true }).locator('visible=true');
    await plan.getByText('考取焊工高级工证书').waitFor();
    await check('apprentice-plan');
    await field(page, '写点评').fill('目标明确，建议先参加厂里的考前培训，再报名考证。');
    await button(page, '发送点评').click();
    await page.getByText('点评已发送').waitFor();
    await plan.getByText('建议先参加厂里的考前培训').waitFor();
    await check('plan-commented');

    // 出师考核: a confirmation with the grade and comment; 不合格 says what comes next before 合格 is chosen.
    await openMine(page, baseUrl);
    await openPair(page, '孔令辉');
    await button(page, '出师考核').click();
    const dialog = page.getByRole('dialog', { name: '出师考核' });
    await dialog.getByRole('radio', { name: '不合格' }).click();
    await dialog.getByText('另找一位师傅').waitFor();
    await check('graduate-fail-note');
    await dialog.getByRole('radio', { name: '合格', exact: true }).click();
    await field(page, '考核评语').fill('达到协议目标，焊接质量稳定，准予出师。');
    await check('graduate-confirm');
    await dialog.locator('taro-button-core').filter({ hasText: '确定考核' }).click();
    const result = page.getByLabel('考核结果', { exact: true }).locator('visible=true');
    await result.getByText('出师考核：合格').waitFor();
    expect(await button(page, '记录检查').count(), 'an ended pair takes no more checks').toBe(0);
    await check('graduated-master');

    // 孔令辉 reads the grade and the comment; the history stays.
    await actAs(page, baseUrl, 'demo-tenones-20');
    await openMine(page, baseUrl);
    await page.getByText('已出师（合格）').first().waitFor();
    await openPair(page, '马振东师傅');
    await result.getByText('准予出师').waitFor();
    await page.getByLabel('检查记录', { exact: true }).locator('visible=true').getByText('目标2：10%').waitFor();
    await check('graduated-apprentice');
    // …and reads his master's comment on his plan, from the pair's page.
    await page.getByRole('link', { name: '我的十个一与师傅点评' }).click();
    await page
      .getByLabel('师傅点评', { exact: true })
      .locator('visible=true')
      .getByText('建议先参加厂里的考前培训')
      .waitFor();
    await check('apprentice-reads-comment');

    // The demo pair with a late check: 逾期 to the master and to the apprentice.
    await actAs(page, baseUrl, 'demo-mw-textile');
    await openMine(page, baseUrl);
    const late = page
      .getByText(/逾期 \d+ 天/)
      .locator('visible=true')
      .first();
    await late.waitFor();
    await late.scrollIntoViewIfNeeded();
    await check('overdue-master-mine');
    await openPair(page, '朱红梅');
    await page
      .getByLabel('师徒信息')
      .locator('visible=true')
      .getByText(/逾期 \d+ 天/)
      .waitFor();
    await check('overdue-master');
    const overduePair = page.url();
    await actAs(page, baseUrl, 'demo-tenones-12');
    await openMentorPage(page, baseUrl, 'mine/index');
    await page
      .getByText(/逾期 \d+ 天/)
      .locator('visible=true')
      .first()
      .waitFor();
    await openPair(page, '黄秀兰师傅');
    await page
      .getByLabel('师徒信息')
      .locator('visible=true')
      .getByText(/逾期 \d+ 天/)
      .waitFor();
    await check('overdue-apprentice');

    // Staff over the pair read the same page, 逾期 included, with nothing to change there.
    await actAs(page, baseUrl, MENTOR_PEOPLE.city);
    await page.goto(overduePair);
    await page.getByText('你以工会干部身份查看，只能阅读。').waitFor();
    await page
      .getByLabel('师徒信息')
      .locator('visible=true')
      .getByText(/逾期 \d+ 天/)
      .waitFor();
    expect(await button(page, /记录检查|修改协议|出师考核/).count(), 'staff change nothing here').toBe(0);
    await check('overdue-staff');
  },
};
