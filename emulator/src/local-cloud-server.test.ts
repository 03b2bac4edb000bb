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
beforeAll(async () => {
  cloud = await startLocalCloud({
    configFile: path.join(dir, 'cloudbaserc.json'),
    collectionsFile: path.join(dir, 'collections.json'),
    staticDir: path.join(dir, 'h5'),
    timers: 'manual',
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
