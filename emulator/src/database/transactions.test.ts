// Transactions against CloudBase's documented behaviour, through the real @cloudbase/node-sdk (and raw requests for
// what the SDK's transaction API cannot send). Sources:
// - snapshot isolation: https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/database/transaction.html
//   ("事务期间，读操作返回的是对象的快照，而非实际数据"), with the snapshot taken at the first operation as MongoDB
//   does (https://www.mongodb.com/docs/manual/core/read-isolation-consistency-recency/, "snapshot" read concern);
// - a finished transaction: https://docs.cloudbase.net/error-code/DATABASE_TRANSACTION_FAIL ("服务器上不存在该事务，
//   事务必须在 30 秒内提交或中止");
// - single documents only: the same WeChat page ("在事务中不支持批量操作（where 语句），只支持单记录操作
//   （collection.doc, collection.add）").
process.env.TENCENTCLOUD = 'true'; // skips the SDK's metadata-host lookups outside the platform

import * as tcb from '@cloudbase/node-sdk';
import type { Db } from '@cloudbase/database';
import type { Transaction } from '@cloudbase/database/dist/commonjs/transaction/index';
import { startDatabaseServer, type RunningDatabase } from './database-server';
import { DB_ERRORS } from './errors';
import { TRANSACTION_NOT_EXIST_MESSAGE } from './transactions';

let server: RunningDatabase;
let db: Db;

beforeAll(async () => {
  server = await startDatabaseServer({ collections: [{ name: 'accounts' }, { name: 'orders' }] });
  db = tcb.init({ env: 'local', secretId: 'local', secretKey: 'local', serviceUrl: server.url }).database();
});
afterAll(async () => {
  await server?.close();
});

let serial = 0;
/** Fresh document ids for each test, so tests never see each other's documents. */
const ids = <N extends string[]>(...names: N) =>
  names.map((name) => `${name}-${++serial}`) as { [K in keyof N]: string };
const readIn = async (t: Transaction, id: string) => (await t.collection('accounts').doc(id).get()).data as unknown;
const readOutside = async (id: string) => ((await db.collection('accounts').doc(id).get()).data as unknown[])[0];

async function raw(body: Record<string, unknown>): Promise<{ code?: string; message?: string }> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await response.json()) as { code?: string; message?: string };
}

describe('snapshot reads', () => {
  it('reads a document another writer changed after the first operation as it was, and its write conflicts', async () => {
    const [a, b] = ids('a', 'b');
    await db.collection('accounts').add([
      { _id: a, balance: 1 },
      { _id: b, balance: 1 },
    ]);
    const t: Transaction = await db.startTransaction();
    expect(await readIn(t, b)).toEqual({ _id: b, balance: 1 }); // the first operation: the snapshot
    await db.collection('accounts').doc(a).update({ balance: 2 });
    await db.collection('accounts').doc(b).update({ balance: 2 });
    // Both read as they were (no read skew), and again on a second read.
    expect(await readIn(t, a)).toEqual({ _id: a, balance: 1 });
    expect(await readIn(t, b)).toEqual({ _id: b, balance: 1 });
    expect(await readIn(t, a)).toEqual({ _id: a, balance: 1 });
    const write = await t
      .collection('accounts')
      .doc(a)
      .update({ balance: 10 })
      .then(
        () => t.commit(),
        (error: unknown) => Promise.reject(error),
      )
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(write).toMatchObject({ code: DB_ERRORS.TRANSACTION_CONFLICT });
    expect(await readOutside(a)).toEqual({ _id: a, balance: 2 });
  });

  it('takes the snapshot at the first operation, not when the transaction starts', async () => {
    const [a] = ids('a');
    await db.collection('accounts').add({ _id: a, balance: 1 });
    const t: Transaction = await db.startTransaction();
    await db.collection('accounts').doc(a).update({ balance: 2 });
    expect(await readIn(t, a)).toEqual({ _id: a, balance: 2 });
    await t.rollback(undefined);
  });

  it('still reads a document deleted since, and does not see one inserted since', async () => {
    const [gone, other, born] = ids('gone', 'other', 'born');
    await db.collection('accounts').add([
      { _id: gone, balance: 5 },
      { _id: other, balance: 0 },
    ]);
    const t: Transaction = await db.startTransaction();
    await readIn(t, other);
    await db.collection('accounts').doc(gone).remove();
    await db.collection('accounts').add({ _id: born, balance: 9 });
    expect(await readIn(t, gone)).toEqual({ _id: gone, balance: 5 });
    expect(await readIn(t, born)).toBeNull();
    // Its own writes read as written, over the snapshot.
    await t.collection('accounts').doc(other).update({ balance: 3 });
    expect(await readIn(t, other)).toEqual({ _id: other, balance: 3 });
    await t.commit();
    expect(await readOutside(other)).toEqual({ _id: other, balance: 3 });
  });

  it('lets a transaction commit what it read from its snapshot when nobody wrote it since', async () => {
    const [a, b] = ids('a', 'b');
    await db.collection('accounts').add([
      { _id: a, balance: 10 },
      { _id: b, balance: 0 },
    ]);
    await db.runTransaction(async (t: Transaction) => {
      const from = (await readIn(t, a)) as { balance: number };
      await db.collection('accounts').doc(b).update({ note: 'outside' }); // another document: no conflict
      await t
        .collection('accounts')
        .doc(a)
        .update({ balance: from.balance - 4 });
    });
    expect(await readOutside(a)).toEqual({ _id: a, balance: 6 });
  });
});

