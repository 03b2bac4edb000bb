// 投票监督's trend on the seeded city campaign 2026年度示范市工匠 (voting open): visitors vote through the real
// functions, the selection clock (fired on demand, as journeys do) counts them into Beijing hours, and 钱雅琴 (city
// union, the organiser) sees 投票趋势 — this hour's bar drawn on the canvas and every hour's number in the list
// under it — and 各候选人得票, steps to the day before (nothing cast yet), and reads it in a wide window too.
import type { Page } from 'playwright-core';
import { eventually, expect } from '../expect';
import { newId } from '../../src/shared/ids';
import { inBeijing } from '../../src/shared/time/beijing';
import type { Journey } from '../journey';
import { actAs, button, settledCheck } from './people-steps';

const CAMPAIGN_ID = 'demo-2026-craftsman';
const VOTERS = 7;

async function callAs<T>(baseUrl: string, openid: string, fn: string, action: string, input: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}/fn/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wx-openid': openid },
    body: JSON.stringify({ action, input }),
  });
  const body = (await response.json()) as { ok: boolean; data?: T; error?: { code: string; message: string } };
  if (!body.ok) throw new Error(`${fn}.${action} as ${openid}: ${body.error?.code} ${body.error?.message}`);
  return body.data as T;
}

/** Whether the canvas inside the element `id` has anything drawn on it. */
function drawn(page: Page, id: string): Promise<boolean> {
  return page.evaluate((hostId) => {
    const canvas = document.getElementById(hostId)?.querySelector('canvas');
    const context = canvas?.getContext('2d');
    if (!canvas || !context || canvas.width === 0) return false;
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true;
    return false;
  }, id);
}

export const voteTrendJourney: Journey = {
  name: 'vote-trend',
  async run({ page, baseUrl, now, check: checkNow }) {
    const check = settledCheck(page, checkNow);
    const stamp = newId().slice(0, 10);
    await page.goto(`${baseUrl}/#/pages/me/index`);

    const { candidates } = await callAs<{ candidates: Array<{ id: string; name: string }> }>(
      baseUrl,
      `journey-reader-${stamp}`,
      'selection',
      'candidates',
      { campaignId: CAMPAIGN_ID },
    );
    // Each visitor votes for three candidates: 21 votes this hour.
    for (let i = 0; i < VOTERS; i++) {
      for (let k = 0; k < 3; k++) {
        await callAs(baseUrl, `journey-trend-${stamp}-${i}`, 'vote', 'cast', {
          campaignId: CAMPAIGN_ID,
          candidateIds: [candidates[(i + k) % candidates.length]!.id],
          requestId: `journey-${newId()}`,
        });
      }
    }
    // The clock counts only votes whose calls have surely finished (10 s on): wait that long, then fire it.
    await page.waitForTimeout(11_000);
    const fired = await fetch(`${baseUrl}/_emulator/timers/selection-clock/everyMinute`, { method: 'POST' });
    const clock = (await fired.json()) as { voteHours?: number };
    expect((clock.voteHours ?? 0) > 0, 'the clock counted vote hours').toBe(true);

    await actAs(page, baseUrl, 'persona-city-staff');
    await page.goto(`${baseUrl}/#/admin/pages/integrity/index?id=${CAMPAIGN_ID}`);
    const trend = page.getByLabel('投票趋势', { exact: true }).locator('visible=true');
    await trend.waitFor();
    const hour = inBeijing(now()).hour();
    const hours = trend.getByRole('list', { name: /每小时投票数：逐项数据$/ });
    const thisHour = hours.getByRole('listitem').filter({ hasText: new RegExp(`^${hour}时`) });
    const cast = Number(/(\d+) 票/.exec(await thisHour.innerText())![1]);
    expect(cast >= VOTERS * 3, `votes shown in ${hour}时`).toBe(true);
    await trend
      .getByText(/共投出 \d+ 票，其中已作废 \d+ 票、未计入 \d+ 票。最多在\d+时（\d+ 票）。/)
      .first()
      .waitFor();
    await trend
      .getByText(/统计到 .* \d\d:\d\d，系统每分钟更新一次。/)
      .first()
      .waitFor();
    await page.waitForFunction(() => document.querySelector('#jx-vote-trend-hours canvas') !== null);
    await eventually(() => drawn(page, 'jx-vote-trend-hours'), true, 'the hourly chart is drawn');
    await trend.scrollIntoViewIfNeeded();
    await check('trend');
    await page.getByLabel('投票期间每天投票数', { exact: true }).scrollIntoViewIfNeeded();
    await eventually(() => drawn(page, 'jx-vote-trend-days'), true, 'the daily chart is drawn');
    await check('trend-daily');
    const tallies = page.getByLabel('各候选人得票', { exact: true }).locator('visible=true');
    await tallies.getByRole('listitem').first().waitFor();
    // Every candidate the public sees has their stored tally listed (a disqualified one, e.g. after
    // brushing-review, is listed too, marked).
    for (const candidate of candidates) {
      expect(
        await tallies.getByRole('listitem').filter({ hasText: candidate.name }).count(),
        `${candidate.name}'s tally listed`,
      ).toBe(1);
    }
    await tallies.scrollIntoViewIfNeeded();
    await check('tallies');

    // The day before: voting was open, nobody had voted.
    await trend.scrollIntoViewIfNeeded();
    await button(page, '前一天').click();
    await trend.getByText(/共投出 0 票。没有投票。/).waitFor();
    await check('trend-day-before');
    await button(page, '后一天').click();
    await trend
      .getByText(/最多在\d+时/)
      .first()
      .waitFor();

    // In WeChat on a PC: the same page in a wide window.
    await page.setViewportSize({ width: 1280, height: 800 });
    // The chart is drawn again at the wider canvas's size.
    await eventually(
      () =>
        page.evaluate(() => {
          const canvas = document.querySelector('#jx-vote-trend-hours canvas') as HTMLCanvasElement | null;
          const shown = canvas?.getBoundingClientRect().width ?? 0;
          return canvas !== null && canvas.width >= shown && shown > 400;
        }),
      true,
      'the hourly chart drawn at the wide size',
    );
    await eventually(() => drawn(page, 'jx-vote-trend-hours'), true, 'the hourly chart drawn again');
    await page.locator('#jx-vote-trend-hours').scrollIntoViewIfNeeded();
    await check('trend-wide');
    await page.setViewportSize({ width: 375, height: 667 });
  },
};
