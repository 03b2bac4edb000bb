// Excel exports through the local cloud (issue 12): the organisers get the file by its temporary URL and it reads as
// the result page does, in Beijing time; another union's staff are refused; the making is audited; and a file with
// personal data is gone from storage a day later, deleted by the selection clock, its URL no longer handed out.
import ExcelJS from 'exceljs';
import { PUBLICITY_CAMPAIGN_ID, DEMO_CAMPAIGN_ID } from '../../../database/seed/people';
import { localAdminApp } from 'cloudbase-local/admin-app';
import type { ExportRecord } from '../../../server/exports/exports';
import { selectionContract } from '../../../src/shared/contracts/selection';
import { unionContract } from '../../../src/shared/contracts/union';
import type { ActionInput } from '../../../src/shared/contracts/contract';
import { data, error, startSeededCloud, type SeededCloud } from '../../../test-support/seeded-cloud';

let env: SeededCloud;
const city = 'persona-city-staff'; // 钱雅琴, over every campaign
const xihu = 'demo-staff-xihu'; // organises the 西湖区 campaign
const dongcheng = 'persona-district-staff'; // another district's union
const DAY = 86_400_000;

beforeAll(async () => {
  env = await startSeededCloud();
}, 60_000);
afterAll(() => env.close());

const exportWorkbook = (input: ActionInput<typeof selectionContract, 'exportWorkbook'>, openid = city) =>
  env.call(selectionContract, 'exportWorkbook', input, openid);

async function download(url: string): Promise<Response> {
  return fetch(url);
}

