// Conformance of the local database to CloudBase, driven only through the real @cloudbase/node-sdk.
// Each test reads as one rule of the platform's behaviour; the SDK's own request and response handling is in the loop.
process.env.TENCENTCLOUD = 'true'; // skips the SDK's metadata-host lookups outside the platform

import * as tcb from '@cloudbase/node-sdk';
import type { Db } from '@cloudbase/database';
import type { Transaction } from '@cloudbase/database/dist/commonjs/transaction/index';
import { CloudClock } from '../clock';
import { startDatabaseServer, type RunningDatabase } from './database-server';
import { DB_ERRORS } from './errors';

interface Doc {
  _id: string;
  [field: string]: unknown;
}

const collections = [
  'basics',
  'queries',
  'updates',
  'paging',
  'bulk',
  'dates',
  'sales',
  'products',
  'removals',
  'accounts',
  'counters',
];

let server: RunningDatabase;
// The server's clock, stopped at a Spring Festival instant so serverDate can be checked exactly.
const clock = new CloudClock();
const SERVER_NOW = Date.parse('2027-02-06T09:30:00+08:00');
clock.set(SERVER_NOW, { frozen: true });
let db: Db;

function connect(url: string): Db {
  return tcb.init({ env: 'local', secretId: 'local', secretKey: 'local', serviceUrl: url }).database();
}

beforeAll(async () => {
  server = await startDatabaseServer({
    clock,
    collections: [
      ...collections.map((name) => ({ name })),
      { name: 'people', indexes: [{ name: 'phone_unique', keys: { phone: 1 }, unique: true }] },
    ],
  });
  db = connect(server.url);
});

afterAll(async () => {
  await server?.close();
});

async function seed(collection: string, docs: object[]): Promise<void> {
  await db.collection(collection).add(docs);
}

async function docOf(collection: string, id: string): Promise<Doc | undefined> {
  const { data } = await db.collection(collection).doc(id).get();
  return (data as Doc[])[0];
}

/** Adds one document and returns its id, which CloudBase always gives as a string. */
async function addOne(collection: string, doc: object): Promise<string> {
  const { id } = await db.collection(collection).add(doc);
  expect(typeof id).toBe('string');
  return String(id);
}

function idsOf(data: Doc[]): string[] {
  return data.map((doc) => doc._id).sort();
}

describe('add and read', () => {
  it('add without _id generates a string id that doc(id).get finds', async () => {
    const id = await addOne('basics', { name: 'generated', n: 1 });
    expect(id.length).toBeGreaterThan(0);
    const { data } = await db.collection('basics').doc(id).get();
    expect(data).toEqual([{ _id: id, name: 'generated', n: 1 }]);
  });

  it('add with an _id keeps it', async () => {
    expect(await addOne('basics', { _id: 'given-id', name: 'given', n: 2 })).toBe('given-id');
    expect(await docOf('basics', 'given-id')).toEqual({ _id: 'given-id', name: 'given', n: 2 });
  });

  it('add of an existing _id fails with DATABASE_DUPLICATE_WRITE and keeps the first document', async () => {
    await db.collection('basics').add({ _id: 'dup', v: 'first' });
    await expect(db.collection('basics').add({ _id: 'dup', v: 'second' })).rejects.toMatchObject({
      code: DB_ERRORS.DUPLICATE_WRITE,
    });
    expect(await docOf('basics', 'dup')).toEqual({ _id: 'dup', v: 'first' });
  });

  it('add of an array inserts every document and returns their ids', async () => {
    const { ids } = await db
      .collection('basics')
      .add([{ _id: 'arr-1', batch: 'arr' }, { _id: 'arr-2', batch: 'arr' }, { batch: 'arr' }]);
    expect(ids).toHaveLength(3);
    expect(ids?.slice(0, 2)).toEqual(['arr-1', 'arr-2']);
    const { total } = await db.collection('basics').where({ batch: 'arr' }).count();
    expect(total).toBe(3);
  });

  it('doc(id).get of a missing document returns an empty list', async () => {
    const { data } = await db.collection('basics').doc('no-such-doc').get();
    expect(data).toEqual([]);
  });

  it('where().get returns matching documents and count counts them', async () => {
    await seed('basics', [
      { _id: 'w1', colour: 'red', size: 1 },
      { _id: 'w2', colour: 'red', size: 2 },
      { _id: 'w3', colour: 'blue', size: 3 },
    ]);
    const { data } = await db.collection('basics').where({ colour: 'red' }).get();
    expect(idsOf(data)).toEqual(['w1', 'w2']);
    expect((await db.collection('basics').where({ colour: 'red' }).count()).total).toBe(2);
    expect((await db.collection('basics').where({ colour: 'green' }).count()).total).toBe(0);
  });

  it('nested objects and arrays round-trip unchanged, and dotted paths query into them', async () => {
    const value = { _id: 'nested', profile: { city: 'Wuhan', langs: ['zh', 'en'] }, list: [{ k: 1 }, { k: 2 }] };
    await db.collection('basics').add(value);
    expect(await docOf('basics', 'nested')).toEqual(value);
    const { data } = await db.collection('basics').where({ 'profile.city': 'Wuhan' }).get();
    expect(idsOf(data)).toEqual(['nested']);
  });
});

