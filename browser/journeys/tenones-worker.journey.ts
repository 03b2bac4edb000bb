// A worker's 十个一 year (issue 13): from the home tab's glance into 我的十个一; logs a 五小活动 with a photo, which
// reads 审核中 until WeChat's verdict and then counts; logs a training; writes two diary entries on two days and a
// plan; sees a contest credit the contests module granted (set up in process); then the enterprise's staff mark
// an entry 不予认可 and the worker reads why, on the entry and in 消息.
import { expect } from '../expect';
import type { Journey } from '../journey';
import { beijingDay, beijingYear } from '../../src/shared/time/beijing';
import { demoUserIdOf } from '../../database/seed/people';
import { png, setWeChatRules } from './media-steps';
import { openMessages } from './message-steps';
import { actAs, button, field, settle, settledCheck } from './people-steps';
import { grantInProcess, openYear, otherDayInYear, setCloudClock } from './tenones-steps';

const WORKER = 'persona-worker';
const FIVE_SMALL = '刀具快换夹具';
const TRAINING = '五轴加工中心编程培训';
const REASON = '培训证明不全，请补充结业证书照片';

export const tenonesWorkerJourney: Journey = {
  name: 'tenones-worker',
  async run({ page, baseUrl, now, check: checkNow }) {
    const check = settledCheck(page, checkNow);
    // Photos wait for WeChat's verdict until the journey delivers it.
    await setWeChatRules(baseUrl, { mediaVerdictDelayMs: 60 * 60_000 });
    await page.goto(`${baseUrl}/#/pages/home/index`);
    await actAs(page, baseUrl, WORKER);
    await page.goto(`${baseUrl}/#/pages/home/index`);
    const glance = page.getByLabel('我的十个一');
    // Item 2 is his already: the demo data confirmed him for today's contest at 精工机械, which credits it.
    await glance.getByText('1/10').waitFor();
    await check('home-glance');
    await button(page, '查看和记录').click();
    await page.getByText(`我的${beijingYear(now())}年“十个一”`).waitFor();
    await check('year-start');

    // 五小活动 with a photo: the form's own words, a field error, then saved and 审核中.
    const fiveSmall = page.getByRole('listitem', { name: /4\. 参加一次五小活动/ });
    await fiveSmall.locator('taro-button-core').filter({ hasText: '记录' }).click();
    const titleLabel = '成果名称（小发明、小创造、小革新、小设计、小建议）';
    await field(page, titleLabel).waitFor();
    await button(page, '保存').click();
    await page.getByText('请填写内容（2到60个字）').waitFor();
    await check('log-field-error');
    await field(page, titleLabel).fill(FIVE_SMALL);
    await field(page, '车间或班组').fill('二车间数控班');
    await field(page, '说明').fill('换刀时间从十五分钟缩短到三分钟。');
    const chooser = page.waitForEvent('filechooser');
    await button(page, '添加照片').click();
    await (await chooser).setFiles({ name: 'jig.png', mimeType: 'image/png', buffer: png(240, 180, [90, 120, 70]) });
    await page.getByRole('group', { name: '照片' }).getByText('1/9').waitFor();
    await check('log-photo');
    await button(page, '保存').click();
    const record = page.getByRole('link', { name: `${FIVE_SMALL}：审核中` });
    await record.waitFor();
    expect(await fiveSmall.getByText('未完成').count(), 'item 4 waits for the verdict').toBe(1);
    await check('photo-held');

    // WeChat's verdict arrives: the photo passes and the entry counts.
    const flushed = await fetch(`${baseUrl}/_emulator/wechat/flush`, { method: 'POST' });
    expect(flushed.ok, 'verdicts delivered').toBe(true);
    await page.reload();
    await page.getByRole('link', { name: `${FIVE_SMALL}：已计入` }).waitFor();
    await page
      .getByRole('listitem', { name: /4\. 参加一次五小活动：已完成/ })
      .getByText(`我的记录：${FIVE_SMALL}`, { exact: false })
      .waitFor();

    // A training, no photo: counted at once.
    await page
      .getByRole('listitem', { name: /3\. 参加一场技术培训/ })
      .locator('taro-button-core')
      .filter({ hasText: '记录' })
      .click();
    await field(page, '培训名称').fill(TRAINING);
    await button(page, '保存').click();
    await page.getByRole('link', { name: `${TRAINING}：已计入` }).waitFor();

    // Two diary entries, on two days of the year (the diary takes only the day's own entry).
    const today = now();
    await setCloudClock(baseUrl, otherDayInYear(today));
    await page.goto(`${baseUrl}/#/tenones/pages/diary/index`);
    await page.reload();
    await field(page, '日记内容').fill('调试新夹具，记录了三组换刀时间。');
    await button(page, '保存').click();
    await page.getByText('已保存').waitFor();
    await setCloudClock(baseUrl, new Date(today.getTime() + 60_000));
    await page.reload();
    await field(page, '日记内容').fill('新夹具在全班推广，换刀快了五倍。');
    await button(page, '保存').click();
    await page.getByText(`${beijingYear(now())}年的生产日记（2篇）`).waitFor();
    await check('diary-two');

    // The plan: one goal with its date.
    await page.goto(`${baseUrl}/#/tenones/pages/plan/index`);
    await field(page, '目标1').fill('考取数控车工高级技师');
    await button(page, '保存计划').click();
    await page.getByText('计划已保存').waitFor();
    await check('plan-saved');

    // A contest the contests module confirmed: granted in process, shown with where it came from.
    await grantInProcess(
      baseUrl,
      {
        personId: demoUserIdOf(WORKER),
        year: beijingYear(now()),
        item: 2,
        kind: 'contest',
        sourceId: `journey-${beijingDay(now())}`,
        title: '全市数控车工职业技能竞赛',
      },
      now(),
    );
    await openYear(page, baseUrl);
    await page.getByText('技能竞赛：全市数控车工职业技能竞赛', { exact: false }).waitFor();
    await page.getByText('已写2篇生产日记').waitFor();
    await page.getByRole('group', { name: /完成5项，共10项/ }).waitFor();
    await check('year-five');

    // The enterprise's union staff open the training and mark it 不予认可.
    const trainingId = await entryIdOf(page, TRAINING);
    await actAs(page, baseUrl, 'persona-enterprise-staff');
    await page.goto(`${baseUrl}/#/tenones/pages/entry/index?id=${trainingId}`);
    await page.getByText('陈晓东', { exact: false }).first().waitFor();
    await check('staff-entry');
    await button(page, '不予认可').click();
    await field(page, '理由').fill(REASON);
    await page.getByRole('dialog').locator('taro-button-core').filter({ hasText: '不予认可' }).click();
    await page.getByText(`不予认可（孙丽华`, { exact: false }).waitFor();
    await check('staff-rejected');

    // The worker reads why: on the year page, on the entry, and in 消息.
    await actAs(page, baseUrl, WORKER);
    await openYear(page, baseUrl);
    await page.getByText(`不予认可：${REASON}`).waitFor();
    await page.getByRole('group', { name: /完成4项，共10项/ }).waitFor();
    await check('worker-sees-why');
    await openMessages(page, baseUrl, 1, `“十个一”记录不予认可：${TRAINING}`);
    await settle(page);
    await check('message');
  },
};

/** The id of a record on the year page, from the link it opens. */
async function entryIdOf(page: import('playwright-core').Page, title: string): Promise<string> {
  await page.getByRole('link', { name: new RegExp(`^${title}：`) }).click();
  await page.waitForURL(/entry\/index\?id=/);
  const id = new URL(page.url().replace('#/', '')).searchParams.get('id');
  expect(!!id, 'entry id in the URL').toBe(true);
  return id!;
}
