// The browser scan seam in real Chromium, where jsdom cannot go (no canvas, no file picker): the journeys' steps
// hand its file picker a PNG of a token, a screenshot of a code on screen, an image without a code, or nothing, and
// read the code shown on a page back in node. The seam is bundled as the H5 build would (esbuild with the project's
// path aliases) into a bare page with one button, as a page's 扫码签到 would call it.
import { build } from 'esbuild';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import QRCode from 'qrcode';
import type { Page } from 'playwright-core';
import { openBrowser, type Browser } from '../../browser/harness';
import { decodeQrFrom, scanThroughSeam } from '../../browser/journeys/check-in-steps';
import { png } from '../../browser/journeys/media-steps';

const ENTRY = `
import { scanCheckInCode } from '@/platform/scan.h5';
const button = document.createElement('button');
button.id = 'scan';
button.textContent = '扫码签到';
const out = document.createElement('output');
out.id = 'out';
button.addEventListener('click', () => {
  out.textContent = '…';
  scanCheckInCode().then(
    (text) => (out.textContent = text === null ? '(cancelled)' : 'scanned:' + text),
    (error) => (out.textContent = 'error:' + error.message),
  );
});
document.body.append(button, out);
`;

const TOKEN = 'jx1.c.ct-0123456789abcdef01234567.178000000.AbCdEfGhIjKlMn_-';

let server: http.Server;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const root = path.resolve(__dirname, '..', '..');
  const bundle = await build({
    stdin: { contents: ENTRY, resolveDir: path.join(root, 'src'), loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    tsconfig: path.join(root, 'tsconfig.json'),
    logLevel: 'silent',
  });
  const script = bundle.outputFiles[0]!.text;
  const shown = await QRCode.toDataURL(TOKEN, { scale: 6, margin: 4 });
  server = http.createServer((request, response) => {
    if (request.url === '/bundle.js') {
      response.setHeader('content-type', 'text/javascript');
      response.end(script);
    } else if (request.url === '/') {
      response.setHeader('content-type', 'text/html');
      response.end(
        `<!doctype html><html><body><img data-testid="check-in-qr" src="${shown}">` +
          '<script src="/bundle.js"></script></body></html>',
      );
    } else {
      response.statusCode = 404;
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  browser = await openBrowser('phone');
  page = await browser.context.newPage();
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function scanned(): Promise<string> {
  const out = page.locator('#out');
  await page.waitForFunction(() => {
    const text = document.querySelector('#out')?.textContent;
    return text !== '…' && text !== '';
  });
  return (await out.textContent()) ?? '';
}

it('reads the code on screen from a screenshot, in node', async () => {
  expect(await decodeQrFrom(page)).toBe(TOKEN);
});

it('reads a token handed to the picker as a PNG', async () => {
  await scanThroughSeam(page, TOKEN, page.locator('#scan'));
  expect(await scanned()).toBe(`scanned:${TOKEN}`);
});

it('reads a screenshot of the code on screen, as a photo of the staff screen would be', async () => {
  const shot = await page.getByTestId('check-in-qr').screenshot();
  await scanThroughSeam(page, shot, page.locator('#scan'));
  expect(await scanned()).toBe(`scanned:${TOKEN}`);
});

it('says so when the picked image holds no QR code', async () => {
  await scanThroughSeam(page, png(200, 200, [240, 240, 240]), page.locator('#scan'));
  expect(await scanned()).toBe('error:图片里没有找到二维码，请换一张清楚、完整的图片');
});

it('answers null when the picker is closed without an image', async () => {
  const chooser = page.waitForEvent('filechooser');
  await page.locator('#scan').click();
  await (await chooser).setFiles([]);
  expect(await scanned()).toBe('(cancelled)');
});
