// Sessions and lectures (issue 15): 李卫国 posts a lecture from 我的师带徒 → 我发布的活动 — an end before the start is
// named under the end first — starting in twenty minutes; 尤建军 finds it on the 活动 tab's 讲座与带徒 card, signs up
// and sees it on 首页 as his next session; 李卫国 opens the 签到码 screen in the wide window, the journey decodes the
// code from its pixels and 尤建军's phone scans it through the scan seam: checked in, the screen counts him, and his
// 十个一 shows item 5 (听一次劳模宣讲) done. Then the online lecture under way: its master's screen shows the
// stream's 6-digit code; 陈晓东 types a wrong one (told how many tries are left), then the one on screen.
import type { Journey } from '../journey';
import { decodeQrFrom, scanThroughSeam } from './check-in-steps';
import { openMine } from './mentor-steps';
import { actAs, button, field, settledCheck } from './people-steps';
import { beijingPick, ONLINE_SESSION, openSession, openSessionCode, SESSION_PEOPLE } from './sessions-steps';
import { openYear } from './tenones-steps';

const TITLE = '劳模进企业：数控装配的精度之道';
const PHONE = { width: 375, height: 667 };
const WIDE = { width: 1280, height: 800 };

export const mentorSessionsJourney: Journey = {
  name: 'mentor-sessions',
  async run({ page, baseUrl, now, check: checkNow }) {
    const check = settledCheck(page, checkNow);
    await page.goto(`${baseUrl}/#/pages/me/index`);

    // 李卫国 posts the lecture: an end before the start first.
    await actAs(page, baseUrl, SESSION_PEOPLE.master);
    await openMine(page, baseUrl);
    await page.getByRole('link', { name: /我发布的活动/ }).click();
    await page.getByLabel('我发布的活动列表').locator('visible=true').waitFor();
    await check('posted-list');
    await button(page, '发布活动').click();
    await page.getByRole('radio', { name: '劳模宣讲' }).click();
    await page.getByRole('radio', { name: '进企业' }).click();
    await field(page, '活动主题').fill(TITLE);
    const start = beijingPick(now(), 20);
    const early = beijingPick(now(), -40);
    const end = beijingPick(now(), 140);
    await field(page, '开始日期').fill(start.day);
    await field(page, '开始时间').fill(start.time);
    await field(page, '结束日期').fill(early.day);
    await field(page, '结束时间').fill(early.time);
    await field(page, '活动地点').fill('精工机械职工活动中心');
    await field(page, '名额').fill('30');
    await page.getByRole('radio', { name: '所有职工' }).click();
    await button(page, /^发布$/).click();
    await page.getByText('结束时间须晚于开始时间').waitFor();
    await page.getByText('结束时间须晚于开始时间').scrollIntoViewIfNeeded();
    await check('end-before-start');
    await field(page, '结束日期').fill(end.day);
    await field(page, '结束时间').fill(end.time);
    await button(page, /^发布$/).click();
    const roster = page.getByLabel('报名名单').locator('visible=true');
    await roster.getByText('还没有人报名。').waitFor();
    const sessionId = new URL(page.url().replace('#/', '')).searchParams.get('id')!;
    await check('posted');

    // 尤建军 finds it on the 活动 tab and signs up; 首页 then shows it as his next session.
    await actAs(page, baseUrl, SESSION_PEOPLE.attendee);
    await page.goto(`${baseUrl}/#/pages/activities/index`);
    const card = page.getByLabel('可报名的讲座与带徒').locator('visible=true');
    await card.getByText(TITLE).waitFor();
    // The other cards loaded too, so the screenshot shows the tab as it settles.
    await button(page, '查看全部竞赛').waitFor();
    await page.getByLabel('工匠评选').locator('visible=true').getByRole('link').first().waitFor();
    await card.getByText(TITLE).scrollIntoViewIfNeeded();
    await check('activities-card');
    await card.getByRole('link').filter({ hasText: TITLE }).click();
    await page.getByLabel('活动信息').locator('visible=true').getByText('宣讲 · 进企业').waitFor();
    await button(page, /^报名$/).click();
    const mine = page.getByLabel('我的报名').locator('visible=true');
    await mine.getByText('已报名').waitFor();
    await mine.getByText('签到在活动开始前半小时开放。').or(button(page, '扫码签到')).first().waitFor();
    await check('signed-up');
    await page.goto(`${baseUrl}/#/pages/home/index`);
    const next = page.getByLabel('下一场讲座或带徒活动').locator('visible=true');
    await next.getByText(TITLE).waitFor();
    await page
      .getByText(/^\d+\/10$/)
      .locator('visible=true')
      .first()
      .waitFor();
    await next.scrollIntoViewIfNeeded();
    await check('home-next');

    // The code screen in the wide window, read off its pixels; the phone scans it. A code lives 10–20 s and the one
    // page turns from the master's screen into the worker's phone in between: an expired scan is scanned again, as
    // a person in front of the screen would (three in a row fail the journey).
    const checkedIn = page
      .getByLabel('我的报名')
      .locator('visible=true')
      .getByText(/^已签到 /);
    const expired = page.getByText('二维码已过期，请扫描现场最新的二维码');
    for (let attempt = 1; ; attempt++) {
      await actAs(page, baseUrl, SESSION_PEOPLE.master);
      await page.setViewportSize(WIDE);
      await openSessionCode(page, baseUrl, sessionId);
      if (attempt === 1) await check('code-screen');
      const token = await decodeQrFrom(page);
      await page.setViewportSize(PHONE);
      await actAs(page, baseUrl, SESSION_PEOPLE.attendee);
      await openSession(page, baseUrl, sessionId);
      await scanThroughSeam(page, token);
      await checkedIn.or(expired).first().waitFor();
      if (await checkedIn.isVisible()) break;
      if (attempt === 3) throw new Error('three codes read off the screen in a row expired before the scan');
    }
    await page.getByText('（扫码签到）', { exact: false }).waitFor();
    await check('checked-in');

    // His 十个一: item 5 done by the lecture.
    await openYear(page, baseUrl);
    await page.getByText(`劳模宣讲：${TITLE}`, { exact: false }).waitFor();
    await page.getByText(`劳模宣讲：${TITLE}`, { exact: false }).scrollIntoViewIfNeeded();
    await check('item-5-done');

    // The master's screen counts him.
    await actAs(page, baseUrl, SESSION_PEOPLE.master);
    await page.setViewportSize(WIDE);
    await openSessionCode(page, baseUrl, sessionId);
    await page.getByText('已签到 1 / 1 人').waitFor();
    await check('screen-counts');
    await page.setViewportSize(PHONE);
    await openSession(page, baseUrl, sessionId);
    const row = page.getByLabel('报名名单').locator('visible=true').getByRole('listitem', { name: '尤建军' });
    await row.getByText('（扫码签到）', { exact: false }).waitFor();
    await row.scrollIntoViewIfNeeded();
    await check('roster');

    // The online lecture: its master's screen shows the stream's code; 陈晓东 types a wrong one, then that one.
    const wrongTold = page.getByText(/签到码不对，请核对后重新输入（还可输入\d+次）/);
    const codeExpired = page.getByText('签到码已过期，请输入最新的签到码');
    const viewerChecked = page
      .getByLabel('我的报名')
      .locator('visible=true')
      .getByText(/^已签到 /);
    for (let attempt = 1; ; attempt++) {
      await actAs(page, baseUrl, SESSION_PEOPLE.streamer);
      await page.setViewportSize(WIDE);
      await openSessionCode(page, baseUrl, ONLINE_SESSION);
      const digits = page.locator('.jx-session-code__digits').locator('visible=true');
      await digits.waitFor();
      if (attempt === 1) await check('stream-code');
      const code = (await digits.textContent())!.trim();
      await page.setViewportSize(PHONE);
      await actAs(page, baseUrl, SESSION_PEOPLE.viewer);
      await openSession(page, baseUrl, ONLINE_SESSION);
      if (attempt === 1) {
        await field(page, '签到码').fill(code === '000000' ? '111111' : '000000');
        await button(page, /^签到$/).click();
        await page.getByText('签到码不对，请核对后重新输入（还可输入9次）').waitFor();
        await page.getByText('签到码不对，请核对后重新输入（还可输入9次）').scrollIntoViewIfNeeded();
        await check('stream-code-wrong');
      }
      await field(page, '签到码').fill(code);
      await button(page, /^签到$/).click();
      await viewerChecked.or(codeExpired).or(wrongTold.nth(0)).first().waitFor();
      if (await viewerChecked.isVisible()) break;
      if (attempt === 3) throw new Error('three stream codes in a row expired before they were typed');
    }
    await page.getByText('（签到码签到）', { exact: false }).waitFor();
    await check('stream-checked-in');
  },
};
