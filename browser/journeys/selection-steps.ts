// Steps the selection journeys share: staff set up a campaign through the workbench, nominate, review and move
// its stages, as the people who do each in real life.
import type { Page } from 'playwright-core';
import { addDays, beijingDay } from '../../src/shared/time/beijing';
import { actAs, button, field, settle } from './people-steps';

export const DEEDS =
  '扎根一线二十年，主持完成变电站带电检修工艺改进三项，累计减少停电时间四百余小时；' +
  '带出高级工以上徒弟十二名，其中两人获市级技术能手称号；牵头编写的检修作业指导书在全区推广使用。';

/** The Beijing calendar date `days` after `now`, `YYYY-MM-DD`. */
export function beijingDate(now: Date, days: number): string {
  return beijingDay(now.getTime() + days * 86_400_000);
}

export const STAGE_DATE_LABELS = [
  '推荐提名',
  '资格审查',
  '候选人公布',
  '公众投票',
  '专家评审',
  '结果产生',
  '公示',
  '结果确定',
] as const;

/**
 * As city staff, creates a campaign organised by 示范市总工会 from the workbench; returns its id. `dates` (by stage
 * label) replaces the form's default dates; `more` fills in anything else before the form is sent.
 */
export async function createCampaign(
  page: Page,
  baseUrl: string,
  options: {
    title: string;
    categories: string[];
    dates?: Partial<Record<(typeof STAGE_DATE_LABELS)[number], string>>;
    more?: () => Promise<void>;
  },
  check?: (step: string) => Promise<void>,
): Promise<string> {
  await actAs(page, baseUrl, 'persona-city-staff');
  await page.goto(`${baseUrl}/#/admin/pages/index/index`);
  await page.getByRole('link', { name: /^评选活动/ }).click();
  await button(page, '新建评选活动').click();
  await field(page, '活动名称').waitFor();
  await page.getByRole('radio', { name: '示范市总工会' }).click();
  await field(page, '活动名称').fill(options.title);
  for (const [i, name] of options.categories.entries()) {
    if (i > 0) await button(page, '添加类别').click();
    await field(page, `类别${i + 1}名称`).fill(name);
  }
  for (const [label, date] of Object.entries(options.dates ?? {})) {
    await field(page, `${label}开始日期`).fill(date);
  }
  if (check) {
    await check('create-campaign');
    // The stage timeline keeps the stages in order: 资格审查 moved past 候选人公布 carries the later stages along.
    const review = field(page, '资格审查开始日期');
    const published = await field(page, '候选人公布开始日期').inputValue();
    await review.fill(addDays(published, 3));
    await page.getByRole('status').filter({ hasText: '已随“资格审查”一起调整：候选人公布、公众投票' }).waitFor();
    await page.getByRole('list', { name: '阶段时间轴' }).scrollIntoViewIfNeeded();
    await check('schedule-timeline');
  }
  await options.more?.();
  await button(page, '创建评选活动').click();
  // Either the new campaign's page, or what the form says is wrong (named in the failure).
  const alerts = page.locator('[role=alert]').locator('visible=true');
  const refused = await Promise.race([
    page
      .getByText('当前阶段：筹备中')
      .waitFor()
      .then(() => null),
    alerts
      .first()
      .waitFor()
      .then(() => alerts.allInnerTexts()),
  ]);
  if (refused) throw new Error(`the campaign form refused: ${refused.join(' / ')}`);
  const id = /[?&]id=([^&]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`no campaign id in ${page.url()}`);
  return decodeURIComponent(id);
}

export async function openStaffCampaign(page: Page, baseUrl: string, campaignId: string): Promise<void> {
  await page.goto(`${baseUrl}/#/admin/pages/campaign/index?id=${encodeURIComponent(campaignId)}`);
  await page.getByText(/^当前阶段：/).waitFor();
  await settle(page);
}

