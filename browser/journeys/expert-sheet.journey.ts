// The expert's scoring sheet, one candidate at a time (issue 17). A city campaign of its own, in 公众投票 with
// scoring due in three days, three candidates nominated with photos (one with an honour) and 吴振华 on its panel,
// is set up through the functions as its staff would. 吴振华 opens 评审任务 and the sheet before scoring opens:
// both say when it opens, not how many are left, and the sheet takes no score. The organisers move the campaign on to
// 专家评审; 吴振华 steps through all three candidates' material with 下一位 (a photo opened full screen), jumps back to
// the first from the list and scores each: one entry over its maximum first, which its field marks and the total
// leaves out, then corrected; each submit moves on to the next candidate still to score, ending at 已评 3/3.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { formatDateTime } from '../../src/shared/time/beijing';
import { expect } from '../expect';
import { SCREENSHOT_DIR } from '../harness';
import type { Journey } from '../journey';
import { callAs } from './contest-steps';
import { png } from './media-steps';
import { actAs, button, field, settle, settledCheck } from './people-steps';
import { advanceTo, DEEDS, openStaffCampaign } from './selection-steps';

const DAY = 86_400_000;
const TITLE = '2026年度示范市首席技师';
const CITY_STAFF = 'persona-city-staff';
const NOMINATOR = 'persona-district-staff';
/** Seeded 东城 workers the district's staff nominate, in order, with their names as the sheet shows them. */
const NOMINEES = [
  { openid: 'persona-model-worker', name: '李卫国', colour: [70, 110, 160] as [number, number, number] },
  { openid: 'persona-worker', name: '陈晓东', colour: [160, 90, 60] as [number, number, number] },
  { openid: 'demo-zhou', name: '周建国', colour: [60, 140, 90] as [number, number, number] },
];
const RUBRIC = [
  {
    criterion: '技能水平',
    maxPoints: 40,
    high: '高级技师或技师，解决过关键技术难题，在市级以上竞赛获奖',
    low: '技能等级不高，没有解决技术难题或竞赛获奖的实例',
  },
  {
    criterion: '创新成果',
    maxPoints: 30,
    high: '有专利或技术革新，已推广应用并有效益证明',
    low: '没有创新成果，或成果没有应用证明',
  },
  {
    criterion: '传承贡献',
    maxPoints: 30,
    high: '带出的徒弟多人取得技师以上资格',
    low: '很少带徒，传帮带作用不明显',
  },
];
const LABELS = ['技能水平（满分40）', '创新成果（满分30）', '传承贡献（满分30）'];
/** 吴振华's points per candidate, criterion by criterion. */
const SHEETS = [
  ['36', '25.5', '27'],
  ['31', '22', '24.5'],
  ['33.5', '26', '20'],
];

