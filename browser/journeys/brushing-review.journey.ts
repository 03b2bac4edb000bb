// Brushing (刷票) caught and dealt with on the seeded city campaign 2026年度示范市工匠 (voting open): a few honest
// visitors vote, then sixty fresh WeChat accounts each cast one vote for 林海 within a minute, through the real
// functions. The selection clock, fired on demand, raises its flags. 钱雅琴 (city union, the organiser) opens
// 投票监督, reads the evidence, 作废这些票 on the new-account cluster and 驳回 the overlapping burst, each with a
// reason; the public count drops by exactly the voided number; 核对计票 agrees; the exported vote log recounts
// offline to the same figures; one account's votes are voided by its code; 林海 is disqualified and leaves the
// public list; the audit log shows every act with its reason.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { joinPages, recount, type VoteExport } from '../../scripts/recount';
import { expect } from '../expect';
import { newId } from '../../src/shared/ids';
import { beijingDay } from '../../src/shared/time/beijing';
import type { Journey } from '../journey';
import { actAs, button, field, settle, settledCheck } from './people-steps';

const CAMPAIGN_ID = 'demo-2026-craftsman';
const TITLE = '2026年度示范市工匠';
/** The candidate brushed, and then disqualified: no other journey relies on 林海 in this campaign. */
const TARGET = '林海';
/** Fresh accounts in the burst: 50 or more in the window is a burst, 20 or more newcomers a cluster. */
const BRUSHERS = 60;
const HONEST_VOTERS = 4;
const CONCURRENCY = 6;

interface Envelope<T> {
  ok: boolean;
  data?: T;
  error?: { code: string; message: string };
}

/** Calls a function's action over HTTP as the WeChat identity `openid`, as the H5 app does (transport.h5.ts). */
async function callAs<T>(baseUrl: string, openid: string, fn: string, action: string, input: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}/fn/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wx-openid': openid },
    body: JSON.stringify({ action, input }),
  });
  const body = (await response.json()) as Envelope<T>;
  if (!body.ok) throw new Error(`${fn}.${action} as ${openid}: ${body.error?.code} ${body.error?.message}`);
  return body.data as T;
}

let requests = 0;
const requestId = () => `journey-${newId()}-${(requests++).toString(36)}`;

async function vote(baseUrl: string, openid: string, candidateId: string): Promise<void> {
  await callAs(baseUrl, openid, 'vote', 'cast', {
    campaignId: CAMPAIGN_ID,
    candidateIds: [candidateId],
    requestId: requestId(),
  });
}

/** Runs `task(i)` for i < count, `concurrency` at a time. */
async function pool(count: number, concurrency: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await task(next++);
    }),
  );
}

/** The count on the public candidate page, read as the public reads it (`123 票`). */
async function publicCount(page: Page, baseUrl: string, candidateId: string): Promise<number> {
  await page.goto(`${baseUrl}/#/vote/pages/candidate/index?id=${encodeURIComponent(candidateId)}`);
  // A fresh load: the page may already be the one shown, with the count it read then.
  await page.reload();
  const hero = page.getByLabel('候选人', { exact: true }).locator('visible=true');
  await hero.getByText(TARGET, { exact: true }).waitFor();
  const text = await hero.getByText(/^\d+ 票$/).innerText();
  return Number(/^(\d+)/.exec(text)![1]);
}

async function openIntegrity(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/#/admin/pages/integrity/index?id=${CAMPAIGN_ID}`);
  await page.getByText('可疑投票', { exact: true }).locator('visible=true').waitFor();
  await settle(page);
}