describe('query operators', () => {
  const _ = () => db.command;
  const find = async (query: object) => idsOf((await db.collection('queries').where(query).get()).data);

  beforeAll(async () => {
    await seed('queries', [
      {
        _id: 'q1',
        name: 'Alice',
        age: 30,
        city: 'Wuhan',
        tags: ['a', 'b'],
        scores: [
          { subject: 'math', score: 90 },
          { subject: 'art', score: 60 },
        ],
        nickname: 'al',
      },
      { _id: 'q2', name: 'albert', age: 25, city: 'Beijing', tags: ['b'], scores: [{ subject: 'math', score: 70 }] },
      { _id: 'q3', name: 'Bob', age: 40, city: 'Wuhan', tags: ['a', 'b', 'c'], scores: [], nickname: 'bobby' },
      { _id: 'q4', name: 'carol', age: 35, city: 'Shanghai', tags: [], scores: [{ subject: 'art', score: 95 }] },
    ]);
  });

  it('eq and neq (and a plain value means eq)', async () => {
    expect(await find({ city: _().eq('Wuhan') })).toEqual(['q1', 'q3']);
    expect(await find({ city: 'Wuhan' })).toEqual(['q1', 'q3']);
    expect(await find({ city: _().neq('Wuhan') })).toEqual(['q2', 'q4']);
  });

  it('gt, gte, lt, lte', async () => {
    expect(await find({ age: _().gt(30) })).toEqual(['q3', 'q4']);
    expect(await find({ age: _().gte(30) })).toEqual(['q1', 'q3', 'q4']);
    expect(await find({ age: _().lt(30) })).toEqual(['q2']);
    expect(await find({ age: _().lte(30) })).toEqual(['q1', 'q2']);
  });

  it('in and nin', async () => {
    expect(await find({ city: _().in(['Beijing', 'Shanghai']) })).toEqual(['q2', 'q4']);
    expect(await find({ city: _().nin(['Beijing', 'Shanghai']) })).toEqual(['q1', 'q3']);
  });

  it('and, or, nor at the top level and on a field', async () => {
    expect(await find(_().and([{ city: 'Wuhan' }, { age: _().gt(30) }]))).toEqual(['q3']);
    expect(await find({ age: _().gt(26).and(_().lt(36)) })).toEqual(['q1', 'q4']);
    expect(await find(_().or([{ age: _().lt(26) }, { city: 'Shanghai' }]))).toEqual(['q2', 'q4']);
    expect(await find({ age: _().lt(26).or(_().gt(36)) })).toEqual(['q2', 'q3']);
    expect(await find(_().nor([{ city: 'Wuhan' }, { age: _().lt(26) }]))).toEqual(['q4']);
  });

  it('not negates a field condition', async () => {
    expect(await find({ age: _().not(_().gt(30)) })).toEqual(['q1', 'q2']);
  });

  it('exists', async () => {
    expect(await find({ nickname: _().exists(true) })).toEqual(['q1', 'q3']);
    expect(await find({ nickname: _().exists(false) })).toEqual(['q2', 'q4']);
  });

  it('all, elemMatch, size on arrays', async () => {
    expect(await find({ tags: _().all(['a', 'b']) })).toEqual(['q1', 'q3']);
    expect(await find({ scores: _().elemMatch({ subject: 'math', score: _().gte(80) }) })).toEqual(['q1']);
    expect(await find({ tags: _().size(1) })).toEqual(['q2']);
    expect(await find({ tags: 'c' })).toEqual(['q3']);
  });

  it('a JS RegExp matches case-sensitively; db.RegExp with options "i" ignores case', async () => {
    expect(await find({ name: /^al/ })).toEqual(['q2']);
    expect(await find({ name: db.RegExp({ regexp: '^al', options: 'i' }) })).toEqual(['q1', 'q2']);
    expect(await find({ name: /ROL$/i })).toEqual(['q4']);
  });
});

