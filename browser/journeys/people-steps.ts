// Steps the people journeys share: acting as someone (the local identity the gateway reads), and finding things
// on the page the way a user does — by what they read.
import type { Page } from 'playwright-core';

/** Acts as `openid` from now on: the H5 build keeps its WeChat identity in localStorage, read on each call. */
export async function actAs(page: Page, baseUrl: string, openid: string): Promise<void> {
  await page.evaluate((id) => localStorage.setItem('jx.openid', id), openid);
  await page.goto(`${baseUrl}/#/pages/me/index`);
  await page.reload();
}

export async function currentOpenid(page: Page): Promise<string> {
  const openid = await page.evaluate(() => localStorage.getItem('jx.openid'));
  if (!openid) throw new Error('the page has no local identity yet');
  return openid;
}

/** The native input inside Taro's element, by the field's label. */
export function field(page: Page, label: string) {
  return page.locator(`input[aria-label="${label}"], textarea[aria-label="${label}"]`).locator('visible=true');
}

export function button(page: Page, text: string | RegExp) {
  return page.locator('taro-button-core').filter({ hasText: text }).locator('visible=true');
}

/**
 * Waits until no page is sliding in or out: Taro animates page changes, and a screenshot taken meanwhile shows
 * half of each page.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('.taro_page')).every((element) => {
      if (getComputedStyle(element).display === 'none') return true;
      const { left } = element.getBoundingClientRect();
      return Math.abs(left) < 1 || left >= window.innerWidth - 1;
    }),
  );
}

/** `check` after the page has settled. */
export function settledCheck(page: Page, check: (step: string) => Promise<void>) {
  return async (step: string) => {
    await settle(page);
    await check(step);
  };
}
