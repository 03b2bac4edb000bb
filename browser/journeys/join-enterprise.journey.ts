// A new worker (a fresh browser: a member of the public) consents, fills in the profile, asks to join an
// enterprise; that enterprise's union staff approve it in 入会审核; back as the worker, 我的 shows the membership.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from '../expect';
import type { Journey } from '../journey';
import { openMessages, outboxTo } from './message-steps';
import { actAs, button, currentOpenid, field, settledCheck } from './people-steps';

const ENTERPRISE = '示范市精工机械有限公司工会';
const WORKER = '付晓明';
const PHOTO = path.resolve(__dirname, '..', '..', 'src', 'assets', 'tabbar', 'me-active.png');

export const joinEnterpriseJourney: Journey = {
  name: 'join-enterprise',
  async run({ page, baseUrl, check: checkNow }) {
    const check = settledCheck(page, checkNow);
    await page.goto(`${baseUrl}/#/pages/me/index`);
    await page.getByText('你还没有填写资料。').waitFor();
    expect(await page.getByText('进入工作台').count(), 'workbench entry for the public').toBe(0);
    await check('me-new');

    // Consent comes before any personal field.
    await button(page, '填写资料').click();
    await page.getByText('隐私保护指引', { exact: true }).waitFor();
    await check('consent');
    await button(page, '同意并继续').click();

    // A wrong phone number is named next to its field, and what was typed stays.
    await field(page, '姓名').waitFor();
    await field(page, '姓名').fill(WORKER);
    // The trade is picked from the shared list, found by a few characters.
    await field(page, '查找工种').fill('数控');
    await page.getByRole('radio', { name: '数控车工' }).click();
    await page.getByRole('radio', { name: '是' }).click();
    await page.getByRole('radio', { name: '中级工' }).click();
    await field(page, '手机号').fill('1391234');
    await button(page, '保存资料').click();
    await page.getByText('请输入11位手机号码').waitFor();
    expect(await field(page, '姓名').inputValue(), 'name kept after a failed save').toBe(WORKER);
    await check('profile-field-error');

    await field(page, '手机号').fill('13912345678');
    // A photo through the browser's file picker, uploaded to the local storage at once.
    const chooser = page.waitForEvent('filechooser');
    await button(page, '上传照片').click();
    await (await chooser).setFiles({ name: 'photo.png', mimeType: 'image/png', buffer: readFileSync(PHOTO) });
    await button(page, '更换照片').waitFor();
    await page.getByAltText('我的照片').waitFor();
    await check('profile-photo');
    await button(page, '保存资料').click();
    await page.getByText('✓ 资料已保存').waitFor();
    await check('profile-saved');

    // Join: find the enterprise by part of its name, pick it, add a note, send.
    await button(page, '加入企业工会').click();
    await field(page, '企业名称').fill('精工');
    await button(page, '搜索').click();
    await page.getByRole('radio', { name: `${ENTERPRISE}（东城区总工会）` }).click();
    await field(page, '给审核人的说明').fill('数控车间新入职');
    await check('join-pick');
    await button(page, `申请加入${ENTERPRISE}`).click();
    await page.getByText('✓ 申请已提交').waitFor();
    await check('join-sent');

    await button(page, '返回我的').click();
    const membership = page.getByLabel('企业工会', { exact: true });
    await membership.getByText(`已申请加入 ${ENTERPRISE}（东城区总工会）`).waitFor();
    await membership.getByText('待审核', { exact: true }).waitFor();
    await check('me-pending');
    const worker = await currentOpenid(page);

    // The enterprise's union staff approve it.
    await actAs(page, baseUrl, 'persona-enterprise-staff');
    await button(page, '进入工作台').click();
    await page.getByText('待审核申请', { exact: true }).waitFor();
    await check('workbench');
    await page.getByRole('link', { name: /^入会审核/ }).click();
    const card = page.getByLabel(`${WORKER}的入会申请`);
    await card.waitFor();
    await card.getByText('说明：数控车间新入职').waitFor();
    await check('join-requests');
    await card.locator('taro-button-core').filter({ hasText: '通过' }).click();
    await page.getByRole('dialog', { name: '通过入会申请' }).waitFor();
    await check('approve-dialog');
    await button(page, '确认通过').click();
    await card.getByText(/^✓ 已通过/).waitFor();
    await check('approved');

    // Back as the worker: 我的 shows the membership.
    await actAs(page, baseUrl, worker);
    await membership.getByText(`${ENTERPRISE}（东城区总工会）`, { exact: true }).waitFor();
    await membership.getByText('会员', { exact: true }).waitFor();
    await membership.getByText(/^\d{4}年\d{1,2}月\d{1,2}日 入会$/).waitFor();
    await page.getByAltText(`${WORKER}的照片`).waitFor();
    await check('me-member');

    // The decision reached the worker: as a subscribe message (allowed when asking, simulated in H5) and in 消息,
    // unread until opened; opening it leads to 加入企业工会.
    const sent = await outboxTo(baseUrl, worker);
    expect(
      sent.map((message) => message.template_id),
      'subscribe messages to the worker',
    ).toEqual(['local-tmpl-join-decided']);
    expect(sent[0]!.data.phrase2?.value, 'the decision in the subscribe message').toBe('已通过');
    const message = await openMessages(page, baseUrl, 1, `入会申请已通过：${ENTERPRISE}`);
    await message.getByText(`你已加入${ENTERPRISE}。`).waitFor();
    await check('messages');
    await message.click();
    await field(page, '企业名称').waitFor();
    await page.goto(`${baseUrl}/#/pages/me/index`);
    await page.getByRole('link', { name: '消息', exact: true }).waitFor();
    await check('me-messages-read');
  },
};
