// A full session's waitlist (issue 15): 李卫国's lecture tomorrow has one place, which 蒋丽萍 holds; 韩美玲 finds it in
// 讲座与带徒, is told it is full and signs up at 候补第1位; 蒋丽萍 withdraws after a confirmation and 韩美玲 holds the
// place; 李卫国 moves it to another room with more places, then cancels it with a reason, which 韩美玲 reads on its
// page.
import type { SessionView } from '../../src/shared/contracts/mentoring';
import type { Journey } from '../journey';
import { callAs } from './contest-steps';
import { openMentorPage } from './mentor-steps';
import { actAs, button, field, settledCheck } from './people-steps';
import { beijingPick, openSession, SESSION_PEOPLE } from './sessions-steps';

const TITLE = '劳模进班组：一人一岗的安全细节';
const FIRST = 'demo-tenones-08';
const SECOND = 'demo-tenones-10';
const REASON = '主讲临时到外地参加技术交流';

export const mentorSessionWaitlistJourney: Journey = {
  name: 'mentor-session-waitlist',
  async run({ page, baseUrl, now, check: checkNow }) {
    const check = settledCheck(page, checkNow);
    const start = beijingPick(now(), 24 * 60);
    const startsAt = `${start.day}T${start.time}:00+08:00`;
    const session = await callAs<SessionView>(baseUrl, SESSION_PEOPLE.master, 'mentoring', 'postSession', {
      session: {
        kind: 'lecture',
        lectureKind: 'team',
        title: TITLE,
        startsAt,
        endsAt: new Date(Date.parse(startsAt) + 2 * 3_600_000).toISOString(),
        place: '精工机械装配一班',
        link: null,
        capacity: 1,
        audience: { kind: 'everyone', orgId: null },
      },
    });
    await callAs(baseUrl, FIRST, 'mentoring', 'signUpSession', { sessionId: session.sessionId });

    // 韩美玲: the list, then the full lecture and the waitlist.
    await page.goto(`${baseUrl}/#/pages/me/index`);
    await actAs(page, baseUrl, SECOND);
    await openMentorPage(page, baseUrl, 'sessions/index');
    const card = page.getByRole('link').filter({ hasText: TITLE }).locator('visible=true');
    await card.getByText('已报 1/1').waitFor();
    await check('sessions-list');
    await card.click();
    await page.getByText('名额已满，现在报名将进入候补，有人取消时按顺序递补。').waitFor();
    await button(page, '报名候补').click();
    const mine = page.getByLabel('我的报名').locator('visible=true');
    await mine.getByText('名额已满，你在候补第1位。', { exact: false }).waitFor();
    await check('waitlisted');

    // 蒋丽萍 withdraws, after a confirmation; the place goes to 韩美玲.
    await actAs(page, baseUrl, FIRST);
    await openSession(page, baseUrl, session.sessionId);
    await button(page, '取消报名').click();
    const dialog = page.getByRole('dialog', { name: '取消报名' });
    await dialog.getByText(`确定取消“${TITLE}”的报名吗？`, { exact: false }).waitFor();
    await check('withdraw-confirm');
    await dialog.locator('taro-button-core').filter({ hasText: '确定取消' }).click();
    await mine.getByText('已取消报名').waitFor();
    await check('withdrawn');
    await actAs(page, baseUrl, SECOND);
    await openSession(page, baseUrl, session.sessionId);
    await mine.getByText('已报名', { exact: true }).waitFor();
    await check('promoted');

    // 李卫国 moves it to another room with more places (kind and audience stay as posted), then cancels it with a
    // reason; 韩美玲 reads it.
    await actAs(page, baseUrl, SESSION_PEOPLE.master);
    await openSession(page, baseUrl, session.sessionId);
    await page.getByLabel('报名名单').locator('visible=true').getByRole('listitem', { name: '韩美玲' }).waitFor();
    await button(page, '修改活动').click();
    await page.getByText('活动类型和参加对象发布后不能修改。').waitFor();
    await field(page, '活动地点').fill('精工机械装配二班');
    await field(page, '名额').fill('3');
    await check('edit');
    await button(page, '保存修改').click();
    await page.getByLabel('活动信息').locator('visible=true').getByText('已报 1/3').waitFor();
    await page.getByLabel('活动信息').locator('visible=true').getByText('精工机械装配二班').waitFor();
    await button(page, '取消活动').click();
    await field(page, '取消原因').fill(REASON);
    await check('cancel-dialog');
    await page.getByRole('dialog').locator('taro-button-core').filter({ hasText: '确定取消活动' }).click();
    await page.getByText(`活动已取消：${REASON}`).waitFor();
    await actAs(page, baseUrl, SECOND);
    await openSession(page, baseUrl, session.sessionId);
    await page.getByText(`活动已取消：${REASON}`).waitFor();
    await mine.getByText('活动已取消').waitFor();
    await check('cancelled-seen');
  },
};
