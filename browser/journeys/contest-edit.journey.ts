// Organisers change a contest after registration opened, in PC WeChat's wide window (issue 14). A city contest with
// two places is full, 周建国 waits, and 陈晓东's answer to 参赛感言 was held by WeChat's text check. 钱雅琴 (city
// union) passes the held answer on the 报名名单; in 修改比赛 she reads what is fixed, is refused a smaller capacity
// under the field, adds a place and a poster with a reason, and the waitlist moves: 周建国 is confirmed. The poster
// reaches the workers' page once the image check passed it.
import { expect } from '../expect';
import type { Journey } from '../journey';
import { callAs, createContestAsCity, openContest } from './contest-steps';
import { png, setWeChatRules } from './media-steps';
import { actAs, button, field, settledCheck } from './people-steps';

const TITLE = '示范市数控铣工技能竞赛（修改旅程）';
const HELD = '希望和师傅一起参赛，待复核的感言';

export const contestEditJourney: Journey = {
  name: 'contest-edit',
  window: 'wide',
  async run({ page, baseUrl, now, check: checkNow }) {
    const check = settledCheck(page, checkNow);
    await setWeChatRules(baseUrl, {
      text: [{ contains: '待复核', suggest: 'review', label: 21000 }],
      mediaVerdictDelayMs: 300,
    });
    const contestId = await createContestAsCity(
      baseUrl,
      openContest(now(), {
        title: TITLE,
        capacity: 2,
        fields: [{ key: 'note', label: '参赛感言', type: 'text', required: false, options: [] }],
      }),
    );
    await callAs(baseUrl, 'persona-worker', 'contest', 'register', { contestId, answers: { note: HELD } });
    await callAs(baseUrl, 'persona-model-worker', 'contest', 'register', { contestId, answers: {} });
    await callAs(baseUrl, 'demo-zhou', 'contest', 'register', { contestId, answers: {} });

    await page.goto(`${baseUrl}/#/pages/me/index`);
    await actAs(page, baseUrl, 'persona-city-staff');
    await page.goto(`${baseUrl}/#/contest-admin/pages/entries/index?id=${contestId}`);
    const table = page.getByRole('table').first();
    await table.getByText('待审核', { exact: true }).waitFor();
    await table.getByText(HELD).waitFor();
    await check('held-answer');
    await page
      .getByRole('group', { name: '陈晓东的参赛感言' })
      .locator('taro-button-core')
      .filter({ hasText: /^通过$/ })
      .click();
    await table.getByText('待审核', { exact: true }).waitFor({ state: 'detached' });
    await table.getByText(HELD).waitFor();
    await page.getByRole('row').filter({ hasText: '周建国' }).getByText('候补中').waitFor();

    await page.goto(`${baseUrl}/#/contest-admin/pages/edit/index?id=${contestId}`);
    await field(page, '名额').waitFor();
    await page.getByText(/^报名已开始，.*已固定，不能修改/).waitFor();
    await check('opened');
    // Fewer places than entries already hold is refused under the field, after the reason is asked for.
    await field(page, '名额').fill('1');
    await button(page, '保存修改').click();
    await field(page, '原因').fill('场地调整');
    await button(page, '保存修改').last().click();
    await page.getByText('报名开始后名额只能增加（现为2）').waitFor();
    await check('capacity-refused');

    await field(page, '名额').fill('3');
    const chooser = page.waitForEvent('filechooser');
    await button(page, '上传海报').click();
    await (
      await chooser
    ).setFiles({ name: 'poster.png', mimeType: 'image/png', buffer: png(360, 480, [180, 40, 40]) });
    await button(page, '换一张海报').waitFor();
    await page.getByText('可选；职工在比赛页面看到，上传后须通过内容安全检测').waitFor();
    await check('poster-added');
    await button(page, '保存修改').click();
    await field(page, '原因').fill('实训基地增加一个工位');
    await button(page, '保存修改').last().click();
    await page
      .getByRole('table', { name: '技能竞赛' })
      .getByRole('link', { name: `查看报名 ${TITLE}` })
      .click();
    // The added place went to the first waiting: nobody waits any more.
    const zhou = page.getByRole('row').filter({ hasText: '周建国' });
    await zhou.getByText('已确认').waitFor();
    await check('promoted');

    // The workers see the poster once WeChat's check passed it.
    await actAs(page, baseUrl, 'persona-worker');
    await page.goto(`${baseUrl}/#/contest/pages/detail/index?id=${contestId}`);
    const poster = page.getByRole('button', { name: `${TITLE}的海报，点按查看大图` });
    for (let tries = 0; tries < 20 && (await poster.count()) === 0; tries++) {
      await page.waitForTimeout(300);
      await page.reload();
    }
    await poster.locator('img').waitFor();
    const width = await poster.locator('img').evaluate((img) => (img as HTMLImageElement).naturalWidth);
    expect(width, 'the poster image loaded').toBe(360);
    await check('worker-poster');
    await setWeChatRules(baseUrl, {});
  },
};
