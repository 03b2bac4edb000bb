// The local cloud's HTTP face against hostile requests: sent raw, so that paths reach the server exactly as
// written (a client would normalise `..` and refuse malformed URLs before sending them).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { startLocalCloud, type LocalCloud } from './index';

const dataRoot = path.resolve(__dirname, '..', '..', '.data');
mkdirSync(dataRoot, { recursive: true });
const dir = mkdtempSync(path.join(dataRoot, 'local-cloud-server-test-'));
mkdirSync(path.join(dir, 'h5', 'static'), { recursive: true });
writeFileSync(path.join(dir, 'h5', 'index.html'), '<!doctype html><title>app</title>');
writeFileSync(path.join(dir, 'h5', 'static', 'app.js'), 'console.log(1)');
// A sibling whose name starts with the served folder's: outside it, however the path is spelt.
mkdirSync(path.join(dir, 'h5-x'), { recursive: true });
writeFileSync(path.join(dir, 'h5-x', 'secret.txt'), 'sibling secret');
writeFileSync(path.join(dir, 'secret.txt'), 'parent secret');
// Functions that fail in ways whose natural messages name files on this machine.
const functions: Record<string, string> = {
  noexport: 'exports.handler = () => 1;',
  broken: "require('./missing-helper'); exports.main = () => 1;",
  leaky: "exports.main = () => { throw new Error('cannot read ' + __filename); };",
};
for (const [name, source] of Object.entries(functions)) {
  mkdirSync(path.join(dir, 'functions', name), { recursive: true });
  writeFileSync(path.join(dir, 'functions', name, 'index.js'), source);
}
writeFileSync(path.join(dir, 'cloudbaserc.json'), JSON.stringify({ functionRoot: './functions', functions: [] }));
writeFileSync(path.join(dir, 'collections.json'), JSON.stringify({ collections: [] }));

let cloud: LocalCloud;
const logged: string[] = [];
beforeAll(async () => {
  cloud = await startLocalCloud({
    configFile: path.join(dir, 'cloudbaserc.json'),
    collectionsFile: path.join(dir, 'collections.json'),
    staticDir: path.join(dir, 'h5'),
    dataDir: path.join(dir, 'data'),
    timers: 'manual',
    log: (line) => logged.push(line),
    // A developer route with a bug in it.
    routes: [
      (_req, _res, url) => {
        if (url.pathname === '/_local/buggy') throw new Error(`cannot open ${path.join(dir, 'private.key')}`);
        return false;
      },
    ],
  });
});
afterAll(async () => {
  await cloud.close();
  rmSync(dir, { recursive: true, force: true });
});

function raw(
  target: string,
  method = 'GET',
  headers: Record<string, string> = {},
  body?: string,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: cloud.port, method, path: target, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    // A request the server never answers (it crashed, or dropped it) fails the test instead of hanging it.
    req.setTimeout(5000, () => req.destroy(new Error(`no answer to ${method} ${target}`)));
    req.end(body);
  });
}

describe('static files', () => {
  it('serves the app folder', async () => {
    expect(await raw('/')).toEqual({ status: 200, text: '<!doctype html><title>app</title>' });
    expect(await raw('/static/app.js')).toEqual({ status: 200, text: 'console.log(1)' });
  });

  it.each([
    '/../h5-x/secret.txt',
    '/..%2fh5-x/secret.txt',
    '/%2e%2e%2fh5-x/secret.txt',
    '/static/..%2f..%2fh5-x/secret.txt',
    '/..%2fsecret.txt',
    '/..%2f..%2f..%2fetc/passwd',
  ])('never serves a file outside the app folder: %s', async (target) => {
    const answer = await raw(target);
    expect(answer.text).not.toContain('secret');
    expect([403, 404]).toContain(answer.status);
  });
});

describe('errors sent to a client', () => {
  const callFunction = (name: string) =>
    raw(`/fn/${name}`, 'POST', { 'content-type': 'application/json', 'x-wx-openid': 'o' }, '{}');

  it('name a missing function, not where its bundle would be', async () => {
    const answer = await callFunction('nothere');
    expect(answer.status).toBe(404);
    expect(JSON.parse(answer.text)).toEqual({
      code: 'FUNCTION_NOT_FOUND',
      errCode: -501000,
      message: 'function nothere is not built',
    });
  });

  it.each(Object.keys(functions))('name no file of this machine when %s fails', async (name) => {
    const answer = await callFunction(name);
    expect(answer.status).toBe(502);
    expect(answer.text).not.toContain(dir);
    expect(answer.text).not.toContain(path.resolve(__dirname, '..', '..'));
  });

  it('still say what went wrong', async () => {
    expect(JSON.parse((await callFunction('noexport')).text)).toMatchObject({
      code: 'FUNCTION_FAILED',
      message: 'function noexport exports no main',
    });
    expect(JSON.parse((await callFunction('broken')).text).message).toContain(
      "Cannot find module './missing-helper'",
    );
    expect(JSON.parse((await callFunction('leaky')).text).message).toBe('cannot read leaky/index.js');
  });
});

