// Contract with the pinned @cloudbase/node-sdk: records the request bodies it sends for a canonical set of database
// calls and compares them with __fixtures__/sdk-request-bodies.json, so an SDK upgrade that changes the wire
// protocol shows up as a readable diff instead of as a silent mismatch with the local database server.
//
// Re-record (after an upgrade, or after changing the calls below) with UPDATE_SDK_CONTRACT=1, then review the diff
// of the fixture: every change in it is a change the database server may have to follow.
process.env.TENCENTCLOUD = 'true'; // skips the SDK's metadata-host lookups outside the platform

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import * as tcb from '@cloudbase/node-sdk';
import type { Db } from '@cloudbase/database';
import type { Transaction } from '@cloudbase/database/dist/commonjs/transaction/index';
import { DatabaseService } from './database-server';

const FIXTURE = path.join(__dirname, '__fixtures__', 'sdk-request-bodies.json');
const UPDATE = process.env.UPDATE_SDK_CONTRACT === '1';

/** One HTTP request the SDK sent, with run-dependent values replaced by placeholders. */
interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  action: unknown;
  body: unknown;
}

interface Contract {
  sdkVersion: string;
  calls: Record<string, RecordedRequest[]>;
}

// Query parameters that differ on every request: seqId is the clock in hex plus a process-wide request counter, and
// scfRequestId (sent only inside a function runtime) is the invocation's id. Two runs differed in nothing else in the
// URL or body apart from generated ids; everything else stays verbatim so that any change shows in the diff.
const VOLATILE_QUERY = new Set(['seqId', 'scfRequestId']);

/** Whether `value` appears in a request body as a whole string, or as a whole JSON string inside an EJSON text. */
function mentions(body: unknown, value: string): boolean {
  if (typeof body === 'string') return body === value || body.includes(JSON.stringify(value));
  if (Array.isArray(body)) return body.some((item) => mentions(item, value));
  if (body !== null && typeof body === 'object') return Object.values(body).some((item) => mentions(item, value));
  return false;
}

/**
 * Replaces values the server generated (document ids, transaction ids) wherever the SDK sends them back, including
 * inside EJSON strings. Each distinct value gets a numbered placeholder in order of appearance, so the fixture still
 * shows that, for example, every request of one transaction carries the same id.
 */
class Placeholders {
  private readonly names = new Map<string, string>();
  private readonly counts = new Map<string, number>();

  /**
   * Learns the generated values a reply carries: ids of inserted or upserted documents, and transaction ids. A value
   * the request itself contained (an `_id` the caller chose) is not generated and stays verbatim.
   */
  learnFromReply(reply: unknown, request: unknown): void {
    const learn = (kind: string, value: unknown) => {
      if (typeof value !== 'string' || value === '' || this.names.has(value)) return;
      if (mentions(request, value)) return;
      const n = (this.counts.get(kind) ?? 0) + 1;
      this.counts.set(kind, n);
      this.names.set(value, `<${kind}-${n}>`);
    };
    const { data, transactionId } = (reply ?? {}) as { data?: unknown; transactionId?: unknown };
    learn('transaction', transactionId);
    const { insertedIds, upsert_id: upsertId } = (data ?? {}) as { insertedIds?: unknown; upsert_id?: unknown };
    if (Array.isArray(insertedIds)) insertedIds.forEach((id) => learn('id', id));
    learn('id', upsertId);
  }

  /**
   * Replaces a generated value where it is a whole string, or a whole JSON string inside an EJSON text; never
   * inside other words, so a short value cannot corrupt unrelated text.
   */
  apply(value: unknown): unknown {
    if (typeof value === 'string') {
      const whole = this.names.get(value);
      if (whole) return whole;
      let text = value;
      for (const [actual, name] of this.names) text = text.split(JSON.stringify(actual)).join(JSON.stringify(name));
      return text;
    }
    if (Array.isArray(value)) return value.map((item) => this.apply(item));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, this.apply(item)]));
    }
    return value;
  }
}

/**
 * A stand-in for the CloudBase endpoint: records each request under the label of the call being made and answers it
 * from a real in-memory DatabaseService, so the SDK gets genuine replies and every call completes as it would.
 */
class Recorder {
  readonly calls: Record<string, RecordedRequest[]> = {};
  readonly placeholders = new Placeholders();
  /** Every content type the SDK sent: the local cloud's back end refuses any other (loopback-guard.ts). */
  readonly contentTypes = new Set<string>();
  label = '<outside any call>';
  private readonly server: http.Server;

