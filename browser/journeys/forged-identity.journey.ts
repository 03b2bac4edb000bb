// A worker forges an openid and a role in the request body to grant themselves staff: the function answers
// FORBIDDEN (identity comes only from the platform), and 我的 still shows no 工作台.
import { expect } from '../expect';
import type { Journey } from '../journey';
import type { Page } from 'playwright-core';
import { actAs, settledCheck } from './people-steps';

interface Answer {
  ok: boolean;
  data?: unknown;
  error?: { code: string; message: string };
}

/** A raw POST from the page to a function, as the signed-in worker's browser would send it. */
async function postFromPage(page: Page, fn: string, body: unknown): Promise<Answer> {
  return page.evaluate(
    async ({ url, payload }) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-wx-openid': 'persona-worker' },
        body: JSON.stringify(payload),
      });
      return (await response.json()) as Answer;
    },
    { url: `/fn/${fn}`, payload: body },
  );
}

export const forgedIdentityJourney: Journey = {
  name: 'forged-identity',
  async run({ page, baseUrl, check: checkNow }) {
    const check = settledCheck(page, checkNow);
    await page.goto(`${baseUrl}/#/pages/me/index`);
    await actAs(page, baseUrl, 'persona-worker');
    await page.getByText('陈晓东', { exact: true }).waitFor();
    await check('me-worker');

    // The gateway's header is the browser's own identity, as WeChat injects the caller's; the body lies.
    const me = await postFromPage(page, 'account', { action: 'me', input: {} });
    const forged = await postFromPage(page, 'union', {
      action: 'grantRole',
      input: {
        role: 'staff',
        userId: (me.data as { userId: string }).userId,
        orgId: 'org-jinggong',
        reason: '伪造请求',
      },
      openid: 'persona-city-staff',
      role: 'staff',
    });
    const workbench = await postFromPage(page, 'union', {
      action: 'workbench',
      input: {},
      openid: 'persona-city-staff',
    });
    const answer = { forged, workbench };
    expect(answer.forged.ok, 'forged grantRole ok').toBe(false);
    expect(answer.forged.error?.code, 'forged grantRole error').toBe('FORBIDDEN');
    expect(answer.workbench.error?.code, 'workbench after the forged grant').toBe('FORBIDDEN');

    await page.reload();
    await page.getByText('陈晓东', { exact: true }).waitFor();
    await page.getByText('企业工会', { exact: true }).waitFor();
    expect(await page.getByText('工作台').count(), '工作台 on 我的 after the forged call').toBe(0);
    await check('me-still-worker');
  },
};