export const brushingReviewJourney: Journey = {
  name: 'brushing-review',
  async run({ page, baseUrl, now, check: checkNow }) {
    const check = settledCheck(page, checkNow);
    const stamp = newId().slice(0, 10);
    await page.goto(`${baseUrl}/#/pages/me/index`);

    // The candidates, as anyone reads them.
    const { candidates } = await callAs<{ candidates: Array<{ id: string; name: string }> }>(
      baseUrl,
      `journey-reader-${stamp}`,
      'selection',
      'candidates',
      { campaignId: CAMPAIGN_ID },
    );
    const target = candidates.find((candidate) => candidate.name === TARGET);
    if (!target) throw new Error(`${TARGET} is not a candidate of ${CAMPAIGN_ID}`);
    const others = candidates.filter((candidate) => candidate.id !== target.id);

    // Honest visitors: each votes for three people, 林海 among them (so none of them looks like a brushed account).
    await pool(HONEST_VOTERS, 2, async (i) => {
      const openid = `journey-honest-${stamp}-${i}`;
      for (const candidate of [target, others[i % others.length]!, others[(i + 1) % others.length]!]) {
        await vote(baseUrl, openid, candidate.id);
      }
    });
    await actAs(page, baseUrl, `journey-onlooker-${stamp}`);
    const beforeBrushing = await publicCount(page, baseUrl, target.id);

    // The brushing: sixty fresh accounts, one vote each, all for 林海, within a minute.
    const started = performance.now();
    await pool(BRUSHERS, CONCURRENCY, (i) => vote(baseUrl, `journey-brusher-${stamp}-${i}`, target.id));
    if (performance.now() - started > 60_000) throw new Error('the burst took more than a minute');

    // The clock, fired now instead of at the next minute, looks for brushing.
    const fired = await fetch(`${baseUrl}/_emulator/timers/selection-clock/everyMinute`, { method: 'POST' });
    const clock = (await fired.json()) as { flags?: string[] };
    const raised = (clock.flags ?? []).filter((id) => id.startsWith(`${target.id}.`));
    expect(raised.map((id) => id.split('.').at(-2)).sort(), 'flags raised for the brushed candidate').toEqual([
      'burst',
      'new-account-cluster',
    ]);

    const brushed = await publicCount(page, baseUrl, target.id);
    expect(brushed, 'public count after the burst').toBe(beforeBrushing + BRUSHERS);
    await check('candidate-brushed');

    // 钱雅琴 of the city union, which organises the campaign: 工作台 → 评选活动 → the campaign → 投票监督.
    await actAs(page, baseUrl, 'persona-city-staff');
    await page.goto(`${baseUrl}/#/admin/pages/index/index`);
    await page.getByRole('link', { name: /^评选活动/ }).click();
    // campaign-publish makes a campaign of the same title, which is not voting.
    await page.getByRole('link', { name: new RegExp(`^${TITLE}.*公众投票`) }).click();
    await page.getByText('当前阶段：公众投票').waitFor();
    await check('campaign');
    await button(page, '投票监督').click();
    await page.getByText('可疑投票', { exact: true }).locator('visible=true').waitFor();

    const cluster = page.getByLabel(`${TARGET}：新账号集中投票`, { exact: true });
    const burst = page.getByLabel(`${TARGET}：投票突增`, { exact: true });
    await cluster
      .getByText(`有 ${BRUSHERS} 个账号第一次参与本次评选，每个账号只投了 1 票，全部投给${TARGET}。`, {
        exact: false,
      })
      .waitFor();
    await burst.getByText(new RegExp(`${TARGET}得到 ${BRUSHERS + HONEST_VOTERS} 票`)).waitFor();
    await burst.getByText(/各候选人得票的中位数是 \d+ 票/).waitFor();
    await check('flags');
    await cluster.scrollIntoViewIfNeeded();
    await check('flags-cluster');
    // In WeChat on a PC, a wide window: the back office, its prose kept to a reading measure.
    await page.setViewportSize({ width: 1280, height: 800 });
    await check('flags-wide');
    await page.setViewportSize({ width: 375, height: 667 });

    // 作废这些票 on the cluster: the new accounts' votes, not the honest ones in the same minutes.
    await cluster.locator('taro-button-core').filter({ hasText: '作废这些票' }).click();
    const zeroDialog = page.getByRole('dialog', { name: `作废这些票：${TARGET}` });
    await zeroDialog.getByText(`将作废这 ${BRUSHERS} 个新账号`, { exact: false }).waitFor();
    await zeroDialog.locator('taro-button-core').filter({ hasText: '确认作废' }).click();
    await zeroDialog.getByText('请填写作废原因（至少2个字）').waitFor();
    await check('zero-dialog-needs-reason');
    await field(page, '作废原因').fill('60个新注册账号在同一分钟内集中投票，属刷票');
    await zeroDialog.locator('taro-button-core').filter({ hasText: '确认作废' }).click();
    const done = page.getByText(/^✓ 已作废 \d+ 票/).locator('visible=true');
    await done.waitFor();
    const voided = Number(/已作废 (\d+) 票/.exec(await done.innerText())![1]);
    expect(voided, 'votes voided').toBe(BRUSHERS);
    await page.getByText(`${TARGET}的公开票数已减少 ${voided} 票`, { exact: false }).waitFor();
    await cluster.waitFor({ state: 'detached' });
    await check('zeroed');

    // The burst covered the same votes: 驳回 it, with why.
    await burst.locator('taro-button-core').filter({ hasText: '驳回' }).click();
    const dismissDialog = page.getByRole('dialog', { name: `驳回预警：${TARGET}` });
    await field(page, '驳回原因').fill('突增的票就是上面已作废的新账号投票，无需重复处理');
    await dismissDialog.locator('taro-button-core').filter({ hasText: '确认驳回' }).click();
    await page.getByText(`✓ 已驳回${TARGET}的“投票突增”预警，票数没有变化。`).waitFor();
    await page.getByText('目前没有待处理的可疑投票。').waitFor();

    await page.getByRole('tab', { name: '已处理' }).click();
    await cluster.getByText('已作废这些票，原因：60个新注册账号在同一分钟内集中投票，属刷票').waitFor();
    await check('actioned');
    // The flagged accounts' codes, as the export lists them.
    await cluster.getByRole('button', { name: `查看这 ${BRUSHERS} 个账号的代码` }).click();
    const codes = cluster.getByLabel('账号代码', { exact: true });
    await codes
      .getByText(/^[0-9a-f]{32}$/)
      .first()
      .waitFor();
    expect(await codes.getByText(/^[0-9a-f]{32}$/).count(), 'codes listed').toBe(BRUSHERS);
    await cluster.getByRole('button', { name: '收起账号代码' }).scrollIntoViewIfNeeded();
    await check('actioned-codes');
    await page.getByRole('tab', { name: '已驳回' }).click();
    await burst.getByText(/^已驳回，原因：突增的票/).waitFor();

    // The public count dropped by exactly what was voided.
    const afterVoiding = await publicCount(page, baseUrl, target.id);
    expect(afterVoiding, 'public count after voiding').toBe(brushed - voided);
    await check('candidate-after-voiding');

    // 核对计票: every tally equals its counted votes.
    await openIntegrity(page, baseUrl);
    await button(page, '核对计票').click();
    const agreed = page.getByText(/^✓ 全部一致：6位候选人，\d+票有效$/);
    await agreed.waitFor();
    const counted = Number(/(\d+)票有效/.exec(await agreed.innerText())![1]);
    await page.getByLabel('核对计票', { exact: true }).scrollIntoViewIfNeeded();
    await check('recounted');

    // 导出投票记录: one file, every vote, which the published tool recounts to the same figures.
    const downloading = page.waitForEvent('download');
    await button(page, '导出投票记录').click();
    const download = await downloading;
    const exported = page.getByText(/^✓ 已导出 \d+ 票/);
    await exported.waitFor();
    const exportedVotes = Number(/已导出 (\d+) 票/.exec(await exported.innerText())![1]);
    expect(download.suggestedFilename(), 'file name').toEqual(`${TITLE}-投票记录-${beijingDay(now())}.json`);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as VoteExport & {
      campaign: { id: string; title: string };
    };
    expect(file.campaign.id, 'exported campaign').toBe(CAMPAIGN_ID);
    expect(file.votes.length, 'votes in the file').toBe(exportedVotes);
    expect(file.votes.filter((entry) => entry.counted).length, 'counted votes in the file').toBe(counted);
    const offline = recount(joinPages(file));
    expect(
      offline.rows.filter((row) => row.displayed !== row.recounted),
      'offline recount differences',
    ).toEqual([]);
    expect(offline.duplicates, 'duplicate votes in the log').toBe(0);
    await exported.scrollIntoViewIfNeeded();
    await check('exported');

    // 作废某账号的票: a code that is not one is refused beside the field; a real code from the log is voided.
    await field(page, '账号代码').fill('12345');
    await button(page, '作废该账号的票').click();
    await page.getByText('账号代码应为32位，由数字0–9和字母a–f组成，请对照投票记录检查').waitFor();
    await check('voter-code-refused');
    const honest = file.votes.find(
      (entry) => entry.counted && entry.candidateId !== target.id && entry.voter.length === 32,
    )!;
    const honestVotes = file.votes.filter((entry) => entry.voter === honest.voter && entry.counted).length;
    await field(page, '账号代码').fill(honest.voter);
    await button(page, '作废该账号的票').click();
    const voidDialog = page.getByRole('dialog', { name: '作废该账号的票' });
    await field(page, '作废原因').fill('该账号经举报核实为代投');
    await voidDialog.locator('taro-button-core').filter({ hasText: '确认作废' }).click();
    await page
      .getByText(`✓ 已作废账号 ${honest.voter.slice(0, 8)}… 的 ${honestVotes} 票`, { exact: false })
      .waitFor();
    // What was shown before the voiding no longer holds: the recount starts over.
    await button(page, '核对计票').click();
    await page.getByText(`✓ 全部一致：6位候选人，${counted - honestVotes}票有效`).waitFor();
    await page.getByLabel('核对计票', { exact: true }).scrollIntoViewIfNeeded();
    await check('recounted-again');
    await page.getByLabel('作废某账号的票', { exact: true }).scrollIntoViewIfNeeded();
    await check('voter-voided');

    // 取消资格: 林海 leaves the public list.
    await page.goto(`${baseUrl}/#/admin/pages/campaign/index?id=${CAMPAIGN_ID}`);
    await page.getByText('当前阶段：公众投票').locator('visible=true').waitFor();
    await page.getByRole('tab', { name: '已通过' }).locator('visible=true').click();
    const card = page.getByLabel(`${TARGET}的提名`, { exact: true }).locator('visible=true');
    await card.locator('taro-button-core').filter({ hasText: '取消资格' }).click();
    const disqualifyDialog = page.getByRole('dialog', { name: `取消资格：${TARGET}` });
    await disqualifyDialog.getByText('取消资格后不能恢复', { exact: false }).waitFor();
    await field(page, '取消资格的原因').fill('组织新账号集中刷票，经核实取消候选人资格');
    await check('disqualify-dialog');
    await disqualifyDialog.locator('taro-button-core').filter({ hasText: '确认取消资格' }).click();
    await card.getByText(/^已取消资格 ·/).waitFor();
    await card.getByText('原因：组织新账号集中刷票，经核实取消候选人资格').waitFor();
    await page.getByText('5 位候选人').locator('visible=true').waitFor();
    await check('disqualified');

    await actAs(page, baseUrl, `journey-onlooker-${stamp}`);
    await page.goto(`${baseUrl}/#/vote/pages/campaign/index?id=${CAMPAIGN_ID}`);
    const list = page.locator('.jx-candidate').locator('visible=true');
    await list.first().waitFor();
    await page
      .getByText(/^\d+ 票$/)
      .first()
      .waitFor();
    const names = await page.locator('.jx-candidate__name').locator('visible=true').allInnerTexts();
    expect(names.length, 'candidates on the public list').toBe(5);
    expect(
      names.some((name) => name.startsWith(TARGET)),
      `${TARGET} on the public list`,
    ).toBe(false);
    await check('public-list');

    // 操作日志: each act, who did it and why.
    await actAs(page, baseUrl, 'persona-city-staff');
    await page.goto(`${baseUrl}/#/admin/pages/index/index`);
    await page.getByRole('link', { name: /^操作日志/ }).click();
    for (const [label, reason] of [
      [`作废可疑投票：${TITLE} · ${TARGET}`, '60个新注册账号在同一分钟内集中投票，属刷票'],
      [`驳回可疑投票预警：${TITLE}`, '突增的票就是上面已作废的新账号投票，无需重复处理'],
      [`作废账号的票：${TITLE} · 投票账号 ${honest.voter.slice(0, 8)}`, '该账号经举报核实为代投'],
      [`取消候选人资格：${TARGET} → ${TITLE}`, '组织新账号集中刷票，经核实取消候选人资格'],
    ] as const) {
      await page.getByLabel(label, { exact: true }).getByText(`原因：${reason}`).waitFor();
    }
    await check('audit-log');
  },
};
