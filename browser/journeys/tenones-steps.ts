// Steps the 十个一 journeys share: credits granted by another module in process (never by a client call), the
// local cloud's clock moved for a day and back, and the worker's year page.
import type { Page } from 'playwright-core';
import { localAdminApp } from 'cloudbase-local/admin-app';
import { grantCredit, type Grant } from '../../server/credits/credits';
import { beijingDay } from '../../src/shared/time/beijing';
import { expect } from '../expect';

/** Grants a credit as the module owning its source would (contests, masters), straight against the local cloud. */
export async function grantInProcess(baseUrl: string, grant: Grant, now: Date): Promise<void> {
  const changed = await grantCredit(localAdminApp(baseUrl).database(), grant, now);
  expect(changed.changed, `credit ${changed.id} granted`).toBe(true);
}

export async function setCloudClock(baseUrl: string, at: Date | null): Promise<void> {
  const response = await fetch(`${baseUrl}/_emulator/clock`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ at: at ? at.toISOString() : null }),
  });
  expect(response.ok, 'the local cloud’s clock moves').toBe(true);
}

/** Another day in the same Beijing year as `now` (the day before, or after on 1 January). */
export function otherDayInYear(now: Date): Date {
  const day = beijingDay(now);
  const shift = day.endsWith('-01-01') ? 1 : -1;
  return new Date(now.getTime() + shift * 86_400_000);
}

export async function openYear(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/#/tenones/pages/year/index`);
  await page.getByRole('list').getByText('1. 参加一次学历提升').waitFor();
}
