// Steps for journeys that check in by rotating QR code: read the code the staff page shows (a screenshot of exactly
// the code, decoded in node as a phone's scanner would read the screen), and check in through the H5 scan seam by
// handing its file picker a PNG of a token.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import QRCode from 'qrcode';
import type { Locator, Page } from 'playwright-core';
import { decodeQrBitmap } from '../../src/platform/qr-decode';
import { readPng } from '../../test-support/png';
import { expect } from '../expect';
import { button } from './people-steps';

/** The element RotatingQr renders the code in (src/components/check-in/rotating-qr.tsx). */
export const CHECK_IN_QR_TEST_ID = 'check-in-qr';
/** Where a look at a code that never decoded is kept. */
const FAILED_LOOKS = path.resolve(__dirname, '..', '..', '.artifacts', 'qr-failures');

/** The text of the QR code `locator` shows (by default the check-in code on the page). */
export async function decodeQrFrom(page: Page, locator?: Locator): Promise<string> {
  const target = locator ?? page.getByTestId(CHECK_IN_QR_TEST_ID);
  await target.waitFor();
  // A phone's scanner simply looks again when a look fails, and so does this (the decoder itself tries several
  // sizes); the looks span more than one period of the rotating code (10 s).
  let text: string | null = null;
  let last: Buffer | undefined;
  for (let look = 0; look < 30 && text === null; look++) {
    if (look > 0) await page.waitForTimeout(400);
    last = await target.screenshot({ animations: 'disabled' });
    text = await decodeQrBitmap(readPng(last));
  }
  if (text === null && last) {
    // Kept for whoever reads the failure: the last look at the code that would not decode.
    mkdirSync(FAILED_LOOKS, { recursive: true });
    writeFileSync(path.join(FAILED_LOOKS, `qr-${process.pid}-${Math.round(performance.now())}.png`), last);
  }
  expect(text !== null, 'the QR code on screen decodes').toBe(true);
  return text!;
}

/**
 * A PNG of `token` as a QR code, as a phone's camera would see the screen: black on white with a quiet zone, at the
 * first module size the scan seam's own decoder (src/platform/qr-decode.ts, run here in node) reads, so a journey
 * never fails on a code no phone would be shown.
 */
export async function qrPng(token: string): Promise<Buffer> {
  for (const scale of [6, 5, 7, 8, 4, 9]) {
    const png = await QRCode.toBuffer(token, { errorCorrectionLevel: 'M', margin: 4, scale });
    if ((await decodeQrBitmap(readPng(png))) === token) return png;
  }
  throw new Error(`no size of the code of ${token} decodes`);
}

/**
 * Checks in through the H5 scan seam: taps `trigger` (by default the button 扫码签到), and gives the file picker
 * it opens an image — `tokenOrImage` itself when it is a PNG, else a QR code of that text.
 */
export async function scanThroughSeam(page: Page, tokenOrImage: string | Buffer, trigger?: Locator): Promise<void> {
  const image = typeof tokenOrImage === 'string' ? await qrPng(tokenOrImage) : tokenOrImage;
  const chooser = page.waitForEvent('filechooser');
  await (trigger ?? button(page, '扫码签到')).click();
  await (await chooser).setFiles({ name: 'check-in-code.png', mimeType: 'image/png', buffer: image });
}