/** Uploads a photo as the app does (wx.cloud.uploadFile's local stand-in) as `openid`; its file ID. */
async function upload(baseUrl: string, openid: string, name: string, body: Buffer): Promise<string> {
  const cloudPath = `campaigns/expert-sheet/${name}`;
  const response = await fetch(`${baseUrl}/_storage/client-upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
    method: 'POST',
    headers: { 'x-wx-openid': openid },
    body: new Uint8Array(body),
  });
  return ((await response.json()) as { fileID: string }).fileID;
}

/**
 * The campaign, as its staff would make it: created by the city with its stages begun up to 公众投票 and scoring due
 * in three days, the three nominated (each with a photo) by 东城's staff and approved, 吴振华 granted as its expert,
 * then opened for voting. Answers its id and when scoring opens.
 */
async function setUp(baseUrl: string, now: Date): Promise<{ campaignId: string; scoringStartsAt: string }> {
  const start = now.getTime() - 5 * DAY;
  const offsets = [0, 1, 2, 4, 8, 15, 16, 25];
  const stages = ['nomination', 'review', 'published', 'voting', 'scoring', 'result', 'publicity', 'final'];
  const schedule = Object.fromEntries(
    stages.map((stage, i) => [stage, new Date(start + offsets[i]! * DAY).toISOString()]),
  );
  const campaign = await callAs<{ id: string; schedule: { scoring: string } }>(
    baseUrl,
    CITY_STAFF,
    'selection',
    'createCampaign',
    {
      orgId: 'org-city',
      title: TITLE,
      categories: [{ name: '首席技师', places: 2 }],
      schedule,
      rules: {
        votesPerDay: 3,
        ballotSize: null,
        countsVisibility: 'live',
        dailyPublishAt: null,
        publicWeight: 30,
        riskWeights: [1, 1, 0.8, 0.5],
      },
      rubric: RUBRIC,
    },
  );
  const advance = (from: string) =>
    callAs(baseUrl, CITY_STAFF, 'selection', 'advanceStage', { campaignId: campaign.id, from, reason: '按计划推进' });
  await advance('draft');
  for (const [i, nominee] of NOMINEES.entries()) {
    const { userId } = await callAs<{ userId: string }>(baseUrl, nominee.openid, 'account', 'me', {});
    const photo = await upload(baseUrl, NOMINATOR, `${nominee.openid}.png`, png(240, 320, nominee.colour));
    const nominated = await callAs<{ id: string }>(baseUrl, NOMINATOR, 'selection', 'nominate', {
      campaignId: campaign.id,
      userId,
      categoryId: 'k1',
      deeds: `${nominee.name}：${DEEDS}`,
      photoFileIds: [photo],
      honours: i === 0 ? [{ title: '示范市劳动模范', level: 'city', year: 2023 }] : [],
    });
    await callAs(baseUrl, CITY_STAFF, 'selection', 'reviewNomination', {
      candidateId: nominated.id,
      decision: 'approve',
    });
  }
  const expert = await callAs<{ userId: string }>(baseUrl, 'persona-expert', 'account', 'me', {});
  await callAs(baseUrl, CITY_STAFF, 'union', 'grantRole', {
    role: 'expert',
    userId: expert.userId,
    campaignId: campaign.id,
    reason: '首席技师评审专家',
  });
  for (const from of ['nomination', 'review', 'published']) await advance(from);
  return { campaignId: campaign.id, scoringStartsAt: campaign.schedule.scoring };
}

/** The candidate shown on the sheet: their card is labelled with their name. */
const shown = (page: Page, name: string) => page.locator(`[aria-label="${name}"]`).locator('visible=true');

export const expertSheetJourney: Journey = {
  name: 'expert-sheet',
  async run({ page, baseUrl, now, check: checkNow }) {
    const check = settledCheck(page, checkNow);
    const { campaignId, scoringStartsAt } = await setUp(baseUrl, now());
    const opens = formatDateTime(scoringStartsAt);
    await page.goto(`${baseUrl}/#/pages/me/index`);

    // ---- before scoring opens: when it opens, not how many are left ----
    await actAs(page, baseUrl, 'persona-expert');
    await button(page, /^评审任务$/).click();
    const task = page.getByLabel(TITLE, { exact: true });
    await task.getByText(`已评 0/3 位，${opens}开始评分`).waitFor();
    expect(await task.getByText(/还差/).count(), '还差 n 位 before scoring opens').toBe(0);
    await task.scrollIntoViewIfNeeded();
    await check('tasks-before-scoring');
    await task.locator('taro-button-core').filter({ hasText: '先看候选人材料' }).click();
    const progress = page.getByRole('status', { name: '评分进度' }).locator('visible=true');
    await progress.getByText(`已评 0/3 位，${opens}开始评分`).waitFor();
    await page.getByText(new RegExp(`^专家评审将于${opens}开始（当前阶段：公众投票）`)).waitFor();
    await shown(page, NOMINEES[0]!.name)
      .getByText('高分：高级技师或技师，解决过关键技术难题，在市级以上竞赛获奖')
      .waitFor();
    expect(await button(page, /^提交评分$/).count(), 'score forms before scoring opens').toBe(0);
    await check('sheet-before-scoring');

    // ---- the organisers move the campaign on to 专家评审 ----
    await actAs(page, baseUrl, CITY_STAFF);
    await openStaffCampaign(page, baseUrl, campaignId);
    await advanceTo(page, '专家评审', '公众投票结束，开始专家评审');

    // ---- the expert reads every candidate's material with 下一位 ----
    await actAs(page, baseUrl, 'persona-expert');
    await page.goto(`${baseUrl}/#/expert/pages/sheet/index?id=${encodeURIComponent(campaignId)}`);
    await progress.getByText('已评 0/3 位，还差 3 位').waitFor();
    await page.getByText(/每项可填0到该项满分之间的整数或1位小数，如 17\.5 分/).waitFor();
    for (const [i, nominee] of NOMINEES.entries()) {
      if (i > 0) await button(page, /^下一位$/).click();
      await progress.getByText(`第 ${i + 1}/3 位：${nominee.name}`).waitFor();
      const card = shown(page, nominee.name);
      await card.getByText(`${nominee.name}：${DEEDS}`).waitFor();
      const photo = card.getByRole('button', { name: `${nominee.name}的照片 1，点按查看大图` });
      await photo.waitFor();
      if (i === 0) {
        await card.getByText('2023年 示范市劳动模范（市级）').waitFor();
        await check('sheet-first-candidate');
        // The photo full screen (the platform's viewer; a tap closes it).
        await photo.click();
        const viewer = page.locator('.preview-image');
        await viewer.locator('img').first().waitFor();
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'expert-sheet', 'photo-full-screen.png') });
        await viewer.click();
        await viewer.waitFor({ state: 'detached' });
      } else {
        await check(`material-${i + 1}`);
      }
    }

    // ---- back to the first from the list, and score each ----
    await button(page, `1. ${NOMINEES[0]!.name}`).click();
    await progress.getByText(`第 1/3 位：${NOMINEES[0]!.name}`).waitFor();
    // One entry over its maximum: marked at once, and left out of the total.
    await field(page, LABELS[0]!).fill('45');
    await field(page, LABELS[1]!).fill(SHEETS[0]![1]!);
    await field(page, LABELS[2]!).fill(SHEETS[0]![2]!);
    await page.getByText('「技能水平」最高40分').waitFor();
    await page.getByText('合计：52.5 分（满分100分），已计入2/3项').waitFor();
    // The sticky bar carries it too, in view beside the box in error.
    await progress.getByText('· 合计 52.5 分（已计入2/3项）').waitFor();
    await field(page, LABELS[0]!).scrollIntoViewIfNeeded();
    await check('invalid-entry');
    await button(page, /^提交评分$/).click();
    expect(await page.getByRole('dialog').count(), 'a confirmation while a field is wrong').toBe(0);
    await field(page, LABELS[0]!).fill(SHEETS[0]![0]!);
    await page.getByText('合计：88.5 分（满分100分）', { exact: true }).waitFor();
    expect(await page.getByText('「技能水平」最高40分').count(), 'the message once corrected').toBe(0);

    for (const [n, points] of SHEETS.entries()) {
      const nominee = NOMINEES[n]!;
      await progress.getByText(`第 ${n + 1}/3 位：${nominee.name}`).waitFor();
      for (const [i, label] of LABELS.entries()) await field(page, label).fill(points[i]!);
      await button(page, /^提交评分$/).click();
      const dialog = page.getByRole('dialog', { name: `提交${nominee.name}的评分` });
      await dialog.getByText('评分提交后不能修改，请确认无误。').waitFor();
      if (n === 0) await check('confirm-score');
      await dialog.locator('taro-button-core').filter({ hasText: '确认提交' }).click();
      await progress.getByText(new RegExp(`^已评 ${n + 1}/3 位`)).waitFor();
      if (n === 0) {
        // On to the next candidate still to score, saying so.
        await page.getByText(`✓ 已提交${nominee.name}的评分：88.5 分，下面是${NOMINEES[1]!.name}`).waitFor();
        await check('moved-on');
      }
    }
    await progress.getByText('已评 3/3 位，全部完成').waitFor();
    expect(await button(page, /^提交评分$/).count(), 'score forms left after all are submitted').toBe(0);
    await shown(page, NOMINEES[2]!.name).getByText('✓ 已提交 · 合计 79.5 分').waitFor();
    await settle(page);
    await check('sheet-done');
  },
};
