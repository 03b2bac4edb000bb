// The decoder the H5 scan seam and the journeys use, fed PNGs the `qrcode` package makes (as a journey feeds the
// seam) and read back through the PNG reader the journeys use for screenshots.
import QRCode from 'qrcode';
import { readPng } from '../../test-support/png';
import { decodeQrBitmap, MAX_DECODE_SIDE, shrinkForDecoding } from './qr-decode';

const token = 'jx1.c.ct-0123456789abcdef01234567.178000000.AbCdEfGhIjKlMn_-';

it.each([2, 3, 5])('reads a check-in token from a qrcode PNG at %i px a module', async (scale) => {
  const png = await QRCode.toBuffer(token, { scale, margin: 4, errorCorrectionLevel: 'M' });
  expect(await decodeQrBitmap(readPng(png))).toBe(token);
});

// The decoder's time grows fast with the image, so a large one is averaged down first (its speed is not timed here:
// tests assert no durations).
it('reads a large image, averaged down to at most MAX_DECODE_SIDE first', async () => {
  const png = await QRCode.toBuffer(token, { scale: 12, margin: 4 });
  const bitmap = readPng(png);
  expect(bitmap.width).toBeGreaterThan(MAX_DECODE_SIDE);
  const shrunk = shrinkForDecoding(bitmap);
  expect(Math.max(shrunk.width, shrunk.height)).toBeLessThanOrEqual(MAX_DECODE_SIDE);
  expect(await decodeQrBitmap(bitmap)).toBe(token);
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

/** Check-in-shaped tokens; the decoder is deterministic, so the same ones always fail a single attempt. */
const tokenNo = (i: number) =>
  `jx1.c.ct-${(i * 2654435761).toString(16).padStart(24, '0')}.${178000000 + i}.${'AbCdEfGhIjKlMn_-'.slice(i % 8)}`;

// Of 150 such tokens, one attempt at the drawn size missed these (measured: 2 at 2 px a module, 4 at 3 px).
it.each([
  [56, 2],
  [129, 2],
  [30, 3],
  [31, 3],
  [84, 3],
  [129, 3],
])('reads token %i at %i px a module, which one attempt at that size misses', async (i, scale) => {
  const png = await QRCode.toBuffer(tokenNo(i), { scale, margin: 4, errorCorrectionLevel: 'M' });
  expect(await decodeQrBitmap(readPng(png))).toBe(tokenNo(i));
});
