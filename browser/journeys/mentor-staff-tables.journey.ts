// Staff's 师带徒 tables in PC WeChat's wide window (issue 15): the city union's 钱雅琴 opens 带徒督导 from the 工作台
// and finds 黄秀兰 and 朱红梅's overdue check first (查看 opens the pair's own page, read-only); 宣讲团 of last month lists 马振东
// first, behind the target and marked 落后; 李卫国's 劳模档案 (from the 师傅管理 table) exports as an Excel file with
// a row per year; a statement WeChat held (周建国 applying to 林海) is passed in 师带徒内容审核, and so is a goal of
// their agreement WeChat held, and a lecture title of 林海's WeChat held is refused with a reason. At 375×667 with the largest font the same pages are cards, and 李卫国 reads his own
// record from 我的师带徒.
import { demoUserIdOf } from '../../database/seed/people';
import { addMonths } from '../../src/shared/mentoring/agreement';
import { addDays, beijingDay, inBeijing } from '../../src/shared/time/beijing';
import { expect } from '../expect';
import type { Journey } from '../journey';
import { actAs, button, field, settledCheck } from './people-steps';
import { callAs } from './contest-steps';
import { downloadWorkbook, setWeChatRules } from './media-steps';
import { MENTOR_PEOPLE, openMentorPage } from './mentor-steps';

const HELD = '待复核';

/** 2026年11月: the Beijing month before the cloud's (its clock is at 10:00 Beijing, never near a month's turn). */
function lastMonth(now: Date): string {
  const month = inBeijing(now).subtract(1, 'month');
  return `${month.year()}年${month.month() + 1}月`;
}

