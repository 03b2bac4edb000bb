import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { localAdminApp } from '../admin-app';
import { startLocalCloud, type LocalCloud } from '../index';

const dataRoot = path.resolve(__dirname, '..', '..', '..', '.data');
mkdirSync(dataRoot, { recursive: true });
const dir = mkdtempSync(path.join(dataRoot, 'data-browser-test-'));
mkdirSync(path.join(dir, 'functions', 'touch'), { recursive: true });
writeFileSync(
  path.join(dir, 'functions', 'touch', 'index.js'),
  `const tcb = require('@cloudbase/node-sdk');
exports.main = async (event) => {
  const db = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).database();
  await db.collection('notes').add({ text: event.text });
  return (await db.collection('notes').count()).total;
};`,
);
writeFileSync(
  path.join(dir, 'cloudbaserc.json'),
  JSON.stringify({
    functionRoot: './functions',
    functions: [{ name: 'touch', triggers: [{ name: 'nightly', type: 'timer', config: '0 0 2 * * * *' }] }],
  }),
);
writeFileSync(
  path.join(dir, 'collections.json'),
  JSON.stringify({ collections: [{ name: 'notes', indexes: [{ name: 'text', keys: { text: 1 }, unique: true }] }] }),
);

let cloud: LocalCloud;
beforeAll(async () => {
  cloud = await startLocalCloud({
    configFile: path.join(dir, 'cloudbaserc.json'),
    collectionsFile: path.join(dir, 'collections.json'),
    timers: 'manual',
  });
});
afterAll(async () => {
  await cloud.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = async (pathname: string) => {
  const response = await fetch(`${cloud.url}${pathname}`);
  return { status: response.status, html: await response.text() };
};

describe('data browser', () => {
  it('shows collections, recent invocations with their costs, and timers', async () => {
    await fetch(`${cloud.url}/fn/touch`, {
      method: 'POST',
      headers: { 'x-wx-openid': 'o', 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'note', text: '<script>alert(1)</script>' }),
    });
    const { status, html } = await get('/_emulator/');
    expect(status).toBe(200);
    expect(html).toMatch(/href="\/_emulator\/collections\/notes">notes<\/a><\/td>\s*<td class="n">1<\/td>/);
    expect(html).toContain('text (unique)');
    // The invocation row: function, action, trigger, outcome, then its two database operations.
    expect(html).toMatch(
      /<td>touch<\/td>\s*<td>note<\/td><td>wx<\/td>\s*<td class="">ok<\/td>\s*<td class="n">\d+<\/td><td class="n">2<\/td>/,
    );
    expect(html).toContain('<code>0 0 2 * * * *</code>');
  });

  it('lists a collection’s documents, escaped, and pages through them', async () => {
    const notes = localAdminApp(cloud.url).database().collection('notes');
    for (let i = 0; i < 25; i++) await notes.add({ _id: `n${String(i).padStart(2, '0')}`, text: `第${i}条` });
    const first = await get('/_emulator/collections/notes');
    expect(first.html).toContain('26 documents');
    expect(first.html).toContain('page 1 of 2');
    expect(first.html).not.toContain('<script>alert');
    expect(first.html).toContain('&#60;script&#62;');
    const second = await get('/_emulator/collections/notes?page=2');
    expect(second.html).toContain('&#34;_id&#34;: &#34;n24&#34;');
    expect((await get('/_emulator/collections/nothing')).status).toBe(404);
  });
});