describe('bad input from a client', () => {
  const json = { 'content-type': 'application/json' };

  it('gets 400 with a reason for WeChat rules that are not JSON or not rules', async () => {
    const put = (body: string) => raw('/_emulator/wechat/rules', 'PUT', json, body);
    const notJson = await put('{not json');
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.text)).toMatchObject({ code: 'INVALID_BODY', message: expect.stringMatching(/JSON/) });
    for (const body of ['5', '[]', '{"text":"x"}', '{"riskRank":{"o":"high"}}', '{"media":[{}]}', '{"nope":1}']) {
      const answer = await put(body);
      expect([body, answer.status]).toEqual([body, 400]);
      expect(JSON.parse(answer.text)).toMatchObject({ code: 'INVALID_RULES' });
    }
    const rules = { riskRank: { o: 4 }, text: [{ contains: '刷票', suggest: 'risky', label: 20006 }] };
    expect((await put(JSON.stringify(rules))).status).toBe(200);
    expect(JSON.parse((await raw('/_emulator/wechat/rules')).text)).toEqual(rules);
  });

  it('gets 404 naming the timer when it fires one that is not declared', async () => {
    const answer = await raw('/_emulator/timers/nofn/nightly', 'POST');
    expect(answer.status).toBe(404);
    expect(JSON.parse(answer.text)).toEqual({
      code: 'TIMER_NOT_FOUND',
      message: 'no timer trigger nightly on function nofn',
    });
  });

  it('gets 400 for a clock it cannot read', async () => {
    expect((await raw('/_emulator/clock', 'PUT', json, '{bad')).status).toBe(400);
    const garbage = await raw('/_emulator/clock', 'PUT', json, '{"at":"garbage"}');
    expect(garbage.status).toBe(400);
    expect(garbage.text).toContain('not an instant');
  });

  it.each([
    ['GET', '/%E0'],
    ['POST', '/fn/%E0'],
    ['GET', '/_emulator/collections/%E0'],
    ['POST', '/_emulator/timers/%E0/x'],
    ['GET', '/_storage/files/%E0?t=1&sign=x'],
    ['GET', 'http://[::1/x'],
  ])('gets 400 for a malformed %s %s, and the cloud stays up', async (method, target) => {
    const answer = await raw(target, method, { 'x-wx-openid': 'o' });
    expect(answer.status).toBe(400);
    expect((await raw('/_emulator/clock')).status).toBe(200);
  });

  it('gets 409 for an upload where a folder of the same name is (a disk cannot hold both)', async () => {
    const upload = (cloudPath: string) =>
      raw(`/_storage/client-upload?cloudPath=${encodeURIComponent(cloudPath)}`, 'POST', { 'x-wx-openid': 'o' }, 'x');
    expect((await upload('albums/2026/a.png')).status).toBe(200);
    const folder = await upload('albums/2026');
    expect(folder.status).toBe(409);
    expect(JSON.parse(folder.text)).toMatchObject({ code: 'STORAGE_PATH_CONFLICT' });
    expect((await upload('albums/2026/a.png/b.png')).status).toBe(409);
    // A folder is no file: asking for its URL finds nothing, rather than failing.
    const urls = await raw(
      '/_storage/client-temp-urls',
      'POST',
      { ...json, 'x-wx-openid': 'o' },
      JSON.stringify({ fileIDs: ['cloud://local.local-bucket/albums/2026'] }),
    );
    expect(urls).toEqual({ status: 200, text: '{}' });
  });
});

describe('a failure of the local cloud itself', () => {
  it('answers a bare 500 and tells the developer’s log why', async () => {
    const answer = await raw('/_local/buggy');
    expect(answer.status).toBe(500);
    expect(answer.text).not.toContain('private.key');
    expect(logged.some((line) => line.includes('GET /_local/buggy failed') && line.includes('private.key'))).toBe(
      true,
    );
  });
});
