// Steps for journeys with files and content security: a PNG made in memory (no file on disk), the local WeChat's
// content-check rules for one journey, and an Excel download read back.
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { expect } from '../expect';
import { button } from './people-steps';

export async function setWeChatRules(baseUrl: string, rules: object): Promise<void> {
  const response = await fetch(`${baseUrl}/_emulator/wechat/rules`, { method: 'PUT', body: JSON.stringify(rules) });
  expect(response.ok, 'the local WeChat takes the rules').toBe(true);
}

/** A small solid-colour PNG, made here so the journey needs no file on disk. */
export function png(width: number, height: number, [r, g, b]: [number, number, number]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [r, g, b]).flat())]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Taps the button, catches the download it starts, and answers the file's name and its first sheet's rows. */
export async function downloadWorkbook(page: Page, label: RegExp): Promise<{ name: string; rows: unknown[][] }> {
  const downloading = page.waitForEvent('download');
  await button(page, label).click();
  const file = await downloading;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(await file.path()) as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { name: file.suggestedFilename(), rows };
}
