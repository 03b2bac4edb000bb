// The contest day (issue 14), on the demo contest held today at 精工机械: its union's 孙丽华 opens 现场签到 in the wide
// window and the code changes under the journey's eyes; 陈晓东, on his phone, scans a code he photographed more than
// two periods ago and is told it expired; he scans the code on screen now (read in a second tab) and is checked in,
// and the screen counts him. Codes are read from the staff page's pixels (decoded as a phone's scanner would) and handed to the H5 scan
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

    // The code on screen now, read in a second tab (the screen beside him) and scanned at once: switching the one
    // page between the two people took longer than a code lives on a busy machine. The H5 app reads its identity at
    // each call, so the worker's tab acts as him again the moment the code is read.
    const beside = await page.context().newPage();
    await beside.setViewportSize({ width: 1280, height: 800 });
    await beside.goto(`${baseUrl}/#/pages/me/index`);
    await beside.evaluate(() => localStorage.setItem('jx.openid', 'persona-enterprise-staff'));
    await beside.goto(screen);
    await beside.getByText(/已签到 \d+ \/ \d+ 人/).waitFor();
    const current = await decodeQrFrom(beside);
    await beside.close();
    await page.evaluate(() => localStorage.setItem('jx.openid', 'persona-worker'));
    await scanThroughSeam(page, current);
    await page
      .getByLabel('我的报名')
      .getByText(/^已签到/)
      .waitFor();
    await check('checked-in');

    // The organisers' screen counts him.
    await page.setViewportSize({ width: 1280, height: 800 });
    await actAs(page, baseUrl, 'persona-enterprise-staff');
    await page.goto(screen);
    await page.getByText('已签到 4 / 6 人').waitFor();
    await check('screen-counts');
  },
};