async function sheetRows(url: string): Promise<unknown[][]> {
  const response = await download(url);
  expect(response.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

const admin = () => localAdminApp(env.cloud.url);
async function exportRecord(fileName: string): Promise<ExportRecord> {
  const { data: found } = (await admin().database().collection('exports').where({ fileName }).get()) as {
    data: ExportRecord[];
  };
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('selection.exportWorkbook', () => {
  it('hands the organisers the frozen result as a file that reads like the result page, in Beijing time', async () => {
    const made = data(await exportWorkbook({ campaignId: PUBLICITY_CAMPAIGN_ID, kind: 'result' }, xihu));
    expect(made).toMatchObject({
      personal: false,
      fileName: expect.stringMatching(/^2026年度西湖区工匠-评选结果-\d{8}-\d{4}\.xlsx$/),
    });
    const rows = await sheetRows(made.url);
    const result = data(
      await env.call(selectionContract, 'result', { campaignId: PUBLICITY_CAMPAIGN_ID }, 'persona-public'),
    );
    expect(rows[1]).toEqual([
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
    const expected = result.categories.flatMap((category) =>
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
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.slice(2)).toEqual(expected);
    // The note says when the result was made, in Beijing time (the cloud's day, whatever zone this machine is in).
    expect(String(rows[0]![0])).toMatch(/结果产生于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}（北京时间）/);
    // A file without personal data stays a week.
    const record = await exportRecord(made.fileName);
    expect(record.expiresAt.getTime() - record.createdAt.getTime()).toBe(7 * DAY);
    expect(new Date(made.expiresAt)).toEqual(record.expiresAt);
  });

  it('refuses another union’s staff and those below the organisers, and the result before it exists', async () => {
    expect(
      error(await exportWorkbook({ campaignId: PUBLICITY_CAMPAIGN_ID, kind: 'nominations' }, dongcheng)),
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(
      error(await exportWorkbook({ campaignId: PUBLICITY_CAMPAIGN_ID, kind: 'flags' }, 'persona-enterprise-staff')),
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(
      error(await exportWorkbook({ campaignId: PUBLICITY_CAMPAIGN_ID, kind: 'result' }, 'persona-public')),
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(error(await exportWorkbook({ campaignId: DEMO_CAMPAIGN_ID, kind: 'result' }))).toMatchObject({
      code: 'CONFLICT',
      field: 'kind',
      message: expect.stringContaining('评选结果尚未产生'),
    });
    // A kind that does not exist is named in Chinese.
    const bad = error(
      await env.callRaw('selection', 'exportWorkbook', { campaignId: DEMO_CAMPAIGN_ID, kind: 'votes' }, city),
    );
    expect(bad).toMatchObject({ code: 'INVALID_INPUT', field: 'kind' });
    expect(bad.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('audits who made which file of which campaign', async () => {
    const made = data(await exportWorkbook({ campaignId: DEMO_CAMPAIGN_ID, kind: 'flags' }));
    const log = data(await env.call(unionContract, 'auditLog', {}, city));
    expect(log.entries[0]).toMatchObject({
      action: 'export.workbook',
      actorName: '钱雅琴',
      targetType: 'campaign',
      targetLabel: '2026年度示范市工匠 · 刷票预警处理记录',
      after: {
        export: '刷票预警处理记录',
        file: made.fileName,
        rows: made.rows,
        personal: true,
        expiresAt: made.expiresAt,
      },
    });
  });

  it('lists the nominations, and deletes that file a day on, when the clock next runs', async () => {
    const made = data(await exportWorkbook({ campaignId: PUBLICITY_CAMPAIGN_ID, kind: 'nominations' }, xihu));
    expect(made.personal).toBe(true);
    const rows = await sheetRows(made.url);
    expect(rows[1]).toEqual([
      '类别',
      '姓名',
      '工作单位',
      '工种',
      '提名单位',
      '提名人',
      '提名时间',
      '状态',
      '审核人',
      '审核时间',
      '审核意见',
    ]);
    expect(rows.length - 2).toBe(made.rows);
    expect(made.rows).toBeGreaterThan(0);
    for (const row of rows.slice(2)) expect(row[6]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);

    const record = await exportRecord(made.fileName);
    expect(record.expiresAt.getTime() - record.createdAt.getTime()).toBe(DAY);
    expect(record).toMatchObject({
      kind: 'selection.nominations',
      personal: true,
      deletedAt: null,
      createdByName: expect.any(String),
    });
    const urlOf = async () => (await admin().getTempFileURL({ fileList: [record.fileId] })).fileList[0]!;
    const before = env.now();
    try {
      // Before its day is up the clock leaves it.
      env.cloud.clock.set(before.getTime() + DAY - 60_000);
      await env.cloud.timers.fire('selection-clock', 'everyMinute');
      expect((await urlOf()).code).toBe('SUCCESS');
      expect((await download((await urlOf()).tempFileURL)).status).toBe(200);

      env.cloud.clock.set(before.getTime() + DAY + 60_000);
      // The day is up, but only the clock deletes: until it runs the file is still there.
      expect((await urlOf()).code).toBe('SUCCESS');
      const fresh = (await urlOf()).tempFileURL;
      const summary = (await env.cloud.timers.fire('selection-clock', 'everyMinute')) as { exportsDeleted: number };
      expect(summary.exportsDeleted).toBeGreaterThanOrEqual(1);
      // Gone: a URL fetched a moment ago no longer downloads it, and no new URL is handed out.
      expect((await download(fresh)).status).toBe(404);
      expect((await urlOf()).code).not.toBe('SUCCESS');
      expect((await urlOf()).tempFileURL ?? '').toBe('');
      await expect(admin().downloadFile({ fileID: record.fileId })).rejects.toBeDefined();
      expect((await exportRecord(made.fileName)).deletedAt).not.toBeNull();
      // The result file (no personal data) made the same day stays its week.
      const { data: kept } = (await admin()
        .database()
        .collection('exports')
        .where({ kind: 'selection.result', deletedAt: null })
        .get()) as { data: ExportRecord[] };
      expect(kept.length).toBeGreaterThan(0);
      // A second run finds nothing left to delete.
      expect(
        ((await env.cloud.timers.fire('selection-clock', 'everyMinute')) as { exportsDeleted: number })
          .exportsDeleted,
      ).toBe(0);
    } finally {
      env.cloud.clock.set(before);
    }
  });

  it('marks a file a run deleted but died before marking, instead of trying it forever', async () => {
    data(await exportWorkbook({ campaignId: DEMO_CAMPAIGN_ID, kind: 'nominations' }));
    const before = env.now();
    const at = before.getTime() + DAY + 60_000;
    const waiting = async () =>
      (
        (await admin()
          .database()
          .collection('exports')
          .where({ deletedAt: null, expiresAt: admin().database().command.lte(new Date(at)) })
          .get()) as { data: ExportRecord[] }
      ).data;
    const due = await waiting();
    expect(due.length).toBeGreaterThanOrEqual(1);
    // The files are already gone from storage, their records still unmarked.
    await admin().deleteFile({ fileList: due.map((record) => record.fileId) });
    try {
      env.cloud.clock.set(at);
      const run = (await env.cloud.timers.fire('selection-clock', 'everyMinute')) as { exportsDeleted: number };
      expect(run.exportsDeleted).toBe(due.length);
      expect(await waiting()).toEqual([]);
    } finally {
      env.cloud.clock.set(before);
    }
  });
});
