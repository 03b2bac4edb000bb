// Queries over arrays of embedded documents, through the real @cloudbase/node-sdk, in the MongoDB form and in the
// mini-program command form (`_.elemMatch`, `_.exists`, `_.mod`, and nested plain objects the SDK flattens into
// dotted paths). CloudBase defers to MongoDB for these operators
// (https://docs.cloudbase.net/api-reference/server/node-sdk/database/command — "语义同 MongoDB"); the expected
// answers are MongoDB's:
// - $elemMatch: one element must satisfy every condition
//   (https://www.mongodb.com/docs/manual/reference/operator/query/elemMatch/);
// - a dotted path into an array matches when any element matches, conditions on the same path may be met by
//   different elements (https://www.mongodb.com/docs/manual/tutorial/query-array-of-documents/);
// - $exists on a path through an array is true when any element has the field
//   (https://www.mongodb.com/docs/manual/reference/operator/query/exists/);
// - $mod [divisor, remainder] on a path through an array is true when any element's value matches
//   (https://www.mongodb.com/docs/manual/reference/operator/query/mod/).
process.env.TENCENTCLOUD = 'true'; // skips the SDK's metadata-host lookups outside the platform

import * as tcb from '@cloudbase/node-sdk';
import type { Db } from '@cloudbase/database';
import { startDatabaseServer, type RunningDatabase } from './database-server';

let server: RunningDatabase;
let db: Db;

const ORDERS = [
  {
    _id: 'o1',
    items: [
      { sku: 'a', qty: 10 },
      { sku: 'b', qty: 2 },
    ],
    scores: [1, 5, 9],
  },
  {
    _id: 'o2',
    items: [
      { sku: 'a', qty: 1 },
      { sku: 'b', qty: 8 },
    ],
    scores: [2, 3],
  },
  { _id: 'o3', items: [{ sku: 'c' }], scores: [] },
  { _id: 'o4', items: [] },
  { _id: 'o5' },
  { _id: 'o6', items: [{ sku: 'a', qty: 12, box: { size: 3 } }], scores: [6] },
];

beforeAll(async () => {
  server = await startDatabaseServer({ collections: [{ name: 'orders' }] });
  db = tcb.init({ env: 'local', secretId: 'local', secretKey: 'local', serviceUrl: server.url }).database();
  await db.collection('orders').add(ORDERS);
});
afterAll(async () => {
  await server?.close();
});

const idsWhere = async (where: object) => {
  const { data } = (await db.collection('orders').where(where).orderBy('_id', 'asc').get()) as {
    data: Array<{ _id: string }>;
  };
  return data.map((doc) => doc._id);
};
const _ = () => db.command;
/** `_.mod(divisor, remainder)`: the SDK reads its arguments, though its types declare none. */
const mod = (...args: unknown[]) => (_().mod as unknown as (...given: unknown[]) => object).apply(_(), args);

describe('$elemMatch', () => {
  it('needs one element to meet every condition (MongoDB form)', async () => {
    expect(await idsWhere({ items: { $elemMatch: { sku: 'a', qty: { $gt: 5 } } } })).toEqual(['o1', 'o6']);
  });

  it('needs one element to meet every condition (command form)', async () => {
    expect(await idsWhere({ items: _().elemMatch({ sku: 'a', qty: _().gt(5) }) })).toEqual(['o1', 'o6']);
  });

  it('differs from conditions on dotted paths, which different elements may meet', async () => {
    expect(await idsWhere({ 'items.sku': 'a', 'items.qty': { $gt: 5 } })).toEqual(['o1', 'o2', 'o6']);
  });

  it('takes operator conditions on an array of scalars', async () => {
    expect(await idsWhere({ scores: { $elemMatch: { $gt: 4, $lt: 6 } } })).toEqual(['o1']);
    // (The SDK cannot send two operators inside `_.elemMatch` on scalars: `_.gt(4).and(_.lt(6))` is serialised as
    // the command object itself. One operator it sends as MongoDB's form.)
    expect(await idsWhere({ scores: _().elemMatch(_().gt(4)) })).toEqual(['o1', 'o6']);
  });

  it('holds $exists and $mod on the element’s fields', async () => {
    expect(await idsWhere({ items: { $elemMatch: { qty: { $exists: false } } } })).toEqual(['o3']);
    expect(await idsWhere({ items: _().elemMatch({ qty: _().exists(false) }) })).toEqual(['o3']);
    expect(await idsWhere({ items: { $elemMatch: { sku: 'b', qty: { $mod: [4, 0] } } } })).toEqual(['o2']);
    expect(await idsWhere({ items: _().elemMatch({ sku: 'b', qty: mod(4, 0) }) })).toEqual(['o2']);
  });

  it('reaches into an element’s embedded document', async () => {
    expect(await idsWhere({ items: { $elemMatch: { 'box.size': 3 } } })).toEqual(['o6']);
    expect(await idsWhere({ items: _().elemMatch({ box: { size: 3 } }) })).toEqual(['o6']);
  });
});

describe('$exists through an array', () => {
  it('is true when any element has the field', async () => {
    expect(await idsWhere({ 'items.qty': { $exists: true } })).toEqual(['o1', 'o2', 'o6']);
    expect(await idsWhere({ 'items.qty': _().exists(true) })).toEqual(['o1', 'o2', 'o6']);
  });

  it('is false for no element having it, an empty array, and no array at all', async () => {
    expect(await idsWhere({ 'items.qty': { $exists: false } })).toEqual(['o3', 'o4', 'o5']);
    expect(await idsWhere({ items: { qty: _().exists(false) } })).toEqual(['o3', 'o4', 'o5']);
  });
});

describe('$mod through an array', () => {
  it('is true when any element’s value has the remainder', async () => {
    expect(await idsWhere({ 'items.qty': { $mod: [4, 0] } })).toEqual(['o2', 'o6']);
    expect(await idsWhere({ 'items.qty': mod(4, 0) })).toEqual(['o2', 'o6']);
    expect(await idsWhere({ items: { qty: mod(4, 0) } })).toEqual(['o2', 'o6']);
  });

  it('takes the divisor and remainder in either command spelling', async () => {
    expect(await idsWhere({ 'items.qty': mod([5, 0]) })).toEqual(['o1']);
  });
});
