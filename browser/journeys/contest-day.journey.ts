// The contest day (issue 14), on the demo contest held today at 精工机械: its union's 孙丽华 opens 现场签到 in the wide
// window and the code changes under the journey's eyes; 陈晓东, on his phone, scans a code he photographed more than
// two periods ago and is told it expired; he scans the code on screen now and is checked in, and the screen counts
// him. Codes are read from the staff page's pixels (decoded as a phone's scanner would) and handed to the H5 scan
// seam as images.
import type { Journey } from '../journey';
import { decodeQrFrom, scanThroughSeam } from './check-in-steps';
import { callAs, openContestPage } from './contest-steps';
import { actAs, settledCheck } from './people-steps';

const TITLE = '精工机械岗位练兵：钳工技能比武';

export const contestDayJourney: Journey = {
  name: 'contest-day',
  window: 'wide',
  async run({ page, baseUrl, check: checkNow }) {
    const check = settledCheck(page, checkNow);
    const { items } = await callAs<{ items: Array<{ contestId: string; title: string }> }>(
      baseUrl,
      'persona-worker',
      'contest',
      'contests',
      {},
    );
    const contestId = items.find((item) => item.title === TITLE)!.contestId;
    const screen = `${baseUrl}/#/contest-admin/pages/check-in/index?id=${contestId}`;

    await page.goto(`${baseUrl}/#/pages/me/index`);
    await actAs(page, baseUrl, 'persona-enterprise-staff');
    await page.goto(screen);
    await page.getByText(/已签到 \d+ \/ \d+ 人/).waitFor();
    const old = await decodeQrFrom(page);
    await check('check-in-screen');
    // The code changes every 10 s.
    await page.waitForTimeout(11_000);
    const next = await decodeQrFrom(page);
    if (next === old) throw new Error('the check-in code did not change after a period');

    // 陈晓东 scans the first code, now more than two periods old: refused, and told why.
    await page.waitForTimeout(10_000);
    await page.setViewportSize({ width: 375, height: 667 });
    await actAs(page, baseUrl, 'persona-worker');
    await openContestPage(page, baseUrl, contestId);
    await scanThroughSeam(page, old);
    await page.getByText('二维码已过期，请扫描现场最新的二维码').waitFor();
    await check('stale-code-refused');

    // The code on screen now: read it and scan it. A code lives 10–20 s, and this one page turns from the organiser's
    // screen into the worker's phone in between, which on a loaded machine can outlast it: then he is told it expired
    // and scans the screen again, as a person in front of it would (a third expiry in a row fails the journey).
    const checkedIn = page.getByLabel('我的报名').getByText(/^已签到/);
    const expired = page.getByText('二维码已过期，请扫描现场最新的二维码');
    for (let attempt = 1; ; attempt++) {
      await actAs(page, baseUrl, 'persona-enterprise-staff');
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(screen);
      const current = await decodeQrFrom(page);
      await page.setViewportSize({ width: 375, height: 667 });
      await actAs(page, baseUrl, 'persona-worker');
      await openContestPage(page, baseUrl, contestId);
      await expired.waitFor({ state: 'hidden' });
      await scanThroughSeam(page, current);
      await checkedIn.or(expired).first().waitFor();
      if (await checkedIn.isVisible()) break;
      if (attempt === 3) throw new Error('three codes read off the screen in a row expired before the scan');
    }
    await check('checked-in');

    // The organisers' screen counts him.
    await page.setViewportSize({ width: 1280, height: 800 });
    await actAs(page, baseUrl, 'persona-enterprise-staff');
    await page.goto(screen);
    await page.getByText('已签到 4 / 6 人').waitFor();
    await check('screen-counts');
  },
};
