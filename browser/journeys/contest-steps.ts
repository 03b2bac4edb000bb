// Steps the contest journeys share: a contest set up through the `contest` function as its organisers would (the
// journeys under test walk the pages; the setup only saves them filling the form again), calls as a given WeChat
// identity, and opening a contest's page.
import type { Page } from 'playwright-core';
import type { ContestFields } from '../../src/shared/contracts/contest';
import { addDays, beijingDay } from '../../src/shared/time/beijing';

const HOUR = 3_600_000;

interface Envelope<T> {
  ok: boolean;
  data?: T;
  error?: { code: string; message: string };
}

/** Calls a function's action over HTTP as the WeChat identity `openid`, as the H5 app does (transport.h5.ts). */
export async function callAs<T>(
  baseUrl: string,
  openid: string,
  fn: string,
  action: string,
  input: unknown,
): Promise<T> {
  const response = await fetch(`${baseUrl}/fn/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wx-openid': openid },
    body: JSON.stringify({ action, input }),
  });
  const body = (await response.json()) as Envelope<T>;
  if (!body.ok) throw new Error(`${fn}.${action} as ${openid}: ${body.error?.code} ${body.error?.message}`);
  return body.data as T;
}

/** A city contest whose registration opened an hour ago (the cloud's clock) and closes in two days. */
export function openContest(now: Date, change: Partial<ContestFields>): ContestFields {
  const at = now.getTime();
  return {
    title: '示范市技能竞赛',
    level: 'city',
    trade: 'cnc_lathe_operator',
    description: '理论考试与实际操作两部分，实操占七成。',
    venue: '示范市职业技能实训基地',
    poster: null,
    schedule: {
      opensAt: new Date(at - HOUR).toISOString(),
      closesAt: new Date(at + 48 * HOUR).toISOString(),
      cancelBy: new Date(at + 47 * HOUR).toISOString(),
      day: addDays(beijingDay(now), 10),
    },
    entry: { kind: 'individual', teamMin: 1, teamMax: 1 },
    capacity: 10,
    review: false,
    weighting: { theory: 30, practical: 70 },
    awards: 1,
    eligibility: { age: null, trades: [], orgIds: [], frontlineOnly: false, excludedHonours: [] },
    fields: [],
    ...change,
  };
}

/** Creates `fields` as the city union's staff; the new contest's id. */
export async function createContestAsCity(baseUrl: string, fields: ContestFields): Promise<string> {
  const made = await callAs<{ contestId: string }>(baseUrl, 'persona-city-staff', 'contest', 'createContest', {
    orgId: 'org-city',
    contest: fields,
  });
  return made.contestId;
}

export async function openContestPage(page: Page, baseUrl: string, contestId: string): Promise<void> {
  await page.goto(`${baseUrl}/#/contest/pages/detail/index?id=${contestId}`);
  await page.getByLabel('比赛信息').locator('visible=true').first().waitFor();
}
