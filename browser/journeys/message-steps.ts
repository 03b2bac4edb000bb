// Steps for notifications: the local cloud's WeChat outbox (read-only, `/_emulator/wechat/outbox`) and 我的 → 消息.
import type { Page } from 'playwright-core';
import { expect } from '../expect';

interface SentMessage {
  touser: string;
  template_id: string;
  page?: string;
  data: Record<string, { value: string }>;
}

/** The subscribe messages the local cloud's WeChat has sent to `openid`. */
export async function outboxTo(baseUrl: string, openid: string): Promise<SentMessage[]> {
  const response = await fetch(`${baseUrl}/_emulator/wechat/outbox`);
  expect(response.ok, 'the local WeChat shows its outbox').toBe(true);
  return ((await response.json()) as SentMessage[]).filter((sent) => sent.touser === openid);
}

/** 我的 shows 消息 with `unread` unread; opening it shows the message titled `title`, marked unread. */
export async function openMessages(page: Page, baseUrl: string, unread: number, title: string) {
  await page.goto(`${baseUrl}/#/pages/me/index`);
  await page.getByRole('link', { name: new RegExp(`^消息\\s*${unread}条未读`) }).click();
  const item = page.getByRole('link', { name: new RegExp(`^未读\\s*${title}`) });
  await item.waitFor();
  return item;
}