describe('update operators', () => {
  const _ = () => db.command;
  const updates = () => db.collection('updates');

  it('a plain nested object merges into the field; _.set replaces it', async () => {
    await updates()
      .doc('merge')
      .set({ profile: { city: 'Wuhan', zip: '430000' } });
    await updates()
      .doc('merge')
      .update({ profile: { city: 'Xiamen' } });
    expect((await docOf('updates', 'merge'))?.profile).toEqual({ city: 'Xiamen', zip: '430000' });
    await updates()
      .doc('merge')
      .update({ profile: _().set({ city: 'Hefei' }) });
    expect((await docOf('updates', 'merge'))?.profile).toEqual({ city: 'Hefei' });
  });

  it('_.remove deletes a field', async () => {
    await updates().doc('rm').set({ keep: 1, temp: 2 });
    const { updated } = await updates().doc('rm').update({ temp: _().remove() });
    expect(updated).toBe(1);
    expect(await docOf('updates', 'rm')).toEqual({ _id: 'rm', keep: 1 });
  });

  it('_.inc, _.mul, _.min, _.max', async () => {
    await updates().doc('num').set({ a: 5, b: 3, lo: 10, hi: 10, lo2: 1, hi2: 20 });
    await updates()
      .doc('num')
      .update({
        a: _().inc(2),
        b: _().mul(4),
        lo: _().min(4),
        hi: _().max(15),
        lo2: _().min(9),
        hi2: _().max(9),
        fresh: _().inc(1),
      });
    expect(await docOf('updates', 'num')).toEqual({
      _id: 'num',
      a: 7,
      b: 12,
      lo: 4,
      hi: 15,
      lo2: 1,
      hi2: 20,
      fresh: 1,
    });
  });

  it('_.push appends, and with each + slice keeps the last n', async () => {
    await updates()
      .doc('push')
      .set({ list: [1, 2], window: [1, 2, 3] });
    await updates()
      .doc('push')
      .update({ list: _().push(3), window: _().push({ each: [4, 5], slice: -3 }) });
    expect(await docOf('updates', 'push')).toEqual({ _id: 'push', list: [1, 2, 3], window: [3, 4, 5] });
  });

  it('_.pull removes every matching element; _.addToSet adds only what is missing; _.pop drops the last', async () => {
    await updates()
      .doc('arr')
      .set({ tags: ['a', 'b', 'c', 'b'], set: ['x'], stack: [1, 2, 3] });
    await updates()
      .doc('arr')
      .update({ tags: _().pull('b'), stack: _().pop() });
    await updates()
      .doc('arr')
      .update({ set: _().addToSet('x') });
    await updates()
      .doc('arr')
      .update({ set: _().addToSet('y') });
    expect(await docOf('updates', 'arr')).toEqual({ _id: 'arr', tags: ['a', 'c'], set: ['x', 'y'], stack: [1, 2] });
  });

  it('_.rename moves a field', async () => {
    await updates().doc('ren').set({ old: 'v', other: 1 });
    await updates()
      .doc('ren')
      .update({ old: _().rename('renamed') });
    expect(await docOf('updates', 'ren')).toEqual({ _id: 'ren', renamed: 'v', other: 1 });
  });

  it('doc().set replaces the whole document', async () => {
    await updates().doc('replace').set({ a: 1, b: 2 });
    const result = await updates().doc('replace').set({ c: 3 });
    expect(result.updated).toBe(1);
    expect(await docOf('updates', 'replace')).toEqual({ _id: 'replace', c: 3 });
  });

  it('doc().set of a missing document creates it (upsert)', async () => {
    const result = await updates().doc('upserted').set({ made: true });
    expect(result.upsertedId).toBe('upserted');
    expect(await docOf('updates', 'upserted')).toEqual({ _id: 'upserted', made: true });
  });

  it('where().update updates every match and returns the updated count', async () => {
    await seed('updates', [
      { _id: 'm1', team: 'x', score: 1 },
      { _id: 'm2', team: 'x', score: 2 },
      { _id: 'm3', team: 'y', score: 3 },
    ]);
    const { updated } = await updates()
      .where({ team: 'x' })
      .update({ score: _().inc(10), touched: true });
    expect(updated).toBe(2);
    const { data } = await updates().where({ touched: true }).orderBy('_id', 'asc').get();
    expect(data).toEqual([
      { _id: 'm1', team: 'x', score: 11, touched: true },
      { _id: 'm2', team: 'x', score: 12, touched: true },
    ]);
    expect(await docOf('updates', 'm3')).toEqual({ _id: 'm3', team: 'y', score: 3 });
  });

  it('doc().update of a missing document updates 0 and creates nothing', async () => {
    const { updated } = await updates().doc('ghost-doc').update({ x: 1 });
    expect(updated).toBe(0);
    expect(await docOf('updates', 'ghost-doc')).toBeUndefined();
  });
});

