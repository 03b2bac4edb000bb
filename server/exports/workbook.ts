// Excel workbooks staff download (issue 12): sheets described as columns and rows, written with exceljs in a cloud
// function (never in the app, whose bundle it would swell). Headers are Chinese and bold, the header row stays in
// view, each column is as wide as its longest cell (a CJK character takes two widths), and every time is written as
// Beijing time text (`2026-11-22 14:00`): a text cell shows the same to everyone, whatever zone the server or the
// reader's computer is in, where a date cell would follow the reader's settings.
import { inBeijing } from '../../src/shared/time/beijing';

export type CellValue = string | number | null;

export interface SheetColumn<Row> {
  header: string;
  value: (row: Row) => CellValue;
}

export interface Sheet<Row> {
  /** The tab's name (Excel allows at most 31 characters and no `[]:*?/\`). */
  name: string;
  columns: ReadonlyArray<SheetColumn<Row>>;
  rows: readonly Row[];
  /** Shown in one line above the table, e.g. what the figures are and when they were frozen. */
  note?: string;
}

/** A time as the exports show it: Beijing time, to the minute; empty for none. */
export function beijingText(instant: Date | string | null | undefined): string {
  return instant ? inBeijing(instant).format('YYYY-MM-DD HH:mm') : '';
}

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/** How wide a text shows in Excel's units: a CJK (full-width) character takes two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
      char,
    )
      ? 2
      : 1;
  return width;
}

function columnWidth(header: string, cells: CellValue[]): number {
  const widest = Math.max(
    displayWidth(header),
    ...cells.map((cell) => displayWidth(cell === null ? '' : String(cell))),
  );
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
}

/** The workbook as the bytes of an .xlsx file. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- sheets of different row types in one workbook
export async function buildWorkbook(sheets: ReadonlyArray<Sheet<any>>, meta: { creator: string; at: Date }) {
  // Loaded on first use: the selection function's other actions never pay for evaluating exceljs.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = meta.creator;
  workbook.created = meta.at;
  workbook.modified = meta.at;
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31));
    const cells = sheet.rows.map((row) => sheet.columns.map((column) => column.value(row)));
    if (sheet.note) {
      worksheet.addRow([sheet.note]).getCell(1).font = { italic: true, color: { argb: 'FF555555' } };
    }
    const header = worksheet.addRow(sheet.columns.map((column) => column.header));
    header.font = { bold: true };
    header.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
      cell.alignment = { vertical: 'middle' };
    });
    for (const row of cells) worksheet.addRow(row);
    sheet.columns.forEach((column, index) => {
      worksheet.getColumn(index + 1).width = columnWidth(
        column.header,
        cells.map((row) => row[index] ?? null),
      );
    });
    // The header row stays in view while scrolling down.
    worksheet.views = [{ state: 'frozen', ySplit: header.number }];
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
