// From expert scoring to 公示 on the seeded 2026年度东城区工匠 (in 专家评审, one expert finished): 吴振华 scores all
// four candidates from 我的 → 评审任务 (a score over a criterion's maximum is refused next to the field); 赵建平, the
// organiser, sees both experts finished; a weighted tally altered in the database behind the functions' back makes
// 结果产生 refuse, naming the figure, until 投票监督's 核对计票 finds it and 按投票记录重算 repairs it with a reason;
// then the result is produced and checked on the public result page, and the 公示 starts; a visitor lodges a named objection (a bad contact is refused before anything is sent); 赵建平 answers it;
// the visitor sees the answer. The only journey that touches this campaign.
import { localAdminApp } from 'cloudbase-local/admin-app';
import { eventually, expect } from '../expect';
import { newId } from '../../src/shared/ids';
import type { Journey } from '../journey';
import { openMessages, outboxTo } from './message-steps';
import { actAs, button, field, settle, settledCheck } from './people-steps';
import { advanceTo, openStaffCampaign } from './selection-steps';

const CAMPAIGN_ID = 'demo-2026-dongcheng';
const TITLE = '2026年度东城区工匠';
/** 吴振华's points per candidate, criterion by criterion (技能水平40, 创新成果30, 传承贡献20, 职业道德10). */
const SHEETS = [
  ['37', '26', '18', '9'],
  ['35', '27', '17', '10'],
  ['30', '24', '16', '8'],
  ['32', '21.5', '15', '9'],
];
const CRITERIA = ['技能水平（满分40）', '创新成果（满分30）', '传承贡献（满分20）', '职业道德（满分10）'];
const REASON = '该候选人事迹材料中所列的技术革新项目，完成时间与其调入本单位的时间不符，请核实。';
const ANSWER = '经核实，该项目系候选人在原单位期间完成，已补充原单位证明材料，不影响入选。';