describe('ordering, paging and projection', () => {
  const paging = () => db.collection('paging');

  beforeAll(async () => {
    await seed('paging', [
      { _id: 'p1', group: 'b', rank: 1, name: 'one' },
      { _id: 'p2', group: 'a', rank: 2, name: 'two' },
      { _id: 'p3', group: 'b', rank: 3, name: 'three' },
      { _id: 'p4', group: 'a', rank: 4, name: 'four' },
      { _id: 'p5', group: 'c', rank: 5, name: 'five' },
      { _id: 'p6', group: 'a', rank: 6, name: 'six' },
    ]);
    const bulk = Array.from({ length: 1100 }, (_, i) => ({ _id: `b${String(i).padStart(4, '0')}`, i }));
    const batches = Array.from({ length: 11 }, (_, k) => bulk.slice(k * 100, k * 100 + 100));
    await Promise.all(batches.map((batch) => seed('bulk', batch)));
  });

  it('orderBy on several keys sorts by the first, then the next', async () => {
    const { data } = await paging().orderBy('group', 'asc').orderBy('rank', 'desc').get();
    expect(data.map((doc: Doc) => doc._id)).toEqual(['p6', 'p4', 'p2', 'p3', 'p1', 'p5']);
  });

  it('skip and limit page through the ordered result', async () => {
    const { data } = await paging().orderBy('rank', 'asc').skip(1).limit(2).get();
    expect(data.map((doc: Doc) => doc._id)).toEqual(['p2', 'p3']);
    const last = await paging().orderBy('rank', 'asc').skip(5).limit(10).get();
    expect(last.data.map((doc: Doc) => doc._id)).toEqual(['p6']);
  });

  it('field() includes only the listed fields (and _id), or leaves out the excluded ones', async () => {
    const included = await paging().where({ _id: 'p1' }).field({ name: true }).get();
    expect(included.data).toEqual([{ _id: 'p1', name: 'one' }]);
    const excluded = await paging().where({ _id: 'p1' }).field({ rank: false, group: false }).get();
    expect(excluded.data).toEqual([{ _id: 'p1', name: 'one' }]);
    const one = await paging().doc('p2').field({ rank: true }).get();
    expect(one.data).toEqual([{ _id: 'p2', rank: 2 }]);
  });

  it('seeds 1100 documents', async () => {
    expect((await db.collection('bulk').count()).total).toBe(1100);
  });

  it('a get without limit returns at most 100 documents', async () => {
    const { data } = await db.collection('bulk').get();
    expect(data).toHaveLength(100);
  });

  it('limit(2000) returns at most 1000 documents', async () => {
    const { data } = await db.collection('bulk').limit(2000).get();
    expect(data).toHaveLength(1000);
  });

  it('skip past 1000 reaches the rest', async () => {
    const { data } = await db.collection('bulk').orderBy('i', 'asc').skip(1000).limit(1000).get();
    expect(data).toHaveLength(100);
    expect(data[0]).toEqual({ _id: 'b1000', i: 1000 });
  });
});

