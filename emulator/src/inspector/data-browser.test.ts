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

  it('queries a collection with a where filter and a sort, as the SDK’s read requests are answered', async () => {
    const notes = localAdminApp(cloud.url).database().collection('notes');
    await notes.add({ _id: 'dated', text: '带日期', at: new Date('2026-05-04T03:02:01.000Z'), n: 7 });
    const where = encodeURIComponent(JSON.stringify({ _id: { $regex: '^n1' } }));
    const found = await get(`/_emulator/collections/notes?where=${where}&sort=_id&dir=desc`);
    expect(found.html).toContain('10 matching documents, sorted by _id (descending)');
    const ids = [...found.html.matchAll(/<tr><td><a href="[^"]+">([^<]+)<\/a><\/td>/g)].map((m) => m[1]);
    expect(ids).toEqual(['n19', 'n18', 'n17', 'n16', 'n15', 'n14', 'n13', 'n12', 'n11', 'n10']);
    // A filter with an operator the database refuses is reported, not thrown.
    const bad = await get(`/_emulator/collections/notes?where=${encodeURIComponent('{"n":{"$nope":1}}')}`);
    expect(bad.status).toBe(200);
    expect(bad.html).toMatch(/class="bad">[A-Z_.]+: [^<]*\$nope/);
    const broken = await get(`/_emulator/collections/notes?where=${encodeURIComponent('{"n":')}`);
    expect(broken.html).toMatch(/class="bad">[A-Z_.]+: query is not valid EJSON/);
    // One document as EJSON: its date is a date.
    const doc = await get('/_emulator/collections/notes/docs/dated');
    expect(doc.html).toContain('&#34;$date&#34;: &#34;2026-05-04T03:02:01Z&#34;');
    expect((await get('/_emulator/collections/notes/docs/none')).status).toBe(404);
  });

  it('lists one invocation’s requests in order: kind, action, collection, time, documents read, bytes', async () => {
    await fetch(`${cloud.url}/fn/touch`, {
      method: 'POST',
      headers: { 'x-wx-openid': 'o', 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'note', text: 'ops' }),
    });
    const entry = cloud.gateway.journal.recent(1)[0]!;
    expect(entry.ops.map((op) => [op.kind, op.action, op.collection])).toEqual([
      ['db', 'database.insertDocument', 'notes'],
      ['db', 'database.calculateDocument', 'notes'],
    ]);
    const overview = await get('/_emulator/');
    expect(overview.html).toContain(`href="/_emulator/invocation/${entry.requestId}"`);
    const { html } = await get(`/_emulator/invocation/${entry.requestId}`);
    expect(html).toMatch(
      /<td class="n">1<\/td><td>db<\/td><td>database.insertDocument<\/td>\s*<td><a href="\/_emulator\/collections\/notes">notes<\/a><\/td>/,
    );
    expect(html).toContain('2 database operations');
    expect((await get('/_emulator/invocation/nope')).status).toBe(404);
  });
});