export const scoringToPublicityJourney: Journey = {
  name: 'scoring-to-publicity',
  async run({ page, baseUrl, check: checkNow }) {
    const check = settledCheck(page, checkNow);
    await page.goto(`${baseUrl}/#/pages/me/index`);

    // ---- the expert scores every candidate ----
    await actAs(page, baseUrl, 'persona-expert');
    await button(page, /^评审任务$/).waitFor();
    await check('expert-me');
    await button(page, /^评审任务$/).click();
    const task = page.getByLabel(TITLE, { exact: true });
    await task.getByText('已评 0/4 位，还差 4 位').waitFor();
    await task.getByText(/^评分截止前一天（.+），如你还有没评的候选人，会提醒你一次。$/).waitFor();
    await check('expert-tasks');
    // 提醒我: the reminder is set (and, in H5, the subscription simulated as allowed).
    await task.locator('taro-button-core').filter({ hasText: '提醒我' }).click();
    await task.getByText(/^✓ 已设置提醒：.+（评分截止前一天）/).waitFor();
    await check('expert-reminder-set');
    await task.locator('taro-button-core').filter({ hasText: '开始评分' }).click();
    const progress = page.getByRole('status', { name: '评分进度' });
    await progress.getByText('已评 0/4 位，还差 4 位').waitFor();
    await check('sheet');
    expect(await page.getByText(/\d+ 票/).count(), 'vote counts on the scoring sheet').toBe(0);

    // Over a criterion's maximum: refused next to that field, nothing locked.
    await field(page, CRITERIA[0]!).first().fill('45');
    for (const [i, label] of CRITERIA.entries()) if (i > 0) await field(page, label).first().fill(SHEETS[0]![i]!);
    // The field says so as it is typed, and the total leaves the entry out.
    await page.getByText('「技能水平」最高40分').waitFor();
    await page.getByText('合计：53 分（满分100分），已计入3/4项').waitFor();
    await button(page, /^提交评分$/)
      .first()
      .click();
    await field(page, CRITERIA[0]!).first().scrollIntoViewIfNeeded();
    expect(await page.getByRole('dialog').count(), 'no confirmation while a field is wrong').toBe(0);
    await check('over-maximum');

    for (const [n, points] of SHEETS.entries()) {
      // The sheet shows one candidate at a time, and after each submit the next still to score.
      for (const [i, label] of CRITERIA.entries()) await field(page, label).first().fill(points[i]!);
      await button(page, /^提交评分$/)
        .first()
        .click();
      const dialog = page.getByRole('dialog', { name: /^提交.+的评分$/ });
      await dialog.getByText('评分提交后不能修改，请确认无误。').waitFor();
      if (n === 0) await check('confirm-score');
      await dialog.locator('taro-button-core').filter({ hasText: '确认提交' }).click();
      await progress.getByText(new RegExp(`^已评 ${n + 1}/4 位`)).waitFor();
    }
    await progress.getByText('已评 4/4 位，全部完成').waitFor();
    expect(await button(page, /^提交评分$/).count(), 'score forms left after all are submitted').toBe(0);
    await progress.scrollIntoViewIfNeeded();
    await check('sheet-done');

    // ---- the organiser sees the panel finished and produces the result ----
    await actAs(page, baseUrl, 'persona-district-staff');
    await button(page, '进入工作台').click();
    await page.getByRole('link', { name: /^评选活动/ }).click();
    await page.getByRole('link', { name: new RegExp(`^${TITLE}`) }).click();
    await page.getByText('当前阶段：专家评审').waitFor();
    const panel = page.getByLabel('专家评审进度', { exact: true });
    await panel.getByText('2 位专家已全部完成评分，可以进入“结果产生”。').waitFor();
    await panel.getByLabel('吴振华的评分进度').getByText('✓ 已完成').waitFor();
    expect(await panel.getByText('未完成').count(), 'experts not finished').toBe(0);
    await settle(page);
    await panel.scrollIntoViewIfNeeded();
    await check('scoring-progress');

    // ---- a tally altered behind the functions' back holds the result until the organiser repairs it ----
    const db = localAdminApp(baseUrl).database();
    const { data: approved } = (await db
      .collection('candidates')
      .where({ campaignId: CAMPAIGN_ID, status: 'approved' })
      .orderBy('weighted', 'asc')
      .get()) as { data: Array<{ _id: string; name: string; weighted: number }> };
    const weakest = approved[0]!;
    await db.collection('candidates').doc(weakest._id).update({ weighted: 100000 });
    await button(page, '进入下一阶段（结果产生）').click();
    const advancing = page.getByRole('dialog', { name: '进入下一阶段' });
    await field(page, '原因').fill('专家评审全部完成，产生评选结果');
    await advancing.locator('taro-button-core').filter({ hasText: '确认进入' }).click();
    await advancing.getByText(/计票核对发现1处不一致，暂不能产生结果：.+加权票数（记录 100000，重算 \d+）/).waitFor();
    await check('result-refused');
    await advancing.locator('taro-button-core').filter({ hasText: '取消' }).click();
    await button(page, '投票监督').click();
    await button(page, '核对计票').click();
    const differs = page.getByRole('alert').filter({ hasText: '与重新计算的不一致' });
    await differs.getByText(`${weakest.name} · 加权票数：记录 100000 / 重新计算 ${weakest.weighted}`).waitFor();
    await settle(page);
    await differs.scrollIntoViewIfNeeded();
    await check('recount-differs');
    await button(page, '按投票记录重算').click();
    const rebuild = page.getByRole('dialog', { name: '按投票记录重算' });
    await field(page, '重算原因').fill('核实为数据库记录被改动，按投票记录恢复');
    await rebuild.locator('taro-button-core').filter({ hasText: '重算' }).click();
    await page.getByText('✓ 已重算 1 项，计票核对全部一致').waitFor();
    await page.getByText(/^✓ 全部一致：4位候选人/).waitFor();
    await check('rebuilt');
    await page.goBack();
    await page.getByLabel('评选阶段').getByText('当前阶段：专家评审').waitFor();
    await settle(page);
    await advanceTo(page, '结果产生', '专家评审全部完成，产生评选结果');
    await check('result-staff');

    await button(page, '查看公开的评选结果').click();
    const ranking = page.getByRole('list', { name: '东城区工匠排名' });
    await ranking.waitFor();
    const rows = ranking.getByRole('listitem');
    expect(await rows.count(), 'ranked candidates').toBe(4);
    for (const label of ['得票', '专家平均分', '综合得分']) {
      expect(await ranking.getByText(label, { exact: true }).count(), `${label} per candidate`).toBe(4);
    }
    expect(await ranking.getByText('✓ 入选').count(), 'places filled').toBe(2);
    await page.getByText('最终得分：公众投票占30%，专家评审占70%').waitFor();
    await page.getByText(/^公众投票得分：各类别中加权票数最高的候选人得100分/).waitFor();
    await check('result');
    // The same page in a wide window (WeChat on a PC).
    await page.setViewportSize({ width: 1280, height: 800 });
    await check('result-wide');
    await page.setViewportSize({ width: 375, height: 667 });
    const placed = await rows.filter({ hasText: '✓ 入选' }).first().getAttribute('aria-label');
    const placedName = /^第1名 (\S+) 入选$/.exec(placed ?? '')?.[1];
    if (!placedName) throw new Error(`no first place in ${placed}`);

    // Back to the campaign's staff page (the result page closes).
    await page.goBack();
    await page.getByLabel('评选阶段').getByText('当前阶段：结果产生').waitFor();
    await settle(page);
    await advanceTo(page, '公示', '评选结果公示');
    await page.getByText(/公示期满（.+24:00）且全部异议答复后，才能进入“结果确定”。/).waitFor();
    await check('publicity-staff');

    // ---- a visitor lodges a named objection ----
    const visitor = `visitor-${newId()}`;
    await actAs(page, baseUrl, visitor);
    await page.goto(`${baseUrl}/#/vote/pages/campaign/index?id=${CAMPAIGN_ID}`);
    await page.getByText('当前阶段：公示').waitFor();
    await check('campaign-in-publicity');
    await button(page, '查看公示名单，提出异议').click();
    await page.getByText(/^公示期：.+ 至 .+ 24:00（5个工作日）$/).waitFor();
    await page
      .getByLabel('入选名单')
      .getByText(new RegExp(`^✓ ${placedName} · `))
      .waitFor();
    await check('publicity');

    const lodging: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/fn/selection') && request.postData()?.includes('lodgeObjection')) {
        lodging.push(request.postData() ?? '');
      }
    });
    await field(page, '姓名').fill('王明');
    await field(page, '联系方式').fill('1391234');
    await page.getByRole('radio', { name: placedName, exact: true }).click();
    await field(page, '异议理由').fill(REASON);
    await page.getByText(`已输入 ${REASON.length}/1000 字（至少10字）`).waitFor();
    await button(page, '提交异议').click();
    await page.getByText('手机号应为11位，现在是7位', { exact: true }).waitFor();
    await eventually(() => field(page, '联系方式').getAttribute('aria-invalid'), 'true', 'contact marked wrong');
    expect(lodging.length, 'objections sent with a bad contact').toBe(0);
    await check('objection-bad-contact');

    await field(page, '联系方式').fill('13912345678');
    await button(page, '提交异议').click();
    await page.getByText(/^✓ 异议已于.+提交/).waitFor();
    expect(lodging.length, 'objections sent').toBe(1);
    const mine = page.getByLabel('我的异议', { exact: true });
    await mine.getByText('待答复').waitFor();
    await mine.getByText(`针对：${placedName}`).waitFor();
    await mine.scrollIntoViewIfNeeded();
    await check('objection-lodged');

    // ---- the organiser answers it ----
    await actAs(page, baseUrl, 'persona-district-staff');
    await openStaffCampaign(page, baseUrl, CAMPAIGN_ID);
    const card = page.getByLabel('王明的异议', { exact: true });
    await card.getByText(/^联系方式：139\*\*\*\*5678/).waitFor();
    await card.getByText(`针对：${placedName}`).waitFor();
    expect(await page.getByText('13912345678').count(), 'the full contact on the staff page').toBe(0);
    await card.scrollIntoViewIfNeeded();
    await check('objections-staff');
    await card.locator('taro-button-core').filter({ hasText: '答复' }).click();
    const dialog = page.getByRole('dialog', { name: '答复王明的异议' });
    await field(page, '答复内容').fill('已核实');
    await dialog.locator('taro-button-core').filter({ hasText: '提交答复' }).click();
    await dialog.getByText('答复至少5个字，请写明核实的情况和处理结果').waitFor();
    await check('answer-too-short');
    await field(page, '答复内容').fill(ANSWER);
    await dialog.locator('taro-button-core').filter({ hasText: '提交答复' }).click();
    await card.getByText('✓ 已答复').waitFor();
    await card.getByText(`答复：${ANSWER}`).waitFor();
    await card.getByText(/^赵建平 于 .+ 答复$/).waitFor();
    await check('answered');

    // ---- the visitor sees the answer ----
    await actAs(page, baseUrl, visitor);
    await page.goto(`${baseUrl}/#/vote/pages/publicity/index?id=${CAMPAIGN_ID}`);
    const answered = page.getByLabel('我的异议', { exact: true });
    await answered.getByText('✓ 已答复').waitFor();
    await answered.getByText(ANSWER).waitFor();
    await answered.scrollIntoViewIfNeeded();
    await check('answer-seen');

    // ---- the answer reached the visitor: a subscribe message and an unread message in 消息 ----
    const sent = await outboxTo(baseUrl, visitor);
    expect(
      sent.map((message) => message.template_id),
      'subscribe messages to the objector',
    ).toEqual(['local-tmpl-objection-answered']);
    expect(sent[0]!.page, 'the subscribe message opens the 公示').toBe(
      `vote/pages/publicity/index?id=${CAMPAIGN_ID}`,
    );
    const message = await openMessages(page, baseUrl, 1, `你的异议有了答复：${TITLE}`);
    await message.getByText(`答复：${ANSWER}`).waitFor();
    await check('objection-answer-message');
    await message.click();
    await page.getByLabel('我的异议', { exact: true }).getByText(ANSWER).waitFor();
  },
};