  constructor(private readonly service: DatabaseService) {
    this.server = http.createServer((req, res) => void this.handle(req, res));
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/admin`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    this.contentTypes.add(req.headers['content-type'] ?? '(none)');
    const reply = this.service.answer(text);
    const url = new URL(req.url ?? '/', 'http://recorder');
    const query = Object.fromEntries(
      [...url.searchParams].map(([key, value]) => [key, VOLATILE_QUERY.has(key) ? `<${key}>` : value]),
    );
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = { unparsedText: text }; // recorded as is, so a non-JSON body shows in the diff rather than crashing
    }
    // A reply's ids only ever appear in later requests; learning them as they arrive numbers them in call order.
    this.placeholders.learnFromReply(reply, body);
    (this.calls[this.label] ??= []).push({
      method: req.method ?? '',
      path: url.pathname,
      query,
      action: (body as { action?: unknown }).action,
      body,
    });
    const out = JSON.stringify(reply);
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(out),
    });
    res.end(out);
  }

  /** The recorded calls with generated ids replaced; done at the end so ids learnt late still apply everywhere. */
  normalised(): Record<string, RecordedRequest[]> {
    return this.placeholders.apply(this.calls) as Record<string, RecordedRequest[]>;
  }
}

function installedSdkVersion(): string {
  const file = require.resolve('@cloudbase/node-sdk/package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

function readContract(): Contract | undefined {
  return existsSync(FIXTURE) ? (JSON.parse(readFileSync(FIXTURE, 'utf8')) as Contract) : undefined;
}

function writeContract(contract: Contract): void {
  mkdirSync(path.dirname(FIXTURE), { recursive: true });
  writeFileSync(FIXTURE, `${JSON.stringify(contract, null, 2)}\n`);
  // `npm run lint` checks every JSON file with Prettier, which folds short arrays onto one line; format the
  // fixture the same way so that re-recording never leaves the lint red.
  execFileSync(process.execPath, [require.resolve('prettier/bin/prettier.cjs'), '--write', FIXTURE], {
    stdio: 'ignore',
  });
}

// Fixed dates, so that the encoded values are the same on every run.
const CREATED = new Date('2024-03-01T08:30:00.000Z');
const UPDATED = new Date('2024-03-02T09:45:30.123Z');

let service: DatabaseService;
let recorder: Recorder;
let db: Db;

beforeAll(async () => {
  service = new DatabaseService({
    collections: [
      { name: 'items', indexes: [{ name: 'sku_unique', keys: { sku: 1 }, unique: true }] },
      { name: 'orders' },
      { name: 'accounts' },
    ],
  });
  recorder = new Recorder(service);
  const url = await recorder.listen();
  db = tcb.init({ env: 'local', secretId: 'local', secretKey: 'local', serviceUrl: url }).database();
});

afterAll(async () => {
  await recorder?.close();
  service?.close();
});

/** Runs one canonical call with its requests recorded under `label`. */
async function call<T>(label: string, run: () => Promise<T>): Promise<T> {
  if (recorder.calls[label]) throw new Error(`duplicate call label ${label}`);
  recorder.calls[label] = [];
  recorder.label = label;
  try {
    return await run();
  } finally {
    recorder.label = '<outside any call>';
  }
}

/** The canonical calls: one of each kind of request the app's functions make, with the encodings they exercise. */
async function driveCanonicalCalls(): Promise<void> {
  const _ = db.command;
  const $ = db.command.aggregate;
  const items = () => db.collection('items');

  const { id } = await call('add: generated id, Date, nested object, array, serverDate', () =>
    items().add({
      sku: 'A-1',
      name: 'Anvil',
      qty: 3,
      price: 12.5,
      tags: ['iron', 'heavy'],
      dims: { w: 10, h: 4, unit: 'cm' },
      createdAt: CREATED,
      seenAt: db.serverDate(),
    }),
  );
  await call('add: array of documents with given ids', () =>
    items().add([
      { _id: 'b', sku: 'B-2', name: 'bellows', qty: 0, tags: ['leather'], createdAt: CREATED },
      { _id: 'c', sku: 'C-3', name: 'Chisel', qty: 12, tags: ['iron', 'sharp'], dims: { w: 2 } },
      { _id: 'd', sku: 'D-4', name: 'drawknife', qty: 7, tags: [], obsolete: true },
    ]),
  );
  await call('doc.get', () => items().doc(String(id)).get());
  await call('where.get: gt, in, db.RegExp, JS RegExp', () =>
    items()
      .where({
        qty: _.gt(1),
        tags: _.in(['iron', 'leather']),
        name: db.RegExp({ regexp: '^a', options: 'i' }),
        sku: /^A-\d$/,
      })
      .get(),
  );
  await call('where.get: and, or, nested paths', () =>
    items()
      .where(
        _.or([
          _.and([{ qty: _.gte(5).and(_.lte(20)) }, { 'dims.w': _.neq(null) }]),
          { createdAt: _.lt(UPDATED), obsolete: _.exists(false) },
        ]),
      )
      .get(),
  );
  await call('where.orderBy.skip.limit.field.get', () =>
    items()
      .where({ qty: _.gte(0) })
      .orderBy('qty', 'desc')
      .orderBy('name', 'asc')
      .skip(1)
      .limit(2)
      .field({ name: true, qty: true })
      .get(),
  );
  await call('where.count', () => items().where({ tags: 'iron' }).count());
  await call('doc.update: inc, push, set, remove, Date, dotted path, serverDate', () =>
    items()
      .doc('c')
      .update({
        qty: _.inc(-2),
        tags: _.push(['sale']),
        dims: _.set({ w: 3, h: 1 }),
        obsolete: _.remove(),
        'meta.checkedBy': 'contract',
        updatedAt: UPDATED,
        touchedAt: db.serverDate({ offset: 60_000 }),
      }),
  );
  await call('doc.set: upsert of a missing document', () =>
    items().doc('e').set({ sku: 'E-5', name: 'Eye punch', qty: 1, createdAt: CREATED }),
  );
  await call('where.update: multi', () =>
    items()
      .where({ qty: _.lt(5) })
      .update({ lowStock: true, updatedAt: UPDATED }),
  );
  await call('doc.remove', () => items().doc('d').remove());
  await call('where.remove', () =>
    items()
      .where({ lowStock: true, qty: _.eq(0) })
      .remove(),
  );

  await call('add: orders to aggregate', () =>
    db.collection('orders').add([
      { _id: 'o1', region: 'east', amount: 30, at: CREATED },
      { _id: 'o2', region: 'east', amount: 12.5, at: UPDATED },
      { _id: 'o3', region: 'west', amount: 7, at: UPDATED },
    ]),
  );
  await call('aggregate: match, group with $.sum, sort, limit', () =>
    db
      .collection('orders')
      .aggregate()
      .match({ amount: _.gt(5) })
      .group({ _id: '$region', total: $.sum('$amount'), orders: $.sum(1) })
      .sort({ total: -1 })
      .limit(10)
      .end(),
  );

  await call('createCollection', () => db.createCollection('created_by_contract'));

  await call('add: accounts', () =>
    db.collection('accounts').add([
      { _id: 'alice', balance: 100 },
      { _id: 'bob', balance: 0 },
    ]),
  );
  await call('runTransaction: get, update, commit', () =>
    db.runTransaction(async (t: Transaction) => {
      const alice = (await t.collection('accounts').doc('alice').get()).data as { balance: number };
      await t
        .collection('accounts')
        .doc('alice')
        .update({ balance: alice.balance - 30 });
      await t
        .collection('accounts')
        .doc('bob')
        .update({ balance: _.inc(30) });
    }),
  );
  await call('startTransaction: update, rollback', async () => {
    const t: Transaction = await db.startTransaction();
    await t
      .collection('accounts')
      .doc('bob')
      .update({ balance: _.inc(1000) });
    await t.rollback('changed our mind');
  });
}

describe('the request bodies of the pinned @cloudbase/node-sdk', () => {
  it('the installed SDK is the version the contract was recorded with', () => {
    const recorded = readContract();
    if (!recorded || UPDATE) return; // recording below stores the installed version
    const installed = installedSdkVersion();
    if (installed !== recorded.sdkVersion) {
      throw new Error(
        `@cloudbase/node-sdk is ${installed} but ${path.relative(process.cwd(), FIXTURE)} was recorded with ` +
          `${recorded.sdkVersion}. After an upgrade, re-record with UPDATE_SDK_CONTRACT=1 npx jest ` +
          `${path.relative(process.cwd(), __filename)} and review the fixture's diff: each change is a wire-protocol ` +
          'change the local database server may have to follow.',
      );
    }
  });

  it('match the recorded contract', async () => {
    await driveCanonicalCalls();
    const actual: Contract = { sdkVersion: installedSdkVersion(), calls: recorder.normalised() };
    // Every call must have reached the server: one the SDK answered by itself would record an empty list.
    expect(Object.entries(actual.calls).filter(([, requests]) => requests.length === 0)).toEqual([]);

    const recorded = readContract();
    if (!recorded || UPDATE) {
      writeContract(actual);
      const count = Object.values(actual.calls).flat().length;
      console.log(`Recorded ${Object.keys(actual.calls).length} calls (${count} requests) to ${FIXTURE}`);
      return;
    }
    expect(actual).toEqual(recorded);
  });

  it('are all sent as application/json, the only content type the local back end takes', () => {
    // Runs after the calls above; a browser's cross-origin "simple request" cannot send this type.
    expect([...recorder.contentTypes]).toEqual(['application/json']);
  });
});
