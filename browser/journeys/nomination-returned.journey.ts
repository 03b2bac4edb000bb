// A nomination goes back and forth, then the organisers adjust the campaign, on the seeded 2027年度示范市青年岗位能手
// (city campaign taking nominations). 精工机械's union (孙丽华) nominates a worker with a photo — first with deeds too
// short, which the form refuses next to the field; the city union (钱雅琴) sees it with its photo and returns it
// with a reason; 孙丽华 finds it under 退回修改 with the reason, corrects it in the prefilled form and submits it
// again; 钱雅琴 finds it back under 待审核 and approves it, then 修改活动 moves a future stage date with a reason,
// which the campaign page and the audit log show. Content security on the way: deeds WeChat finds risky are refused
// next to the field, and the corrected deeds, which WeChat holds for review, are marked 审核中 for both unions until
// 钱雅琴 passes them (only then can she approve).
import type { Page } from 'playwright-core';
import { expect } from '../expect';
import type { Journey } from '../journey';
import { actAs, button, field, settledCheck } from './people-steps';
import { openMessages, outboxTo } from './message-steps';
import { approve, beijingDate, DEEDS, openStaffCampaign } from './selection-steps';
import { png, setWeChatRules } from './media-steps';

const CAMPAIGN_ID = 'demo-2027-young';
const TITLE = '2027年度示范市青年岗位能手';
/** A 精工机械 worker of the demo data (demo-worker-01), not yet nominated. */
const NOMINEE = '王建军';
const HELD_NOTE = '主要事迹需人工审核（内容安全）：审核通过前只有提交人和工作人员能看到';
const RETURN_REASON = '主要事迹请补充近三年的具体创新成果和带徒人数';
const MORE = '近三年牵头完成数控加工工艺改进五项，年节约成本六十余万元；带徒八人，其中三人取得技师资格。';
/** What the local WeChat's content check finds (set for this journey only): a risky phrase, and MORE held. */
const RISKY = '（违禁示例）';
const CONTENT_RULES = {
  text: [
    { contains: RISKY, suggest: 'risky', label: 10001 },
    { contains: '带徒八人', suggest: 'review', label: 21000 },
  ],
};

async function openTab(page: Page, label: string): Promise<void> {
  await page.getByRole('tablist', { name: '提名状态' }).getByRole('tab', { name: label }).click();
}

export const nominationReturnedJourney: Journey = {
  name: 'nomination-returned',
  async run(context) {
    await setWeChatRules(context.baseUrl, CONTENT_RULES);
    try {
      await walk(context);
    } finally {
      await setWeChatRules(context.baseUrl, {});
    }
  },
};

