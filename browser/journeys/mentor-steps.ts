// Steps the 师带徒 journeys share: opening their pages by path (a shared link does the same), and the demo people
// of database/seed/mentoring.ts they act as.
import type { Page } from 'playwright-core';

/** The demo city's people in these journeys, by WeChat identity. */
export const MENTOR_PEOPLE = {
  /** 陈晓东, 数控车工 of 精工机械, no master yet. */
  worker: 'persona-worker',
  /** 王建军, a 数控车工 master (a contest winner) with free places and no studio. */
  cncMaster: 'demo-worker-01',
  /** 李卫国, 钳工 master with a 技术 studio; 周立新's application waits for him. */
  model: 'persona-model-worker',
  /** The full 焊工 master (2 of 2). */
  fullWelder: 'demo-mw-heavy',
  city: 'persona-city-staff',
} as const;

export async function openMentorPage(page: Page, baseUrl: string, path: string): Promise<void> {
  await page.goto(`${baseUrl}/#/mentor/pages/${path}`);
}

/** 我的师带徒, loaded (its 我的师傅 card is there for everyone). */
export async function openMine(page: Page, baseUrl: string): Promise<void> {
  await openMentorPage(page, baseUrl, 'mine/index');
  await page.getByLabel('我的师傅', { exact: true }).locator('visible=true').first().waitFor();
}

/** From 我的师带徒, a pair's 师徒协议 page by the other side's name (`孔令辉`, `马振东师傅`), loaded. */
export async function openPair(page: Page, other: string): Promise<void> {
  await page
    .getByRole('link', { name: `与${other}的师徒协议` })
    .locator('visible=true')
    .first()
    .click();
  await page.getByLabel('师徒信息', { exact: true }).locator('visible=true').waitFor();
}