export const mentorStaffTablesJourney: Journey = {
  name: 'mentor-staff-tables',
  window: 'wide',
  async run({ page, baseUrl, now, check: checkNow }) {
    const check = settledCheck(page, checkNow);

    // 周建国 applies to 林海 with words WeChat holds for a person to decide.
    await setWeChatRules(baseUrl, { text: [{ contains: HELD, suggest: 'review', label: 21000 }] });
    try {
      await page.goto(`${baseUrl}/#/pages/me/index`);
      await actAs(page, baseUrl, 'demo-zhou');
      await openMentorPage(page, baseUrl, `master/index?id=${demoUserIdOf('demo-mw-port')}`);
      await field(page, '拜师申请').fill(`想跟林师傅学起重作业安全，${HELD}的一句话`);
      await button(page, '提交申请').click();
      await page.getByLabel('我的拜师申请').locator('visible=true').first().waitFor();
    } finally {
      await setWeChatRules(baseUrl, {});
    }

    // 带徒督导 from the 工作台: the overdue pair first.
    await actAs(page, baseUrl, MENTOR_PEOPLE.city);
    await page.goto(`${baseUrl}/#/admin/pages/index/index`);
    await page
      .getByRole('link', { name: /^带徒督导/ })
      .first()
      .click();
    const cadence = page.getByRole('table', { name: '带徒督导' });
    const first = cadence.getByRole('row').nth(1);
    await first.waitFor();
    expect(await first.getAttribute('aria-label'), 'the most overdue pair first').toBe('黄秀兰—朱红梅');
    await first.getByText(/^逾期 \d+ 天$/).waitFor();
    await check('cadence');
    // By trade: 纺织挡车工 keeps the pair first; 焊工 has no late pair of 黄秀兰's.
    const pickTrade = async (search: string, name: string) => {
      await page.getByRole('button', { name: '更换工种' }).click();
      await field(page, '查找工种').fill(search);
      await page.getByRole('radiogroup', { name: '工种', exact: true }).getByRole('radio', { name }).click();
    };
    await pickTrade('挡车', '纺织挡车工');
    await cadence.getByRole('row', { name: '黄秀兰—朱红梅' }).waitFor();
    expect(
      await cadence.getByRole('row').filter({ hasNotText: '纺织挡车工' }).count(),
      'only textile pairs under the header',
    ).toBe(1);
    await check('cadence-by-trade');
    await pickTrade('焊', '焊工');
    await cadence.getByRole('row', { name: '黄秀兰—朱红梅' }).waitFor({ state: 'detached' });
    await pickTrade('全部', '全部工种');
    await first.getByText(/^逾期 \d+ 天$/).waitFor();
    // 查看 opens the pair's own page, read-only for staff.
    await first.getByRole('button', { name: '查看 黄秀兰—朱红梅' }).click();
    const pair = page.getByLabel('师徒信息').locator('visible=true');
    await pair.getByText(/逾期 \d+ 天/).waitFor();
    await check('cadence-pair');
    await page.goBack();
    await first.getByRole('button', { name: '解除 黄秀兰—朱红梅' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('解除后师傅空出一个带徒名额', { exact: false }).waitFor();
    await dialog.locator('taro-button-core').filter({ hasText: '确定解除' }).click();
    await dialog.getByText('请填写解除原因（至少2个字）').waitFor();
    await check('dissolve-confirm');
    // Not dissolved: the pair is other journeys' overdue check too.
    await dialog.locator('taro-button-core').filter({ hasText: '取消' }).click();
    await dialog.waitFor({ state: 'detached' });
    await first.waitFor();

    // 宣讲团, last month: 马振东 behind, first.
    await page.goto(`${baseUrl}/#/mentor-admin/pages/lecture-team/index`);
    const team = page.getByRole('table', { name: '宣讲团成员' });
    await team.getByRole('row').nth(1).waitFor();
    await button(page, '‹ 上月').click();
    await page.getByText(lastMonth(now()), { exact: true }).waitFor();
    const behind = team.getByRole('row').nth(1);
    await behind.getByText('已举办 1/2 场').waitFor();
    expect(await behind.getAttribute('aria-label'), 'the member behind first').toBe('马振东');
    await behind.getByText('落后', { exact: true }).waitFor();
    await team.getByRole('row', { name: '李卫国' }).getByText('已举办 2/2 场').waitFor();
    await check('lecture-team-last-month');

    // 李卫国's record from the 师傅管理 table, and its export.
    await page.goto(`${baseUrl}/#/mentor-admin/pages/masters/index`);
    await page.getByRole('table', { name: '师傅' }).getByRole('link', { name: '劳模档案 李卫国' }).click();
    await page.getByText('李卫国 · 劳模档案').waitFor();
    await page.getByLabel('按年统计').getByText('宣讲', { exact: true }).first().waitFor();
    await check('record');
    const file = await downloadWorkbook(page, /^导出劳模档案（Excel）$/);
    expect(file.name.startsWith('李卫国-劳模档案-') && file.name.endsWith('.xlsx'), `file name ${file.name}`).toBe(
      true,
    );
    expect(file.rows.length > 1, 'the workbook has rows beyond its header').toBe(true);
    await page.getByText(/^✓ 已导出劳模档案，共 \d+ 行$/).waitFor();
    await check('record-exported');

    // The held statement, passed.
    await page.goto(`${baseUrl}/#/mentor-admin/pages/held/index`);
    const held = page.getByLabel('周建国 拜 林海 师傅');
    await held.getByText(`想跟林师傅学起重作业安全，${HELD}的一句话`).waitFor();
    await check('held');
    await held
      .locator('taro-button-core')
      .filter({ hasText: /^通过$/ })
      .click();
    await page.getByRole('dialog').locator('taro-button-core').filter({ hasText: '确定通过' }).click();
    await held.getByText('✓ 已通过，师傅现在可以看到这段话').waitFor();
    await check('held-passed');

    // 林海 accepts 周建国 and proposes an agreement whose goal WeChat holds: staff read it in full and pass it.
    const port = 'demo-mw-port';
    const inbox = await callAs<{ received: Array<{ applicationId: string; applicantName: string; state: string }> }>(
      baseUrl,
      port,
      'mentoring',
      'myMentoring',
      {},
    );
    const application = inbox.received.find((app) => app.applicantName === '周建国' && app.state === 'pending')!;
    await callAs(baseUrl, port, 'mentoring', 'decideApplication', {
      applicationId: application.applicationId,
      accept: true,
    });
    const { rows } = await callAs<{
      rows: Array<{ apprenticeshipId: string; apprenticeName: string; state: string }>;
    }>(baseUrl, port, 'mentoring', 'myPairs', {});
    const formed = rows.find((row) => row.apprenticeName === '周建国' && row.state === 'active')!;
    const start = beijingDay(now());
    await setWeChatRules(baseUrl, { text: [{ contains: HELD, suggest: 'review', label: 21000 }] });
    try {
      await callAs(baseUrl, port, 'mentoring', 'proposeAgreement', {
        apprenticeshipId: formed.apprenticeshipId,
        goals: [{ goalId: 'goal-0001', text: `掌握起重指挥信号，${HELD}`, targetDate: addMonths(start, 6) }],
        term: { start, end: addDays(addMonths(start, 12), -1) },
        cadence: { checkEveryMonths: 1, reviewEveryMonths: 3 },
      });
    } finally {
      await setWeChatRules(baseUrl, {});
    }
    await page.reload();
    const goal = page.getByLabel('林海—周建国 · 带徒目标');
    await goal.getByText(`掌握起重指挥信号，${HELD}`).waitFor();
    await goal
      .locator('taro-button-core')
      .filter({ hasText: /^通过$/ })
      .click();
    await page.getByRole('dialog').locator('taro-button-core').filter({ hasText: '确定通过' }).click();
    await goal.getByText('✓ 已通过，徒弟现在可以看到').waitFor();
    await check('held-pair-passed');

    // 林海 posts a lecture whose title WeChat holds: staff read it in full and refuse it with a reason.
    const startsAt = now().getTime() + 2 * 86_400_000;
    await setWeChatRules(baseUrl, { text: [{ contains: HELD, suggest: 'review', label: 21000 }] });
    try {
      await callAs(baseUrl, port, 'mentoring', 'postSession', {
        session: {
          kind: 'lecture',
          lectureKind: 'site',
          title: `起重安全${HELD}宣讲`,
          startsAt: new Date(startsAt).toISOString(),
          endsAt: new Date(startsAt + 3_600_000).toISOString(),
          place: '港务集团三号码头',
          link: null,
          capacity: 40,
          audience: { kind: 'everyone', orgId: null },
        },
      });
    } finally {
      await setWeChatRules(baseUrl, {});
    }
    await page.reload();
    const title = page.getByLabel('林海 · 活动主题');
    await title.getByText(`起重安全${HELD}宣讲`).waitFor();
    await title
      .locator('taro-button-core')
      .filter({ hasText: /^不通过$/ })
      .click();
    await field(page, '不通过的原因').fill('主题表述不当，请修改后再发布');
    await check('held-session-refuse');
    await page.getByRole('dialog').locator('taro-button-core').filter({ hasText: '确定不通过' }).click();
    await title.getByText('✓ 未通过，内容不再显示').waitFor();
    await check('held-session-refused');

    // On a phone (the check also looks at the largest font): cards.
    await page.setViewportSize({ width: 375, height: 667 });
    await page.goto(`${baseUrl}/#/mentor-admin/pages/cadence/index`);
    await page.getByLabel('黄秀兰—朱红梅').locator('visible=true').first().waitFor();
    await check('cadence-phone');
    await page.goto(`${baseUrl}/#/mentor-admin/pages/lecture-team/index`);
    await page.getByLabel('李卫国').locator('visible=true').first().waitFor();
    await check('lecture-team-phone');
    await page.goto(`${baseUrl}/#/mentor-admin/pages/record/index?id=${demoUserIdOf(MENTOR_PEOPLE.model)}`);
    await page.getByText('李卫国 · 劳模档案').waitFor();
    await check('record-phone');

    // 李卫国 reads his own record from 我的师带徒: the same figures, without staff's export and team change.
    await actAs(page, baseUrl, MENTOR_PEOPLE.model);
    await openMentorPage(page, baseUrl, 'mine/index');
    await page.getByText('我的劳模档案：', { exact: false }).click();
    await page.getByText('李卫国 · 劳模档案').waitFor();
    await page.getByLabel('按年统计').getByText('宣讲', { exact: true }).first().waitFor();
    expect(await button(page, /^导出劳模档案/).count(), 'no export for the master himself').toBe(0);
    expect(await button(page, /宣讲团$/).count(), 'no team change for the master himself').toBe(0);
    await check('record-own');
  },
};