describe('dates', () => {
  it('a Date round-trips as a Date and compares as a date in queries', async () => {
    const when = new Date('2024-01-02T03:04:05.678Z');
    await seed('dates', [
      { _id: 'd1', when },
      { _id: 'd2', when: new Date('2023-06-01T00:00:00.000Z') },
    ]);
    const doc = await docOf('dates', 'd1');
    expect(doc?.when).toBeInstanceOf(Date);
    expect((doc?.when as Date).toISOString()).toBe(when.toISOString());
    const { data } = await db
      .collection('dates')
      .where({ when: db.command.gt(new Date('2023-12-31T00:00:00.000Z')) })
      .get();
    expect(idsOf(data)).toEqual(['d1']);
  });

  it('an updated document’s dates still work in an aggregate’s date operators', async () => {
    await seed('dates', [{ _id: 'u1', when: new Date('2026-11-25T07:00:00.000Z'), n: 0 }]);
    await db.collection('dates').doc('u1').update({ n: 1 });
    const $ = db.command.aggregate;
    const { data } = await db
      .collection('dates')
      .aggregate()
      .project({ hour: $.dateToString({ date: '$when', format: '%Y-%m-%dT%H' }) })
      .end();
    expect(data.find((doc: { _id: string }) => doc._id === 'u1')).toEqual({ _id: 'u1', hour: '2026-11-25T07' });
  });

  it('db.serverDate() is stored as a Date near the server clock', async () => {
    await db.collection('dates').add({ _id: 'now', at: db.serverDate() });
    const at = (await docOf('dates', 'now'))?.at;
    expect(at).toBeInstanceOf(Date);
    expect((at as Date).getTime()).toBe(SERVER_NOW);
  });

  it('db.serverDate({ offset }) is shifted by offset milliseconds', async () => {
    await db.collection('dates').add({ _id: 'later', at: db.serverDate({ offset: 60000 }) });
    const at = (await docOf('dates', 'later'))?.at;
    expect(at).toBeInstanceOf(Date);
    expect((at as Date).getTime()).toBe(SERVER_NOW + 60000);
  });

  it('db.serverDate() works in an update too', async () => {
    await db.collection('dates').doc('d2').update({ touchedAt: db.serverDate() });
    const at = (await docOf('dates', 'd2'))?.touchedAt;
    expect(at).toBeInstanceOf(Date);
    expect((at as Date).getTime()).toBe(SERVER_NOW);
  });
});

describe('aggregation', () => {
  const $ = () => db.command.aggregate;

  beforeAll(async () => {
    await seed('sales', [
      { _id: 's1', region: 'east', product: 'p-apple', qty: 3, price: 5, tags: ['fruit', 'red'] },
      { _id: 's2', region: 'west', product: 'p-pear', qty: 1, price: 4, tags: ['fruit'] },
      { _id: 's3', region: 'east', product: 'p-apple', qty: 7, price: 5, tags: ['fruit', 'red'] },
      { _id: 's4', region: 'east', product: 'p-kale', qty: 2, price: 3, tags: ['green'] },
      { _id: 's5', region: 'west', product: 'p-kale', qty: 0, price: 3, tags: [] },
    ]);
    await seed('products', [
      { _id: 'p-apple', label: 'Apple' },
      { _id: 'p-pear', label: 'Pear' },
      { _id: 'p-kale', label: 'Kale' },
    ]);
  });

  it('match + group with sum, avg, min, max, push, addToSet, first, last, then sort', async () => {
    const { data } = await db
      .collection('sales')
      .aggregate()
      .match({ qty: db.command.gt(0) })
      .sort({ _id: 1 })
      .group({
        _id: '$region',
        total: $().sum('$qty'),
        avg: $().avg('$qty'),
        min: $().min('$qty'),
        max: $().max('$qty'),
        all: $().push('$qty'),
        products: $().addToSet('$product'),
        first: $().first('$qty'),
        last: $().last('$qty'),
        n: $().sum(1),
      })
      .sort({ _id: 1 })
      .end();
    expect(data).toHaveLength(2);
    const [east, west] = data;
    expect({ ...east, products: [...east.products].sort() }).toEqual({
      _id: 'east',
      total: 12,
      avg: 4,
      min: 2,
      max: 7,
      all: [3, 7, 2],
      products: ['p-apple', 'p-kale'],
      first: 3,
      last: 2,
      n: 3,
    });
    expect(west).toEqual({
      _id: 'west',
      total: 1,
      avg: 1,
      min: 1,
      max: 1,
      all: [1],
      products: ['p-pear'],
      first: 1,
      last: 1,
      n: 1,
    });
  });

  it('sort, skip, limit and project', async () => {
    const { data } = await db
      .collection('sales')
      .aggregate()
      .sort({ qty: -1 })
      .skip(1)
      .limit(2)
      .project({ _id: 0, product: 1, qty: 1 })
      .end();
    expect(data).toEqual([
      { product: 'p-apple', qty: 3 },
      { product: 'p-kale', qty: 2 },
    ]);
  });

  it('count names the count field', async () => {
    const { data } = await db.collection('sales').aggregate().match({ region: 'east' }).count('n').end();
    expect(data).toEqual([{ n: 3 }]);
  });

  it('unwind emits one document per array element', async () => {
    const { data } = await db
      .collection('sales')
      .aggregate()
      .match({ _id: 's1' })
      .unwind('$tags')
      .project({ _id: 0, tags: 1 })
      .end();
    expect(data).toEqual([{ tags: 'fruit' }, { tags: 'red' }]);
  });

  it('lookup joins another collection and addFields computes a field', async () => {
    const { data } = await db
      .collection('sales')
      .aggregate()
      .match({ _id: 's3' })
      .lookup({ from: 'products', localField: 'product', foreignField: '_id', as: 'info' })
      .addFields({ revenue: $().multiply(['$qty', '$price']) })
      .project({ _id: 1, info: 1, revenue: 1 })
      .end();
    expect(data).toEqual([{ _id: 's3', info: [{ _id: 'p-apple', label: 'Apple' }], revenue: 35 }]);
  });
});

