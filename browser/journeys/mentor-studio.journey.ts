// A master's own side (issue 15): 李卫国 declines 周立新's waiting application with a reason the worker then reads,
// pauses applications (and opens them again), and edits his 创新工作室 — an empty name is named under the field; a
// photo is added — whose public page shows the category, stars, master and apprentices by name; 周立新 reads the
// decline on his 我的师带徒. The studio keeps its demo name, so later journeys in the same cloud find it as seeded.
import { demoUserIdOf } from '../../database/seed/people';
import type { Journey } from '../journey';
import { actAs, button, field, settledCheck } from './people-steps';
import { png } from './media-steps';
import { MENTOR_PEOPLE, openMentorPage, openMine } from './mentor-steps';

/** 周立新, a demo worker of the 十个一 seed whose application waits for 李卫国. */
const APPLICANT = 'demo-tenones-01';

export const mentorStudioJourney: Journey = {
  name: 'mentor-studio',
  async run({ page, baseUrl, check: checkNow }) {
    const check = settledCheck(page, checkNow);
    await page.goto(`${baseUrl}/#/pages/me/index`);
    await actAs(page, baseUrl, MENTOR_PEOPLE.model);
    await openMine(page, baseUrl);
    const inbox = page.getByLabel('待处理的拜师申请', { exact: true }).locator('visible=true');
    await inbox.getByText('周立新').waitFor();
    await inbox.locator('taro-button-core').filter({ hasText: '婉拒' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('taro-button-core').filter({ hasText: '确定婉拒' }).click();
    await dialog.getByText('请填写婉拒原因（至少2个字）').waitFor();
    await field(page, '婉拒原因').fill('今年名额已有安排，建议先向同车间的何立新师傅请教');
    await check('decline-dialog');
    await dialog.locator('taro-button-core').filter({ hasText: '确定婉拒' }).click();
    await inbox.getByText('没有待处理的拜师申请。').waitFor();
    await page.getByRole('radio', { name: '暂停接收' }).click();
    await page.getByText('钳工 · 已带 1/5 徒弟 · 暂不收徒').waitFor();
    await check('paused');
    // Open again: later journeys in the same cloud find the demo master as the seed left him.
    await page.getByRole('radio', { name: '接收申请' }).click();
    await page.getByText('钳工 · 已带 1/5 徒弟 · 接受申请').waitFor();

    // 编辑工作室: the name's own error, then a save that lands on the studio's page.
    await button(page, '编辑工作室').click();
    await field(page, '工作室名称').waitFor();
    await field(page, '工作室名称').fill('');
    await button(page, /^保存$/).click();
    await page.getByText('工作室名称2到30个字').waitFor();
    await check('studio-edit-error');
    await field(page, '工作室名称').fill('李卫国钳工创新工作室');
    const chooser = page.waitForEvent('filechooser');
    await button(page, '添加照片').click();
    await (
      await chooser
    ).setFiles({ name: 'studio.png', mimeType: 'image/png', buffer: png(480, 360, [40, 90, 160]) });
    await page.getByRole('list', { name: '工作室照片' }).getByRole('listitem').first().waitFor();
    await page.getByText('工作室照片（1/9）').waitFor();
    await check('studio-photo-added');
    await button(page, /^保存$/).click();
    const studio = page.getByLabel('工作室', { exact: true }).locator('visible=true');
    await studio.getByText('李卫国钳工创新工作室').waitFor();
    await studio.getByText('★★★★☆ 4星').waitFor();
    await studio.getByRole('list', { name: /的照片（1 张）$/ }).waitFor();
    await check('studio-own');

    // The public page as another worker: no 编辑, the apprentices by name.
    await actAs(page, baseUrl, MENTOR_PEOPLE.worker);
    await openMentorPage(page, baseUrl, `studio/index?id=${demoUserIdOf(MENTOR_PEOPLE.model)}`);
    await page.getByLabel('领办人与徒弟').locator('visible=true').getByText('徒弟（1人）').waitFor();
    await check('studio-public');

    // 周立新 reads why.
    await actAs(page, baseUrl, APPLICANT);
    await openMine(page, baseUrl);
    await page.getByText('原因：今年名额已有安排', { exact: false }).waitFor();
    await check('declined-seen');
  },
};