/** On the staff campaign page: 进入下一阶段 with a reason, then waits for the new stage. */
export async function advanceTo(page: Page, stageLabel: string, reason = '按计划推进评选工作'): Promise<void> {
  await button(page, `进入下一阶段（${stageLabel}）`).click();
  const dialog = page.getByRole('dialog', { name: '进入下一阶段' });
  await dialog.waitFor();
  await field(page, '原因').fill(reason);
  await dialog.locator('taro-button-core').filter({ hasText: '确认进入' }).click();
  await page.getByText(`当前阶段：${stageLabel}`).waitFor();
}

/** As the current (staff) persona, nominates `name` into the campaign from its staff page (with `photo`, a PNG). */
export async function nominate(
  page: Page,
  baseUrl: string,
  campaignId: string,
  name: string,
  photo?: Buffer,
): Promise<void> {
  await page.goto(`${baseUrl}/#/admin/pages/nominate/index?campaignId=${encodeURIComponent(campaignId)}`);
  await field(page, '姓名').fill(name);
  await button(page, '查找').click();
  await page.getByRole('radio', { name: new RegExp(`^${name}，`) }).click();
  const categories = page.getByRole('radiogroup', { name: '评选类别' }).getByRole('radio');
  if ((await categories.count()) > 1) await categories.first().click();
  await field(page, '主要事迹').fill(DEEDS);
  if (photo) {
    const chooser = page.waitForEvent('filechooser');
    await button(page, '添加照片').click();
    await (await chooser).setFiles({ name: 'at-work.png', mimeType: 'image/png', buffer: photo });
    await page.getByRole('group', { name: '工作照片' }).getByRole('button', { name: '查看照片 1' }).waitFor();
  }
  await button(page, '提交提名').click();
  await page.getByText(`✓ 已提名 ${name}，等待示范市总工会审核`).waitFor();
}

/** On the staff campaign page (待审核 tab): approves the nomination of `name`. */
export async function approve(page: Page, name: string): Promise<void> {
  const card = page.getByLabel(`${name}的提名`, { exact: true });
  await card
    .locator('taro-button-core')
    .filter({ hasText: /^通过$/ })
    .click();
  const dialog = page.getByRole('dialog', { name: `通过提名：${name}` });
  await dialog.waitFor();
  await dialog.locator('taro-button-core').filter({ hasText: '确认通过' }).click();
  await card.getByText(/^✓ 已通过/).waitFor();
}

/**
 * A campaign open for public voting, set up through the workbench as its staff would: created by the city's staff
 * with every stage up to 公众投票 begun in the past, `nominees` nominated by the district's staff and approved in that
 * order (so their 编号 follow it; `photos` by name go with their nominations), then advanced to 公众投票. Leaves the
 * page as the city's staff; answers its id.
 */
export async function openVotingThroughWorkbench(
  page: Page,
  baseUrl: string,
  now: Date,
  title: string,
  nominees: readonly string[],
  photos: Readonly<Record<string, Buffer>> = {},
): Promise<string> {
  await page.goto(`${baseUrl}/#/pages/me/index`);
  const offsets = [-10, -8, -6, -1, 7, 14, 21, 28];
  const dates = Object.fromEntries(STAGE_DATE_LABELS.map((label, i) => [label, beijingDate(now, offsets[i]!)]));
  const campaignId = await createCampaign(page, baseUrl, { title, categories: ['制造业'], dates });
  await advanceTo(page, '推荐提名');
  await actAs(page, baseUrl, 'persona-district-staff');
  for (const name of nominees) await nominate(page, baseUrl, campaignId, name, photos[name]);
  await actAs(page, baseUrl, 'persona-city-staff');
  await openStaffCampaign(page, baseUrl, campaignId);
  for (const name of nominees) await approve(page, name);
  await advanceTo(page, '资格审查');
  await advanceTo(page, '候选人公布');
  await advanceTo(page, '公众投票', '投票如期开始');
  return campaignId;
}