describe('remove', () => {
  beforeAll(async () => {
    await seed('removals', [
      { _id: 'r1', kind: 'a' },
      { _id: 'r2', kind: 'a' },
      { _id: 'r3', kind: 'a' },
      { _id: 'r4', kind: 'b' },
      { _id: 'r5', kind: 'b' },
    ]);
  });

  it('where().remove deletes every match and returns the deleted count', async () => {
    const { deleted } = await db.collection('removals').where({ kind: 'a' }).remove();
    expect(deleted).toBe(3);
    expect((await db.collection('removals').where({ kind: 'a' }).count()).total).toBe(0);
  });

  it('doc().remove deletes one document; a missing one deletes 0', async () => {
    expect((await db.collection('removals').doc('r4').remove()).deleted).toBe(1);
    expect((await db.collection('removals').doc('r4').remove()).deleted).toBe(0);
    expect(idsOf((await db.collection('removals').get()).data)).toEqual(['r5']);
  });
});

describe('transactions', () => {
  const _ = () => db.command;
  const balance = async (id: string) => (await docOf('accounts', id))?.balance;

  it('runTransaction commits writes to several documents together', async () => {
    await seed('accounts', [
      { _id: 'alice', balance: 100 },
      { _id: 'bob', balance: 0 },
    ]);
    const result = await db.runTransaction(async (t: Transaction) => {
      const from = (await t.collection('accounts').doc('alice').get()).data as Doc;
      await t
        .collection('accounts')
        .doc('alice')
        .update({ balance: (from.balance as number) - 30 });
      await t
        .collection('accounts')
        .doc('bob')
        .update({ balance: _().inc(30) });
      await t.collection('accounts').doc('carol').set({ balance: 5 });
      return 'done';
    });
    expect(result).toBe('done');
    expect(await balance('alice')).toBe(70);
    expect(await balance('bob')).toBe(30);
    expect(await balance('carol')).toBe(5);
  });

  it('an error thrown in runTransaction rolls everything back', async () => {
    await seed('accounts', [{ _id: 'thrower', balance: 10 }]);
    await expect(
      db.runTransaction(async (t: Transaction) => {
        await t
          .collection('accounts')
          .doc('thrower')
          .update({ balance: _().inc(5) });
        await t.collection('accounts').doc('thrower-new').set({ balance: 1 });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await balance('thrower')).toBe(10);
    expect(await docOf('accounts', 'thrower-new')).toBeUndefined();
  });

  it('t.rollback(value) rolls back and runTransaction rejects with that value', async () => {
    await seed('accounts', [{ _id: 'roller', balance: 10 }]);
    await expect(
      db.runTransaction(async (t: Transaction) => {
        await t
          .collection('accounts')
          .doc('roller')
          .update({ balance: _().inc(5) });
        await t.rollback('cancelled');
      }),
    ).rejects.toBe('cancelled');
    expect(await balance('roller')).toBe(10);
  });

  it('reads inside a transaction see its own writes; outside, nothing shows until commit', async () => {
    await seed('accounts', [{ _id: 'reader', balance: 1 }]);
    const t: Transaction = await db.startTransaction();
    await t
      .collection('accounts')
      .doc('reader')
      .update({ balance: _().inc(41) });
    await t.collection('accounts').doc('reader-new').set({ balance: 7 });
    expect((await t.collection('accounts').doc('reader').get()).data).toEqual({ _id: 'reader', balance: 42 });
    expect((await t.collection('accounts').doc('reader-new').get()).data).toEqual({ _id: 'reader-new', balance: 7 });
    expect(await balance('reader')).toBe(1);
    expect(await docOf('accounts', 'reader-new')).toBeUndefined();
    await t.commit();
    expect(await balance('reader')).toBe(42);
    expect(await balance('reader-new')).toBe(7);
  });

  it('two transactions writing one document: the second fails with DATABASE_TRANSACTION_CONFLICT', async () => {
    await seed('accounts', [{ _id: 'contended', balance: 0 }]);
    const t1: Transaction = await db.startTransaction();
    const t2: Transaction = await db.startTransaction();
    await t1
      .collection('accounts')
      .doc('contended')
      .update({ balance: _().inc(1) });
    const failure = (error: unknown) => error;
    let conflict: unknown = await t2
      .collection('accounts')
      .doc('contended')
      .update({ balance: _().inc(10) })
      .then(() => undefined, failure);
    await t1.commit();
    if (conflict === undefined) conflict = await t2.commit().then(() => undefined, failure);
    else await t2.rollback(undefined).catch(() => undefined);
    expect(conflict).toMatchObject({ code: DB_ERRORS.TRANSACTION_CONFLICT });
    expect(await balance('contended')).toBe(1);
  });

  it('concurrent runTransaction read-modify-writes never lose an update (one commits, the other retries or fails)', async () => {
    await seed('accounts', [{ _id: 'rmw', balance: 100 }]);
    const addTen = () =>
      db.runTransaction(async (t: Transaction) => {
        const current = (await t.collection('accounts').doc('rmw').get()).data as Doc;
        await new Promise((resolve) => setTimeout(resolve, 20));
        await t
          .collection('accounts')
          .doc('rmw')
          .update({ balance: (current.balance as number) + 10 });
      });
    const outcomes = await Promise.allSettled([addTen(), addTen()]);
    const committed = outcomes.filter((outcome) => outcome.status === 'fulfilled').length;
    expect(committed).toBeGreaterThanOrEqual(1);
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') {
        expect(outcome.reason).toMatchObject({ code: DB_ERRORS.TRANSACTION_CONFLICT });
      }
    }
    expect(await balance('rmw')).toBe(100 + 10 * committed);
  });

  it('a transaction left open past transactionTimeoutMs cannot commit', async () => {
    const shortLived = await startDatabaseServer({ collections: [{ name: 'accounts' }], transactionTimeoutMs: 200 });
    try {
      const local = connect(shortLived.url);
      await local.collection('accounts').add({ _id: 'slow', balance: 1 });
      const t: Transaction = await local.startTransaction();
      await t
        .collection('accounts')
        .doc('slow')
        .update({ balance: local.command.inc(1) });
      await new Promise((resolve) => setTimeout(resolve, 300));
      await expect(t.commit()).rejects.toMatchObject({ code: expect.stringMatching(/^DATABASE_TRANSACTION_/) });
      const { data } = await local.collection('accounts').doc('slow').get();
      expect(data).toEqual([{ _id: 'slow', balance: 1 }]);
    } finally {
      await shortLived.close();
    }
  });
});

