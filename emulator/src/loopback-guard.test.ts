// The local cloud answers only this machine's own tools and pages: a request naming another host (DNS rebinding), a
// browser request from another origin (any web page the developer has open), and a back-end write in a content type
// the SDK never sends (a browser's "simple request") are refused on every route, while the SDK, the same-origin H5
// app and plain clients keep working.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { localAdminApp } from './admin-app';
import { sendJson } from './http-util';
import { startLocalCloud, type LocalCloud } from './index';

const dataRoot = path.resolve(__dirname, '..', '..', '.data');
mkdirSync(dataRoot, { recursive: true });
const dir = mkdtempSync(path.join(dataRoot, 'loopback-guard-test-'));
mkdirSync(path.join(dir, 'functions', 'echo'), { recursive: true });
writeFileSync(
  path.join(dir, 'functions', 'echo', 'index.js'),
  `const tcb = require('@cloudbase/node-sdk');
exports.main = async () => ({ openid: tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).auth().getUserInfo().openId });`,
);
mkdirSync(path.join(dir, 'h5'), { recursive: true });
writeFileSync(path.join(dir, 'h5', 'index.html'), '<!doctype html><title>app</title>');
writeFileSync(
  path.join(dir, 'cloudbaserc.json'),
  JSON.stringify({ functionRoot: './functions', functions: [{ name: 'echo' }] }),
);
writeFileSync(path.join(dir, 'collections.json'), JSON.stringify({ collections: [{ name: 'notes' }] }));

let cloud: LocalCloud;
beforeAll(async () => {
  cloud = await startLocalCloud({
    configFile: path.join(dir, 'cloudbaserc.json'),
    collectionsFile: path.join(dir, 'collections.json'),
    staticDir: path.join(dir, 'h5'),
    timers: 'manual',
    // A developer's own route, as `npm start` adds one: the checks cover it too.
    routes: [
      (req, res, url) => {
        if (url.pathname !== '/_local/hello') return false;
        sendJson(res, 200, { hello: true });
        return true;
      },
    ],
  });
});
afterAll(async () => {
  await cloud.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Sent {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/** A raw request, so that Host and Origin go out exactly as given (fetch would set or refuse them). */
function send({ method = 'GET', path: target, headers = {}, body }: Sent): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: cloud.port, method, path: target, headers, setHost: !('host' in headers) },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const countNotes = () =>
  (
    cloud.database.answerBody({ action: 'database.calculateDocument', collectionName: 'notes', query: '{}' })
      .data as {
      total: number;
    }
  ).total;
const insertBody = JSON.stringify({
  action: 'database.insertDocument',
  collectionName: 'notes',
  data: [JSON.stringify({ text: 'planted' })],
});

// One request of each kind the local cloud answers.
const everyRoute: Sent[] = [
  { method: 'POST', path: '/admin', headers: { 'content-type': 'application/json' }, body: insertBody },
  { method: 'POST', path: '/inv/abc/admin', headers: { 'content-type': 'application/json' }, body: insertBody },
  {
    method: 'POST',
    path: '/fn/echo',
    headers: { 'content-type': 'application/json', 'x-wx-openid': 'o' },
    body: '{}',
  },
  {
    method: 'POST',
    path: '/_storage/client-upload?cloudPath=a.txt',
    headers: { 'x-wx-openid': 'o', 'content-type': 'text/plain' },
    body: 'x',
  },
  { method: 'GET', path: '/_emulator/' },
  { method: 'GET', path: '/_emulator/collections/notes' },
  { method: 'GET', path: '/_emulator/clock' },
  { method: 'PUT', path: '/_emulator/wechat/rules', headers: { 'content-type': 'application/json' }, body: '{}' },
  { method: 'GET', path: '/_local/hello' },
  { method: 'GET', path: '/' },
];

describe('the local cloud answers loopback only', () => {
  it.each(['evil.example', `evil.example:${8090}`, '127.0.0.1.evil.example', '10.0.0.8', ''])(
    'refuses every route for Host %j (DNS rebinding)',
    async (host) => {
      const before = countNotes();
      for (const request of everyRoute) {
        const answer = await send({ ...request, headers: { ...request.headers, host } });
        expect([request.path, answer.status]).toEqual([request.path, 421]);
        expect(answer.text).toContain('loopback');
      }
      expect(countNotes()).toBe(before);
    },
  );

  it('accepts the loopback names, with or without the port', async () => {
    const port = cloud.port;
    for (const host of [
      `127.0.0.1:${port}`,
      `localhost:${port}`,
      `LocalHost:${port}`,
      `[::1]:${port}`,
      '127.0.0.1',
    ]) {
      const answer = await send({ path: '/_emulator/clock', headers: { host } });
      expect([host, answer.status]).toEqual([host, 200]);
    }
    expect((await send({ path: '/_emulator/clock', headers: { host: 'localhost' } })).status).toBe(200);
  });

  it('refuses every route for a browser request from another origin', async () => {
    const before = countNotes();
    const port = cloud.port;
    // Another site, an opaque origin (sandboxed frame, file://), another local port, another scheme.
    for (const origin of [
      'http://evil.example',
      'null',
      `http://localhost:${port + 1}`,
      `https://127.0.0.1:${port}`,
    ]) {
      for (const request of everyRoute) {
        const answer = await send({ ...request, headers: { ...request.headers, origin } });
        expect([origin, request.path, answer.status]).toEqual([origin, request.path, 403]);
        expect(answer.text).toContain('origin');
      }
    }
    expect(countNotes()).toBe(before);
  });

  it('refuses a text/plain write to the back end from another page, and stores nothing', async () => {
    const before = countNotes();
    for (const pathname of ['/admin', '/inv/abc/admin']) {
      const answer = await send({
        method: 'POST',
        path: pathname,
        headers: { origin: 'http://evil.example', 'content-type': 'text/plain;charset=UTF-8' },
        body: insertBody,
      });
      expect(answer.status).toBe(403);
    }
    expect(countNotes()).toBe(before);
  });

  it('takes only the content type the SDK sends on the back end', async () => {
    const before = countNotes();
    for (const type of [undefined, 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
      const answer = await send({
        method: 'POST',
        path: '/admin',
        headers: type ? { 'content-type': type } : {},
        body: insertBody,
      });
      expect([type, answer.status]).toEqual([type, 415]);
    }
    expect(countNotes()).toBe(before);
    const json = await send({
      method: 'POST',
      path: '/admin',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: insertBody,
    });
    expect(json.status).toBe(200);
    expect(countNotes()).toBe(before + 1);
  });

  it('still serves the SDK, the same-origin H5 app and clients that send no Origin', async () => {
    // The SDK (no Origin, application/json), from outside any function and from inside one.
    await localAdminApp(cloud.url).database().collection('notes').add({ text: 'by the SDK' });
    // The H5 app: the browser sends its own origin, which is the local cloud's, under any of its loopback names.
    for (const origin of [`http://127.0.0.1:${cloud.port}`, `http://localhost:${cloud.port}`]) {
      const call = await send({
        method: 'POST',
        path: '/fn/echo',
        headers: { origin, 'content-type': 'application/json', 'x-wx-openid': 'openid-h5' },
        body: '{}',
      });
      expect(call).toEqual({ status: 200, text: JSON.stringify({ openid: 'openid-h5' }) });
      const clock = await send({ path: '/_emulator/clock', headers: { origin } });
      expect(clock.status).toBe(200);
    }
    expect((await send({ path: '/' })).text).toContain('<title>app</title>');
    expect((await send({ path: '/_emulator/' })).status).toBe(200);
  });
});