describe('a transaction that has ended', () => {
  const notExist = { code: DB_ERRORS.TRANSACTION_FAIL, message: TRANSACTION_NOT_EXIST_MESSAGE };

  it('refuses every call after commit with DATABASE_TRANSACTION_FAIL and the service’s message', async () => {
    const [a] = ids('a');
    const t: Transaction = await db.startTransaction();
    await t.collection('accounts').doc(a).set({ balance: 1 });
    await t.commit();
    await expect(readIn(t, a)).rejects.toMatchObject(notExist);
    await expect(t.collection('accounts').doc(a).update({ balance: 2 })).rejects.toMatchObject(notExist);
    await expect(t.commit()).rejects.toMatchObject(notExist);
    await expect(t.rollback(undefined)).rejects.toMatchObject(notExist);
    expect(await readOutside(a)).toEqual({ _id: a, balance: 1 });
  });

  it('refuses every call after rollback the same way, and the rolled-back write never shows', async () => {
    const [a] = ids('a');
    const t: Transaction = await db.startTransaction();
    await t.collection('accounts').doc(a).set({ balance: 1 });
    await t.rollback(undefined);
    await expect(t.collection('accounts').add({ _id: `${a}-more`, balance: 1 })).rejects.toMatchObject(notExist);
    await expect(t.commit()).rejects.toMatchObject(notExist);
    expect(await readOutside(a)).toBeUndefined();
  });
});

describe('single documents only', () => {
  it('adds a document with a caller-chosen string _id inside a transaction', async () => {
    const [chosen] = ids('chosen');
    const t: Transaction = await db.startTransaction();
    await t.collection('orders').add({ _id: chosen, total: 12 });
    expect((await t.collection('orders').doc(chosen).get()).data).toEqual({ _id: chosen, total: 12 });
    await t.commit();
    expect((await db.collection('orders').doc(chosen).get()).data).toEqual([{ _id: chosen, total: 12 }]);
  });

  it('refuses a where query and a batch inside a transaction with DATABASE_TRANSACTION_FAIL, changing nothing', async () => {
    const [a, b, c] = ids('a', 'b', 'c');
    await db.collection('accounts').add({ _id: a, balance: 1 });
    const { transactionId } = (await raw({ action: 'database.startTransaction' })) as { transactionId?: string };
    expect(typeof transactionId).toBe('string');
    const where = await raw({
      action: 'database.modifyDocument',
      collectionName: 'accounts',
      query: JSON.stringify({ balance: 1 }),
      queryType: 'WHERE',
      multi: true,
      data: JSON.stringify({ $set: { balance: 7 } }),
      transactionId,
    });
    expect(where).toMatchObject({ code: DB_ERRORS.TRANSACTION_FAIL });
    const batch = await raw({
      action: 'database.insertDocument',
      collectionName: 'accounts',
      data: [JSON.stringify({ _id: b }), JSON.stringify({ _id: c })],
      transactionId,
    });
    expect(batch).toMatchObject({ code: DB_ERRORS.TRANSACTION_FAIL });
    expect(await raw({ action: 'database.commitTransaction', transactionId })).not.toHaveProperty('code');
    expect(await readOutside(a)).toEqual({ _id: a, balance: 1 });
    expect(await readOutside(b)).toBeUndefined();
  });
});