describe('unique indexes', () => {
  beforeAll(async () => {
    await seed('people', [
      { _id: 'u1', phone: '111' },
      { _id: 'u2', phone: '222' },
    ]);
  });

  it('add that repeats a unique key fails with DATABASE_DUPLICATE_WRITE and adds nothing', async () => {
    await expect(db.collection('people').add({ _id: 'u3', phone: '111' })).rejects.toMatchObject({
      code: DB_ERRORS.DUPLICATE_WRITE,
    });
    expect((await db.collection('people').count()).total).toBe(2);
    expect(await docOf('people', 'u3')).toBeUndefined();
  });

  it('update that repeats a unique key fails with DATABASE_DUPLICATE_WRITE and changes nothing', async () => {
    await expect(db.collection('people').doc('u2').update({ phone: '111', name: 'x' })).rejects.toMatchObject({
      code: DB_ERRORS.DUPLICATE_WRITE,
    });
    expect(await docOf('people', 'u2')).toEqual({ _id: 'u2', phone: '222' });
  });

  it('a distinct key is accepted', async () => {
    await db.collection('people').add({ _id: 'u4', phone: '444' });
    await db.collection('people').doc('u4').update({ phone: '555' });
    expect(await docOf('people', 'u4')).toEqual({ _id: 'u4', phone: '555' });
  });
});

