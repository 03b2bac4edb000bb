// The workbook as staff open it: read back with exceljs, its headers, rows, widths and times in Beijing time, with
// the server's zone set to several others.
import ExcelJS from 'exceljs';
import { beijingText, buildWorkbook, displayWidth, type Sheet } from './workbook';

interface Row {
  name: string;
  at: Date;
  votes: number;
}

const sheet: Sheet<Row> = {
  name: '评选结果',
  note: '示例 · 时间均为北京时间',
  rows: [
    { name: '张伟', at: new Date('2026-11-22T06:00:00Z'), votes: 120 },
    { name: '欧阳建国（精工机械有限公司高级技师）', at: new Date('2026-12-31T16:30:00Z'), votes: 7 },
  ],
  columns: [
    { header: '姓名', value: (row) => row.name },
    { header: '投票时间', value: (row) => beijingText(row.at) },
    { header: '有效票数', value: (row) => row.votes },
  ],
};

async function open(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

const values = (worksheet: ExcelJS.Worksheet, row: number) => (worksheet.getRow(row).values as unknown[]).slice(1);

describe('buildWorkbook', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it.each(['UTC', 'America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati'])(
    'writes Chinese headers, the rows and Beijing times with the server in %s',
    async (tz) => {
      process.env.TZ = tz;
      // The zone really is in force: the same instant reads as another local hour outside Beijing.
      if (tz !== 'Asia/Shanghai') expect(new Date('2026-11-22T06:00:00Z').getHours()).not.toBe(14);
      const workbook = await open(
        await buildWorkbook([sheet], { creator: '钱雅琴', at: new Date('2026-11-22T06:00:00Z') }),
      );
      const worksheet = workbook.getWorksheet('评选结果')!;
      expect(values(worksheet, 1)).toEqual(['示例 · 时间均为北京时间']);
      expect(values(worksheet, 2)).toEqual(['姓名', '投票时间', '有效票数']);
      expect(worksheet.getRow(2).font?.bold).toBe(true);
      expect(values(worksheet, 3)).toEqual(['张伟', '2026-11-22 14:00', 120]);
      // 16:30 UTC on 31 December is already the next year in Beijing.
      expect(values(worksheet, 4)).toEqual(['欧阳建国（精工机械有限公司高级技师）', '2027-01-01 00:30', 7]);
      expect(worksheet.rowCount).toBe(4);
      // The header row stays in view.
      expect(worksheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    },
  );

  it('makes each column as wide as its longest cell, a Chinese character counting two', async () => {
    const worksheet = (await open(await buildWorkbook([sheet], { creator: 'x', at: new Date(0) }))).getWorksheet(
      '评选结果',
    )!;
    expect(worksheet.getColumn(1).width).toBe(displayWidth('欧阳建国（精工机械有限公司高级技师）') + 2);
    expect(worksheet.getColumn(2).width).toBe('2026-11-22 14:00'.length + 2);
    // A short column is still wide enough to read its header.
    expect(worksheet.getColumn(3).width).toBe(10);
    expect(displayWidth('张伟 ab')).toBe(7);
  });

  it('caps a long column, and leaves an empty time empty', async () => {
    const long: Sheet<{ text: string }> = {
      name: 'a/b:c',
      rows: [{ text: '长'.repeat(200) }],
      columns: [
        { header: '说明', value: (row) => row.text },
        { header: '处理时间', value: () => beijingText(null) },
      ],
    };
    const workbook = await open(await buildWorkbook([long], { creator: 'x', at: new Date(0) }));
    // Characters Excel refuses in a sheet name are replaced.
    const worksheet = workbook.getWorksheet('a b c')!;
    expect(worksheet.getColumn(1).width).toBe(60);
    expect(values(worksheet, 1)).toEqual(['说明', '处理时间']);
    expect(worksheet.getRow(2).getCell(2).value ?? '').toBe('');
  });
});
