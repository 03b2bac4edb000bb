// The browser seams of the offline queue in real Chromium, where jsdom cannot go: IndexedDB keeps a picked photo
// (a blob: URL) across a reload, and Playwright's `context.setOffline` — what the offline journey cuts the network
// with — moves `navigator.onLine`, fails requests and fires the `online` event the queue flushes on. The seams and
// the queue are bundled as the H5 build would (esbuild with the project's path aliases) into a bare page.
import { build } from 'esbuild';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { openBrowser, type Browser } from '../../browser/harness';

const ENTRY = `
import { isOnline, onNetworkBack } from '@/platform/network.h5';
import { offlineStore } from '@/platform/offline-store.h5';
import { userFiles } from '@/platform/user-files.h5';
import { createOfflineQueue } from '@/cloud/offline-queue';
import { CloudError } from '@/cloud/cloud-error';
const queue = createOfflineQueue({ store: offlineStore, files: userFiles, now: () => new Date(Date.parse('2026-12-01T02:00:00Z')) });
Object.assign(window, { jx: { isOnline, onNetworkBack, offlineStore, userFiles, queue, CloudError } });
`;

/** What the page sees of the bundle (the page's globals, typed for the evaluate callbacks). */
interface PageGlobals {
  jx: {
    isOnline: () => Promise<boolean>;
    onNetworkBack: (listener: () => void) => () => void;
    offlineStore: import('./offline-store-types').OfflineStore;
    userFiles: import('./user-files-types').UserFiles;
    queue: import('@/cloud/offline-queue').OfflineQueue;
    CloudError: typeof import('@/cloud/cloud-error').CloudError;
  };
  backs: number;
}
declare const window: PageGlobals;

let server: http.Server;
let baseUrl: string;
let browser: Browser;
let page: Page;
const uploads: Array<{ url: string; bytes: number }> = [];

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
  server = http.createServer((request, response) => {
    if (request.method === 'POST') {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        uploads.push({ url: request.url ?? '', bytes: Buffer.concat(chunks).length });
        response.end('{}');
      });
      return;
    }
    if (request.url === '/bundle.js') {
      response.setHeader('content-type', 'text/javascript');
      response.end(script);
    } else if (request.url === '/') {
      response.setHeader('content-type', 'text/html');
      response.end('<!doctype html><html><body><script src="/bundle.js"></script></body></html>');
    } else {
      response.statusCode = 404;
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await openBrowser('phone');
  page = await browser.context.newPage();
  await page.goto(baseUrl);
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

it('follows setOffline, keeps a photo across a reload, and sends once the network is back', async () => {
  await page.evaluate(() => {
    window.backs = 0;
    window.jx.onNetworkBack(() => (window.backs += 1));
  });
  expect(await page.evaluate(() => window.jx.isOnline())).toBe(true);

  await browser.context.setOffline(true);
  expect(await page.evaluate(() => window.jx.isOnline())).toBe(false);
  // Chromium applies the emulated offline state to the page's network a moment after the call returns on a busy
  // machine (seen once under load): the request is tried again for up to two seconds before this fails.
  const postOffline = () =>
    page.evaluate(() =>
      fetch('/x', { method: 'POST' }).then(
        () => 'answered',
        () => 'failed',
      ),
    );
  let offlinePost = await postOffline();
  for (let tries = 0; tries < 20 && offlinePost === 'answered'; tries++) {
    await page.waitForTimeout(100);
    offlinePost = await postOffline();
  }
  expect(offlinePost).toBe('failed');

  // A log made offline with a photo the picker handed over as a blob: URL.
  const queued = await page.evaluate(async () => {
    const bytes = new Uint8Array(50_000).map((_, i) => i % 251);
    const picked = URL.createObjectURL(new Blob([bytes], { type: 'image/png' }));
    const record = await window.jx.queue.enqueue({
      id: 'e1',
      kind: 'tenones.entry',
      input: { text: '车间里记的' },
      photos: [picked],
    });
    return {
      photos: record.photos,
      kept: await window.jx.userFiles.list(),
      used: await window.jx.userFiles.usedBytes(),
    };
  });
  expect(queued.kept).toEqual(queued.photos);
  expect(queued.photos[0]).toMatch(/^jx-offline-file:/);
  expect(queued.used).toBe(50_000);
  expect(await page.evaluate(() => window.backs)).toBe(0);

  await browser.context.setOffline(false);
  await page.waitForFunction(() => window.backs >= 1);

  await page.reload();
  const reloaded = await page.evaluate(async () => {
    const [record] = window.jx.queue.list('tenones.entry');
    const url = await window.jx.queue.photoUrl(record!.photos[0]!);
    const bytes = new Uint8Array(await (await (await fetch(url)).blob()).arrayBuffer());
    return { state: record!.state, url, size: bytes.length, intact: bytes.every((byte, i) => byte === i % 251) };
  });
  expect(reloaded).toMatchObject({ state: 'waiting', size: 50_000, intact: true });
  expect(reloaded.url).toMatch(/^blob:/);

  const flushStorm = () =>
    page.evaluate(async () => {
      const send = async (record: { id: string; photos: string[] }) => {
        const blob = await (await fetch(await window.jx.queue.photoUrl(record.photos[0]!))).blob();
        try {
          await fetch(`/upload?cloudPath=entries/${record.id}-0.png`, { method: 'POST', body: blob });
        } catch {
          throw new window.jx.CloudError('NETWORK', '网络不通，请检查网络后重试');
        }
      };
      const outcomes = await Promise.all([1, 2, 3].map(() => window.jx.queue.flush({ 'tenones.entry': send })));
      return {
        outcome: outcomes[0],
        left: window.jx.queue.list().length,
        kept: await window.jx.userFiles.list(),
        keys: window.jx.offlineStore.keys('jx-offline:'),
      };
    });

  await browser.context.setOffline(true);
  const offline = await flushStorm();
  expect(offline).toMatchObject({ outcome: { sent: 0, stopped: true }, left: 1 });
  expect(offline.kept).toHaveLength(1);
  expect(uploads).toEqual([]);

  await browser.context.setOffline(false);
  expect(await flushStorm()).toEqual({
    outcome: { sent: 1, refused: 0, stopped: false },
    left: 0,
    kept: [],
    keys: [],
  });
  expect(uploads).toEqual([{ url: '/upload?cloudPath=entries/e1-0.png', bytes: 50_000 }]);
});
