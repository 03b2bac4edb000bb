// Steps for journeys that check in by rotating QR code: read the code the staff page shows (a screenshot of exactly
// the code, decoded in node as a phone's scanner would read the screen), and check in through the H5 scan seam by
// handing its file picker a PNG of a token.
import QRCode from 'qrcode';
import type { Locator, Page } from 'playwright-core';
import { decodeQrBitmap } from '../../src/platform/qr-decode';
import { readPng } from '../../test-support/png';
import { expect } from '../expect';
import { button } from './people-steps';

/** The element RotatingQr renders the code in (src/components/check-in/rotating-qr.tsx). */
export const CHECK_IN_QR_TEST_ID = 'check-in-qr';

/** The text of the QR code `locator` shows (by default the check-in code on the page). */
export async function decodeQrFrom(page: Page, locator?: Locator): Promise<string> {
  const target = locator ?? page.getByTestId(CHECK_IN_QR_TEST_ID);
  await target.waitFor();
  // A screenshot taken while the code is being redrawn (it changes every period) shows half of each: a phone's
  // scanner simply looks again, and so does this, for up to about five seconds.
  let text: string | null = null;
  for (let look = 0; look < 12 && text === null; look++) {
    if (look > 0) await page.waitForTimeout(400);
    text = await decodeQrBitmap(readPng(await target.screenshot({ animations: 'disabled' })));
  }
  expect(text !== null, 'the QR code on screen decodes').toBe(true);
  return text!;
}

/** A PNG of `token` as a QR code, as a phone's camera would see the screen: black on white with a quiet zone. */
export function qrPng(token: string): Promise<Buffer> {
  return QRCode.toBuffer(token, { errorCorrectionLevel: 'M', margin: 4, scale: 6 });
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