async function walk({ page, baseUrl, now, check: checkNow }: Parameters<Journey['run']>[0]): Promise<void> {
  const check = settledCheck(page, checkNow);
  await page.goto(`${baseUrl}/#/pages/me/index`);

  // 孙丽华 (精工机械 enterprise union) nominates from 工作台 → 评选活动 → the campaign → 提名候选人.
  await actAs(page, baseUrl, 'persona-enterprise-staff');
  await page.goto(`${baseUrl}/#/admin/pages/index/index`);
  await page.getByRole('link', { name: /^评选活动/ }).click();
  await page.getByRole('link', { name: new RegExp(`^${TITLE}`) }).click();
  await page.getByText('当前阶段：推荐提名', { exact: true }).waitFor();
  await button(page, '提名候选人').click();
  await field(page, '姓名').fill(NOMINEE);
  await button(page, '查找').click();
  await page.getByRole('radio', { name: new RegExp(`^${NOMINEE}，示范市精工机械`) }).click();
  await page.getByRole('radiogroup', { name: '评选类别' }).getByRole('radio', { name: '先进制造' }).click();
  await field(page, '主要事迹').fill('技术过硬，乐于传帮带。');
  await button(page, '提交提名').click();
  await page.getByText('主要事迹须写50到3000字，现在是11字').waitFor();
  await check('deeds-too-short');
  await field(page, '主要事迹').fill(`${DEEDS}${RISKY}`);
  await button(page, '提交提名').click();
  await page.getByText('主要事迹含有不宜发布的内容（广告），请修改后再提交').waitFor();
  await check('deeds-risky');

  await field(page, '主要事迹').fill(DEEDS);
  const chooser = page.waitForEvent('filechooser');
  await button(page, '添加照片').click();
  await (
    await chooser
  ).setFiles({ name: 'at-work.png', mimeType: 'image/png', buffer: png(240, 180, [70, 110, 160]) });
  const photos = page.getByRole('group', { name: '工作照片' });
  await photos.getByRole('button', { name: '查看照片 1' }).waitFor();
  await photos.getByText('1/6').waitFor();
  await check('photo-added');
  await button(page, '提交提名').click();
  await page.getByText(`✓ 已提名 ${NOMINEE}，等待示范市总工会审核`).waitFor();
  await check('nominated');

  // 钱雅琴 (city union) sees it waiting, with its photo, and returns it with a reason.
  await actAs(page, baseUrl, 'persona-city-staff');
  await openStaffCampaign(page, baseUrl, CAMPAIGN_ID);
  const card = page.getByLabel(`${NOMINEE}的提名`, { exact: true });
  await card.getByRole('button', { name: `${NOMINEE}的照片 1，点按查看大图` }).waitFor();
  await card.locator('img').first().waitFor();
  await card.getByText(DEEDS).scrollIntoViewIfNeeded();
  await check('review-with-photo');
  await card.locator('taro-button-core').filter({ hasText: '退回修改' }).click();
  const dialog = page.getByRole('dialog', { name: `退回修改：${NOMINEE}` });
  await dialog.waitFor();
  await field(page, '需要修改的地方').fill(RETURN_REASON);
  await check('return-dialog');
  await dialog.locator('taro-button-core').filter({ hasText: '确认退回' }).click();
  await card.getByText(`需要修改的地方：${RETURN_REASON}`).waitFor();
  expect(await button(page, '修改后重新提交').count(), 'a correct button for the reviewer').toBe(0);
  await check('returned');

  // The return reached 孙丽华 as a message (unread, with the reason) and a subscribe message (she allowed it
  // when she tapped 提交提名; simulated in H5).
  await actAs(page, baseUrl, 'persona-enterprise-staff');
  const sent = await outboxTo(baseUrl, 'persona-enterprise-staff');
  expect(
    sent.map((message) => message.template_id),
    'subscribe messages to the nominator',
  ).toEqual(['local-tmpl-nomination-reviewed']);
  expect(sent[0]!.data.phrase3?.value, 'the decision in the subscribe message').toBe('已退回');
  const message = await openMessages(page, baseUrl, 1, `提名已退回：${NOMINEE}`);
  await message.getByText(new RegExp(`退回理由：${RETURN_REASON}`)).waitFor();
  await check('message-returned');

  // 孙丽华's 工作台 puts it first, with its count and the reason; it leads to the campaign, where she finds it under
  // 退回修改 and corrects it in the prefilled form.
  await page.goto(`${baseUrl}/#/admin/pages/index/index`);
  const todo = page.getByLabel('待办').getByRole('link', { name: /^退回修改的提名\s*1/ });
  await todo.getByText(new RegExp(`^${NOMINEE} · .+：${RETURN_REASON}`)).waitFor();
  expect(await page.getByText('新建、改名或撤销下级工会').count(), '组织 offered to an enterprise union').toBe(0);
  await check('workbench-returned');
  await todo.click();
  await page.getByText('当前阶段：推荐提名', { exact: true }).waitFor();
  await openTab(page, '退回修改');
  await card.getByText(`需要修改的地方：${RETURN_REASON}`).waitFor();
  await card.scrollIntoViewIfNeeded();
  await check('returned-to-nominator');
  await card.locator('taro-button-core').filter({ hasText: '修改后重新提交' }).click();
  await page.getByText(`修改提名：${NOMINEE}`).waitFor();
  await page.getByRole('group', { name: '工作照片' }).getByRole('button', { name: '查看照片 1' }).waitFor();
  expect(await field(page, '主要事迹').inputValue(), 'deeds prefilled').toBe(DEEDS);
  await page
    .getByRole('radiogroup', { name: '评选类别' })
    .getByRole('radio', { name: '先进制造', checked: true })
    .waitFor();
  await page.getByRole('note', { name: '退回原因' }).getByText(RETURN_REASON, { exact: false }).waitFor();
  await check('correct-prefilled');
  await field(page, '主要事迹').fill(`${DEEDS}${MORE}`);
  await button(page, '重新提交').click();
  await page.getByText(`✓ 已重新提交 ${NOMINEE} 的提名，等待示范市总工会审核`).waitFor();
  await check('resubmitted');
  await button(page, '返回评选活动').click();
  await page.getByText('当前阶段：推荐提名', { exact: true }).waitFor();
  await openTab(page, '待审核');
  await card.getByText(MORE, { exact: false }).waitFor();
  await card.getByText(/^曾退回修改，已重新提交/).waitFor();
  // WeChat held the corrected deeds for review: the nominating union sees them marked, and cannot decide them.
  await card.getByText(HELD_NOTE).waitFor();
  expect(
    await card.locator('taro-button-core').filter({ hasText: '主要事迹审核通过' }).count(),
    'a content decision for the nominating union',
  ).toBe(0);
  await card.locator('taro-button-core').filter({ hasText: '修改提名' }).scrollIntoViewIfNeeded();
  await check('back-in-review');
  // Resubmitted, it is no longer waiting on her 工作台.
  await page.goto(`${baseUrl}/#/admin/pages/index/index`);
  await page.getByLabel('你负责的组织').waitFor();
  expect(await page.getByLabel('待办').count(), 'to-dos after resubmitting').toBe(0);

  // 钱雅琴 passes the held deeds, approves the nomination, then moves the final stage's date with a reason.
  await actAs(page, baseUrl, 'persona-city-staff');
  await openStaffCampaign(page, baseUrl, CAMPAIGN_ID);
  await card.getByText(HELD_NOTE).scrollIntoViewIfNeeded();
  await card.getByText('审核中', { exact: true }).waitFor();
  await check('deeds-held');
  await card.locator('taro-button-core').filter({ hasText: '主要事迹审核通过' }).click();
  const pass = page.getByRole('dialog', { name: '主要事迹审核通过' });
  await pass.waitFor();
  await pass.locator('taro-button-core').filter({ hasText: '确认通过' }).click();
  await card.getByText(HELD_NOTE).waitFor({ state: 'detached' });
  await approve(page, NOMINEE);
  await check('approved');

  await button(page, '修改活动').click();
  await field(page, '活动名称').waitFor();
  await page.getByText('推荐提名开始日期').waitFor();
  await page.getByText(/（已开始，不能修改）/).scrollIntoViewIfNeeded();
  await check('edit-campaign');
  const newFinal = beijingDate(now(), 75);
  await field(page, '结果确定开始日期').fill(newFinal);
  await button(page, '保存修改').click();
  // Listed at the top of the form (a link to the field) as well as under the field itself.
  await page.getByRole('link', { name: '修改原因：请写明修改原因（2到200字），会记入操作日志' }).waitFor();
  await check('edit-needs-reason');
  await field(page, '修改原因').fill('根据市总工会年度工作安排，结果确定推迟五天');
  await button(page, '保存修改').click();
  await page.getByText('当前阶段：推荐提名', { exact: true }).waitFor();
  const [, month, day] = /^\d{4}-(\d{2})-(\d{2})$/.exec(newFinal)!;
  const timeline = page.getByRole('list', { name: '评选进程' }).locator('visible=true');
  await timeline
    .getByRole('listitem')
    .filter({ hasText: '结果确定' })
    .getByText(new RegExp(`^${Number(month)}月${Number(day)}日`))
    .scrollIntoViewIfNeeded();
  await check('campaign-changed');

  await page.goto(`${baseUrl}/#/admin/pages/audit/index`);
  const entry = page.getByLabel(`修改评选活动：${TITLE}`).first();
  await entry.getByText('原因：根据市总工会年度工作安排，结果确定推迟五天').waitFor();
  await entry.getByText(new RegExp(`^结果确定开始：.* → ${Number(month)}月${Number(day)}日`)).waitFor();
  await check('audit-log');
}