describe('collections', () => {
  it('reading or writing an undeclared collection fails with DATABASE_COLLECTION_NOT_EXIST', async () => {
    const ghost = () => db.collection('ghost');
    const notExist = { code: DB_ERRORS.COLLECTION_NOT_EXIST };
    await expect(ghost().get()).rejects.toMatchObject(notExist);
    await expect(ghost().doc('x').get()).rejects.toMatchObject(notExist);
    await expect(ghost().add({ a: 1 })).rejects.toMatchObject(notExist);
    await expect(ghost().where({ a: 1 }).update({ a: 2 })).rejects.toMatchObject(notExist);
    await expect(ghost().count()).rejects.toMatchObject(notExist);
  });

  it('db.createCollection makes a collection usable', async () => {
    await db.createCollection('created');
    const id = await addOne('created', { a: 1 });
    expect(await docOf('created', id)).toEqual({ _id: id, a: 1 });
  });

  it('creating an existing collection fails with DATABASE_COLLECTION_ALREADY_EXIST', async () => {
    await expect(db.createCollection('basics')).rejects.toMatchObject({
      code: DB_ERRORS.COLLECTION_ALREADY_EXIST,
    });
  });
});

describe('concurrency', () => {
  it('200 concurrent _.inc(1) updates on one document end at exactly 200', async () => {
    await db.collection('counters').add({ _id: 'hits', n: 0 });
    const results = await Promise.all(
      Array.from({ length: 200 }, () =>
        db
          .collection('counters')
          .doc('hits')
          .update({ n: db.command.inc(1) }),
      ),
    );
    expect(results.every((result) => result.updated === 1)).toBe(true);
    expect((await docOf('counters', 'hits'))?.n).toBe(200);
  });
});

describe('bad input', () => {
  const knownCodes: string[] = Object.values(DB_ERRORS);

  async function post(body: string): Promise<{ code?: unknown }> {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    return (await response.json()) as { code?: unknown };
  }

  it('a malformed JSON body gets an error reply', async () => {
    const reply = await post('{"action": "database.getDocument", ');
    expect(knownCodes).toContain(reply.code);
  });

  it('an unknown action gets INVALID_ACTION', async () => {
    const reply = await post(JSON.stringify({ action: 'database.frobnicate', collectionName: 'basics' }));
    expect(reply.code).toBe(DB_ERRORS.UNKNOWN_ACTION);
  });

  it('a wrong-typed field gets INVALID_PARAM', async () => {
    const reply = await post(
      JSON.stringify({ action: 'database.getDocument', collectionName: 5, queryType: 'WHERE', limit: 10 }),
    );
    expect(reply.code).toBe(DB_ERRORS.INVALID_PARAM);
  });

  it('an unknown query operator gets an error reply', async () => {
    const reply = await post(
      JSON.stringify({
        action: 'database.getDocument',
        collectionName: 'basics',
        queryType: 'WHERE',
        query: JSON.stringify({ n: { $frobnicate: 1 } }),
        limit: 10,
      }),
    );
    expect(knownCodes).toContain(reply.code);
  });

  it('the server still answers the SDK after bad input', async () => {
    const id = await addOne('basics', { after: 'bad input' });
    expect(await docOf('basics', id)).toEqual({ _id: id, after: 'bad input' });
  });
});
