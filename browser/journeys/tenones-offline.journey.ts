// A log made on a factory floor without network (issue 13): with the network cut, a worker logs 学一门技术 with a
// photo; it shows 待发送 on the phone; the network returns and it is sent — the first send's answer is lost on the
// way back, so the phone sends it again — and the server holds exactly one entry with its photo.
import type { Route } from 'playwright-core';
import { localAdminApp } from 'cloudbase-local/admin-app';
import { demoUserIdOf } from '../../database/seed/people';
import { expect, eventually } from '../expect';
import type { Journey } from '../journey';
import { png, setWeChatRules } from './media-steps';
import { actAs, button, field, settledCheck } from './people-steps';
import { openYear } from './tenones-steps';

const WORKER = 'demo-zhou';
const TECHNIQUE = '工业机器人离线编程';

export const tenonesOfflineJourney: Journey = {
  name: 'tenones-offline',
  async run({ page, baseUrl, check: checkNow }) {
    const check = settledCheck(page, checkNow);
    // The photo's verdict waits, so the entry that arrives reads 审核中.
    await setWeChatRules(baseUrl, { mediaVerdictDelayMs: 60 * 60_000 });
    await page.goto(`${baseUrl}/#/pages/home/index`);
    await actAs(page, baseUrl, WORKER);
    // Online once: the year page (which remembers who the worker is) and the form's page are on the phone.
    await openYear(page, baseUrl);
    await page
      .getByRole('listitem', { name: /7\. 学一门技术/ })
      .locator('taro-button-core')
      .filter({ hasText: '记录' })
      .click();
    await field(page, '所学技术').waitFor();

    // The network goes; the worker fills the form and saves anyway.
    await page.context().setOffline(true);
    await field(page, '所学技术').fill(TECHNIQUE);
    await field(page, '传授人或机构').fill('设备厂家工程师');
    const chooser = page.waitForEvent('filechooser');
    await button(page, '添加照片').click();
    await (
      await chooser
    ).setFiles({ name: 'robot.png', mimeType: 'image/png', buffer: png(200, 150, [40, 90, 140]) });
    await page.getByRole('group', { name: '照片' }).getByText('1/9').waitFor();
    await button(page, '保存').click();
    const queued = page.getByRole('group', { name: `待发送：${TECHNIQUE}` });
    await queued.getByText('待发送').waitFor();
    await queued.getByText('1张照片', { exact: false }).waitFor();
    await check('queued-offline');

    // The first send reaches the server but its answer is lost; every later call goes through.
    let lost = 0;
    await page.route('**/fn/activity', async (route: Route) => {
      const body = route.request().postData() ?? '';
      if (lost === 0 && body.includes('"logEntry"')) {
        lost += 1;
        await route.fetch();
        await route.abort('connectionreset');
        return;
      }
      await route.continue();
    });
    await page.context().setOffline(false);
    // The phone tries again by itself after a lost answer (5 s), or at once on 现在发送.
    await page.getByRole('link', { name: `${TECHNIQUE}：审核中` }).waitFor({ timeout: 30_000 });
    expect(lost, 'the first answer was lost').toBe(1);
    expect(await page.getByRole('group', { name: `待发送：${TECHNIQUE}` }).count(), 'nothing left to send').toBe(0);
    await check('arrived');

    // Exactly one entry on the server, with its photo.
    const db = localAdminApp(baseUrl).database();
    await eventually(
      async () => {
        const { data } = (await db
          .collection('activityEntries')
          .where({ person: demoUserIdOf(WORKER), title: TECHNIQUE })
          .get()) as { data: Array<{ photos: string[] }> };
        return data.map((entry) => entry.photos.length);
      },
      [1],
      'one entry with one photo',
    );
    await page.unroute('**/fn/activity');
  },
};
