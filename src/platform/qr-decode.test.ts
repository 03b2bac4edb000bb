// The decoder the H5 scan seam and the journeys use, fed PNGs the `qrcode` package makes (as a journey feeds the
// seam) and read back through the PNG reader the journeys use for screenshots.
import QRCode from 'qrcode';
import { readPng } from '../../test-support/png';
import { decodeQrBitmap, MAX_DECODE_SIDE } from './qr-decode';

const token = 'jx1.c.ct-0123456789abcdef01234567.178000000.AbCdEfGhIjKlMn_-';

it.each([2, 3, 5])('reads a check-in token from a qrcode PNG at %i px a module', async (scale) => {
  const png = await QRCode.toBuffer(token, { scale, margin: 4, errorCorrectionLevel: 'M' });
  expect(await decodeQrBitmap(readPng(png))).toBe(token);
});

it('reads a large image quickly, averaged down first', async () => {
  const png = await QRCode.toBuffer(token, { scale: 12, margin: 4 });
  const bitmap = readPng(png);
  expect(bitmap.width).toBeGreaterThan(MAX_DECODE_SIDE);
  const started = performance.now();
  expect(await decodeQrBitmap(bitmap)).toBe(token);
  expect(performance.now() - started).toBeLessThan(2_000);
});

it('answers null for an image without a QR code', async () => {
  const blank = { width: 120, height: 120, data: new Uint8Array(120 * 120 * 4).fill(255) };
  expect(await decodeQrBitmap(blank)).toBeNull();
  const noise = {
    width: 120,
    height: 120,
    data: Uint8Array.from({ length: 120 * 120 * 4 }, (_, i) => (i * 7919) % 251),
  };
  expect(await decodeQrBitmap(noise)).toBeNull();
});
