// Steps the session journeys share: the demo people of database/seed/sessions.ts, a session's pages by path, and a
// Beijing day and time a given number of minutes from the local cloud's clock (what the form's pickers take).
import type { Page } from 'playwright-core';
import { inBeijing } from '../../src/shared/time/beijing';
import { openMentorPage } from './mentor-steps';

export const SESSION_PEOPLE = {
  /** 李卫国, who posts the lecture. */
  master: 'persona-model-worker',
  /** The 纺织 master, whose online lecture (进网络) is under way. */
  streamer: 'demo-mw-textile',
  /** 陈晓东, signed up for that online lecture. */
  viewer: 'persona-worker',
  /** 尤建军 (a 十个一 demo worker, 3 of 10 done, no session yet), who signs up and scans. */
  attendee: 'demo-tenones-14',
} as const;

/** The seeded online lecture (进网络), under way with check-in open. */
export const ONLINE_SESSION = 'demo-session-online';

export async function openSession(page: Page, baseUrl: string, sessionId: string): Promise<void> {
  await openMentorPage(page, baseUrl, `session/index?id=${sessionId}`);
  await page.getByLabel('活动信息').locator('visible=true').waitFor();
}

export async function openSessionCode(page: Page, baseUrl: string, sessionId: string): Promise<void> {
  await openMentorPage(page, baseUrl, `session-code/index?id=${sessionId}`);
  await page.getByText(/已签到 \d+ \/ \d+ 人/).waitFor();
}

/** The Beijing day and time `minutes` after `from`, on a whole five minutes (as a master picks it). */
export function beijingPick(from: Date, minutes: number): { day: string; time: string } {
  const at = Math.ceil((from.getTime() + minutes * 60_000) / 300_000) * 300_000;
  const t = inBeijing(at);
  return { day: t.format('YYYY-MM-DD'), time: t.format('HH:mm') };
}
