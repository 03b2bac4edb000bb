// The app on imported data (issue 16): the demo data seeded into a data folder as a first `npm start` leaves it, then
// exported (`npm run cloud:export`), imported into an empty folder (`npm run cloud:import`) and served by a local
// cloud started on that folder alone (with the secrets the import carried). A worker's home reads his 十个一 (item 2
// from today's contest), his 我的 tab shows his phone masked and his profile editor decrypts it, and he applies to a master — a write through the
// content check and the pairing rules on imported documents — which his master then reads in his inbox.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocalCloud } from 'cloudbase-local';
import { demoSeeds } from '../../database/seed';
import { exportData, importData } from '../../scripts/cloud-data';
import { functionSecrets, projectCloudOptions, seedOnce } from '../../scripts/local-data';
import { eventually } from '../expect';
import type { Journey } from '../journey';
import { actAs, button, field, settledCheck } from './people-steps';
import { MENTOR_PEOPLE, openMentorPage, openMine } from './mentor-steps';
import { demoUserIdOf } from '../../database/seed/people';

/** A local cloud of this project on the data folder `dir`, its clock at `at`. */
async function projectCloud(dir: string, at: Date) {
  const cloud = await startLocalCloud({
    ...projectCloudOptions(functionSecrets(dir)),
    dataDir: dir,
    timers: 'manual',
  });
  cloud.clock.set(at);
  return cloud;
}

export const importedDataJourney: Journey = {
  name: 'imported-data',
  async run({ page, now, check: checkNow }) {
    const check = settledCheck(page, checkNow);
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'jx-imported-'));
    try {
      const source = path.join(scratch, 'source');
      // The demo data is sealed in this process with its key (as `npm start` seeds with the folder's): the folder
      // keeps that key, and the export carries it.
      mkdirSync(source, { recursive: true });
      const { JX_PII_KEY, JX_CHECKIN_SECRET } = process.env;
      writeFileSync(path.join(source, 'function-secrets.json'), JSON.stringify({ JX_PII_KEY, JX_CHECKIN_SECRET }));
      const seeded = await projectCloud(source, now());
      await seedOnce(source, seeded.url, demoSeeds, now());
      await seeded.close();
      exportData(source, path.join(scratch, 'export'), now());
      const target = path.join(scratch, 'imported');
      importData(path.join(scratch, 'export'), target, now());
      // Nothing of the first folder is used from here on.
      rmSync(source, { recursive: true, force: true });

      const cloud = await projectCloud(target, now());
      try {
        const baseUrl = cloud.url;
        await page.goto(`${baseUrl}/#/pages/home/index`);
        await actAs(page, baseUrl, MENTOR_PEOPLE.worker);
        await page.goto(`${baseUrl}/#/pages/home/index`);
        await page.getByLabel('我的十个一').getByText('1/10').waitFor();
        await check('home');
        await page.goto(`${baseUrl}/#/pages/me/index`);
        await page
          .getByText(/1[3-9]\d\*{4}\d{4}/)
          .first()
          .waitFor();
        await check('me-masked-phone');
        // Editing reads the phone in full: decrypted with the key the import carried.
        await button(page, '编辑资料').click();
        const phone = field(page, '手机号');
        await phone.waitFor();
        await eventually(async () => /^139\d{4}0000$/.test(await phone.inputValue()), true, 'the phone in full');
        await phone.scrollIntoViewIfNeeded();
        await check('profile-decrypted');

        // 陈晓东 (persona-worker) is MENTOR_PEOPLE.worker.
        await openMentorPage(page, baseUrl, `master/index?id=${demoUserIdOf(MENTOR_PEOPLE.cncMaster)}`);
        await field(page, '拜师申请').fill('我在数控车间工作三年，想跟王师傅学习复杂零件的编程与加工。');
        await button(page, '提交申请').click();
        await page.getByLabel('我的拜师申请').locator('visible=true').getByText('待师傅回复').waitFor();
        await check('applied');
        await actAs(page, baseUrl, MENTOR_PEOPLE.cncMaster);
        await openMine(page, baseUrl);
        await page
          .getByLabel('待处理的拜师申请', { exact: true })
          .locator('visible=true')
          .getByText('陈晓东')
          .waitFor();
        await check('master-inbox');
      } finally {
        await cloud.close();
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  },
};
