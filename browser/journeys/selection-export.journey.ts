// Excel exports (issue 12), in a 1280×800 window as staff work in PC WeChat: 钱雅琴 (市总工会) opens the seeded
// 2026年度西湖区工匠 (公示, its result frozen) and downloads 评选结果 and 提名名单 from 导出 Excel. Each download is
// caught, opened with exceljs and read: the result's rows are the public result's, and every time in the
// nominations file is the nomination's instant in Beijing time, whatever zone the browser is in (the journeys also
// run with the device in UTC). Then 投票监督 of 2026年度示范市工匠 shows the flags as Excel beside the JSON vote log
// labelled for auditors.
import { inBeijing } from '../../src/shared/time/beijing';
import { expect } from '../expect';
import type { Journey } from '../journey';
import { downloadWorkbook as download } from './media-steps';
import { actAs, settle, settledCheck } from './people-steps';
import { openStaffCampaign } from './selection-steps';

const CAMPAIGN_ID = 'demo-2026-xihu';
const STAFF = 'persona-city-staff';

interface Envelope<T> {
  ok: boolean;
  data?: T;
  error?: { code: string; message: string };
}

/** Calls a function's action over HTTP as the WeChat identity `openid`, as the H5 app does. */
async function callAs<T>(baseUrl: string, openid: string, action: string, input: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}/fn/selection`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wx-openid': openid },
    body: JSON.stringify({ action, input }),
  });
  const body = (await response.json()) as Envelope<T>;
  if (!body.ok) throw new Error(`selection.${action}: ${body.error?.code} ${body.error?.message}`);
  return body.data as T;
}

interface ResultAnswer {
  categories: Array<{
    name: string;
    rows: Array<{
      rank: number;
      name: string;
      enterprise: string;
      votes: number;
      votePoints: number;
      expertMean: number;
      combined: number;
      placed: boolean;
    }>;
  }>;
}

export const selectionExportJourney: Journey = {
  name: 'selection-export',
  async run({ page, baseUrl, check: checkNow }) {
    const check = settledCheck(page, checkNow);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${baseUrl}/#/pages/me/index`);
    await actAs(page, baseUrl, STAFF);
    await openStaffCampaign(page, baseUrl, CAMPAIGN_ID);
    const card = page.getByLabel('导出 Excel', { exact: true });
    await card.scrollIntoViewIfNeeded();
    await check('export-card');

    // ---- 评选结果: the rows of the public result, category by category ----
    const result = await download(page, /^导出评选结果（Excel）$/);
    expect(/^2026年度西湖区工匠-评选结果-\d{8}-\d{4}\.xlsx$/.test(result.name), `file name ${result.name}`).toBe(
      true,
    );
    await card.getByText(/^✓ 已导出评选结果，共 \d+ 行$/).waitFor();
    const published = await callAs<ResultAnswer>(baseUrl, 'journey-public-reader', 'result', {
      campaignId: CAMPAIGN_ID,
    });
    expect(result.rows[1], 'result headers').toEqual([
      '类别',
      '名次',
      '姓名',
      '工作单位',
      '有效票数',
      '票数得分',
      '专家平均分',
      '综合得分',
      '是否入选',
    ]);
    const expected = published.categories.flatMap((category) =>
      category.rows.map((row) => [
        category.name,
        row.rank,
        row.name,
        row.enterprise,
        row.votes,
        row.votePoints,
        row.expertMean,
        row.combined,
        row.placed ? '是' : '否',
      ]),
    );
    expect(expected.length > 0, 'the seeded result has rows').toBe(true);
    expect(result.rows.slice(2), 'result rows').toEqual(expected);
    expect(
      /结果产生于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}（北京时间）/.test(String(result.rows[0]![0])),
      'result note',
    ).toBe(true);
    await card.getByText(/^✓ 已导出评选结果/).scrollIntoViewIfNeeded();
    await check('result-exported');

    // ---- 提名名单: personal data, so the card says when the cloud's copy goes; times in Beijing time ----
    const nominations = await download(page, /^导出提名名单（Excel）$/);
    await card.getByText(/云端副本将于.+自动删除/).waitFor();
    const listed = await callAs<{ nominations: Array<{ name: string; nominatedAt: string; status: string }> }>(
      baseUrl,
      STAFF,
      'listNominations',
      { campaignId: CAMPAIGN_ID },
    );
    expect(nominations.rows[1]?.[6], 'nomination time header').toBe('提名时间');
    const timeOf = new Map(nominations.rows.slice(2).map((row) => [row[1], row[6]]));
    expect(timeOf.size, 'nominations in the file').toBe(listed.nominations.length);
    for (const nomination of listed.nominations) {
      expect(timeOf.get(nomination.name), `${nomination.name}'s nomination time`).toBe(
        inBeijing(nomination.nominatedAt).format('YYYY-MM-DD HH:mm'),
      );
    }
    await card.getByText(/云端副本将于/).scrollIntoViewIfNeeded();
    await check('nominations-exported');

    // ---- 投票监督: the flags as Excel, and the vote log for auditors, said in words ----
    await page.goto(`${baseUrl}/#/admin/pages/integrity/index?id=demo-2026-craftsman`);
    const auditors = page.getByLabel('供审计核对：投票记录', { exact: true });
    await auditors.getByText(/谁来核对：任何拿到文件的人/).waitFor();
    expect(await auditors.getByText(/npm/).count(), 'a command line on the page').toBe(0);
    await settle(page);
    await page.getByLabel('导出 Excel', { exact: true }).scrollIntoViewIfNeeded();
    await check('integrity-downloads');
  },
};
