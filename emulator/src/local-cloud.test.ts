// The local cloud end to end: a function invoked through the gateway writes and reads the database through the
// unmodified SDK, as the caller the gateway was told about.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startLocalCloud } from './index';

const dataRoot = path.resolve(__dirname, '..', '..', '.data');
mkdirSync(dataRoot, { recursive: true });
const dir = mkdtempSync(path.join(dataRoot, 'local-cloud-test-'));

mkdirSync(path.join(dir, 'functions', 'notes'), { recursive: true });
writeFileSync(
  path.join(dir, 'functions', 'notes', 'index.js'),
  `const tcb = require('@cloudbase/node-sdk');
exports.main = async (event) => {
  const app = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV });
  const openid = app.auth().getUserInfo().openId;
  const notes = app.database().collection('notes');
  const { id } = await notes.add({ by: openid, text: event.text, at: app.database().serverDate() });
  const { data } = await notes.doc(id).get();
  const mine = await notes.where({ by: openid }).count();
  return { note: data[0], mine: mine.total, atIsDate: data[0].at instanceof Date };
};`,
);
// One read of ten documents (4 of kind a, 6 of kind b; kind is indexed, colour is not) per call.
mkdirSync(path.join(dir, 'functions', 'shelf'), { recursive: true });
writeFileSync(
  path.join(dir, 'functions', 'shelf', 'index.js'),
  `const tcb = require('@cloudbase/node-sdk');
exports.main = async (event) => {
  const db = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).database();
  const shelf = db.collection('shelf');
  const steps = {
    fill: () =>
      shelf.add(Array.from({ length: 10 }, (_, i) => ({ _id: 's' + i, kind: i < 4 ? 'a' : 'b', colour: i % 2 ? 'red' : 'blue' }))),
    byId: () => shelf.doc('s1').get(),
    byIndex: () => shelf.where({ kind: 'a' }).get(),
    missingById: () => shelf.doc('nothing').get(),
    byIds: () => shelf.where({ _id: db.command.in(['s1', 's2', 's2', 'nothing']) }).get(),
    scan: () => shelf.where({ colour: 'red' }).get(),
    countScan: () => shelf.where({ colour: 'red' }).count(),
    updateByIndex: () => shelf.where({ kind: 'b' }).update({ seen: true }),
    aggregate: () => shelf.aggregate().match({ kind: 'a' }).end(),
  };
  await steps[event.step]();
  return 'done';
};`,
);
writeFileSync(
  path.join(dir, 'cloudbaserc.json'),
  JSON.stringify({
    functionRoot: './functions',
    functions: [
      { name: 'notes', timeout: 5 },
      { name: 'shelf', timeout: 5 },
    ],
  }),
);
writeFileSync(
  path.join(dir, 'collections.json'),
  JSON.stringify({
    collections: [
      { name: 'notes', indexes: [{ name: 'by', keys: { by: 1 } }] },
      { name: 'shelf', indexes: [{ name: 'kind', keys: { kind: 1 } }] },
    ],
  }),
);

let server: Awaited<ReturnType<typeof startLocalCloud>>;
beforeAll(async () => {
  server = await startLocalCloud({
    configFile: path.join(dir, 'cloudbaserc.json'),
    collectionsFile: path.join(dir, 'collections.json'),
    dataDir: path.join(dir, 'data'),
  });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function call(body: unknown, openid?: string) {
  const response = await fetch(`${server.url}/fn/notes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(openid ? { 'x-wx-openid': openid } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('local cloud', () => {
  it('runs a function that stores and reads documents through the SDK as its caller', async () => {
    const first = await call({ text: '今天学会了焊接' }, 'openid-wang');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      note: { by: 'openid-wang', text: '今天学会了焊接' },
      mine: 1,
      atIsDate: true,
    });
    await call({ text: '第二篇' }, 'openid-wang');
    const other = await call({ text: '别人的' }, 'openid-li');
    expect(other.body).toMatchObject({ note: { by: 'openid-li' }, mine: 1 });
  });

  it('charges each database request to the invocation that sent it, with the bytes of the replies', async () => {
    await call({ text: '计数' }, 'openid-zhao');
    const list = (await (await fetch(`${server.url}/_emulator/invocations`)).json()) as {
      inFlight: number;
      invocations: Array<{ name: string; outcome: string; dbOps: number; replyBytes: number; trigger: string }>;
    };
    expect(list.inFlight).toBe(0);
    // add, doc().get and count: three operations as CloudBase counts them.
    expect(list.invocations[0]).toMatchObject({ name: 'notes', outcome: 'ok', dbOps: 3, trigger: 'wx' });
    expect(list.invocations[0]?.replyBytes).toBeGreaterThan(100);
    // Direct SDK use outside any invocation (a test, a script) is charged to nobody.
    const before = server.gateway.journal.recent().map((entry) => entry.dbOps);
    await fetch(`${server.url}/admin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'database.calculateDocument', collectionName: 'notes', query: '{}' }),
    });
    expect(server.gateway.journal.recent().map((entry) => entry.dbOps)).toEqual(before);
  });

  it('charges the documents each request read: what an index finds, or the whole collection for a scan', async () => {
    const examined = async (step: string) => {
      const response = await fetch(`${server.url}/fn/shelf`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-wx-openid': 'openid-shelf' },
        body: JSON.stringify({ step }),
      });
      expect(await response.json()).toBe('done');
      await server.gateway.journal.idle();
      const [record] = server.gateway.journal.recent(1);
      expect(record).toMatchObject({ name: 'shelf', outcome: 'ok', dbOps: 1 });
      return record!.docsExamined;
    };
    expect(await examined('fill')).toBe(0);
    expect(await examined('byId')).toBe(1);
    expect(await examined('missingById')).toBe(0);
    // _id in [...] seeks each id: the two that exist, once each.
    expect(await examined('byIds')).toBe(2);
    expect(await examined('byIndex')).toBe(4);
    expect(await examined('scan')).toBe(10);
    expect(await examined('countScan')).toBe(10);
    expect(await examined('updateByIndex')).toBe(6);
    expect(await examined('aggregate')).toBe(10);
  });

  it('answers an unknown back-end action with an error reply and stays up', async () => {
    const reply = await fetch(`${server.url}/admin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'nosuch.thing' }),
    });
    expect(await reply.json()).toMatchObject({ code: 'INVALID_PARAM', message: 'unknown action nosuch.thing' });
    const junk = await fetch(`${server.url}/admin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(await junk.json()).toMatchObject({ code: 'INVALID_PARAM' });
  });

  it('refuses a call without a WeChat identity', async () => {
    const answer = await call({ text: 'x' });
    expect(answer.status).toBe(401);
  });
});
