// Sorted pages answered by walking an index, through the unmodified @cloudbase/node-sdk: the same documents in the
// same order as an unindexed collection holding the same documents, and a page reads about as many documents as it
// returns, whatever the collection's size.
process.env.TENCENTCLOUD = 'true'; // skips the SDK's metadata-host lookups outside the platform

import * as tcb from '@cloudbase/node-sdk';
import type { Db } from '@cloudbase/database';
import fc from 'fast-check';
import { startDatabaseServer, type RunningDatabase } from './database-server';

const mixedIndexes = [
  { name: 'org_day', keys: { org: 1, day: -1 } as Record<string, 1 | -1> },
  { name: 'kind_day_n', keys: { kind: 1, day: 1, n: -1 } as Record<string, 1 | -1> },
  { name: 'tags_day', keys: { tags: 1, day: -1 } as Record<string, 1 | -1> },
];
const pageIndexes = [{ name: 'orgId_day', keys: { orgId: 1, day: -1 } as Record<string, 1 | -1> }];

let server: RunningDatabase;
let db: Db;

beforeAll(async () => {
  server = await startDatabaseServer({
    collections: [
      { name: 'indexed', indexes: mixedIndexes },
      { name: 'plain' },
      { name: 'contests_100', indexes: pageIndexes },
      { name: 'contests_10000', indexes: pageIndexes },
      { name: 'contests_unindexed' },
    ],
  });
  db = tcb.init({ env: 'local', secretId: 'local', secretKey: 'local', serviceUrl: server.url }).database();
});

afterAll(async () => {
  await server?.close();
});

/** The documents read by one request. */
async function examinedBy<T>(request: () => Promise<T>): Promise<{ result: T; examined: number }> {
  const before = server.examined();
  const result = await request();
  return { result, examined: server.examined() - before };
}

// ---- the same answers as an unindexed collection ------------------------------------------------------------------

const ORGS = ['a', 'b', 'c', 'd'];

/** Documents with many ties on `day`, some missing or null fields, a few string days and multikey tags. */
const docArbitrary = fc.record(
  {
    org: fc.constantFrom(...ORGS, null),
    day: fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: 0, max: 12 }) },
      { weight: 1, arbitrary: fc.constantFrom(null, '2027-01', '2026-12') },
    ),
    kind: fc.constantFrom('x', 'y'),
    n: fc.integer({ min: 0, max: 5 }),
    tags: fc.subarray(['t1', 't2', 't3']),
  },
  { requiredKeys: ['kind', 'n'] },
);

type Generated = { org?: string | null; day?: number | string | null; kind: string; n: number; tags?: string[] };

async function seedBoth(): Promise<void> {
  const docs = fc.sample(docArbitrary, { numRuns: 240, seed: 1414 }) as Generated[];
  const withIds = docs.map((doc, i) => ({ _id: `doc-${String(i).padStart(3, '0')}`, ...doc }));
  // Inserted in shuffled order, then some changed and some removed and added again, so the collection's order is
  // neither the ids' nor the days'.
  const shuffled = fc.sample(fc.shuffledSubarray(withIds, { minLength: withIds.length }), {
    numRuns: 1,
    seed: 7,
  })[0]!;
  for (const name of ['indexed', 'plain']) {
    await db.collection(name).add(shuffled);
    for (let i = 0; i < 240; i += 7)
      await db
        .collection(name)
        .doc(`doc-${String(i).padStart(3, '0')}`)
        .update({ day: i % 5 });
    for (let i = 3; i < 240; i += 11) {
      const id = `doc-${String(i).padStart(3, '0')}`;
      await db.collection(name).doc(id).remove();
      if (i % 2 === 1)
        await db.collection(name).add({ _id: id, org: 'b', day: 4, kind: 'x', n: i % 6, tags: ['t2'] });
    }
  }
}

const _ = () => db.command;

const queryArbitrary = fc.record({
  org: fc.oneof(
    fc.constant(undefined),
    fc.constantFrom(...ORGS, null).map((org) => ({ eq: org })),
    fc.subarray([...ORGS, null], { minLength: 1 }).map((orgs) => ({ in: orgs })),
  ),
  kind: fc.option(fc.constantFrom('x', 'y'), { nil: undefined }),
  tags: fc.option(fc.oneof(fc.constantFrom('t1', 't2'), fc.subarray(['t1', 't2', 't3'], { minLength: 1 })), {
    nil: undefined,
  }),
  dayBound: fc.option(
    fc.record({ op: fc.constantFrom('gt', 'gte', 'lt', 'lte', 'eq'), value: fc.integer({ min: 0, max: 12 }) }),
    { nil: undefined },
  ),
  nAbove: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
  order: fc.constantFrom<Array<[string, 'asc' | 'desc']>>(
    [['day', 'desc']],
    [['day', 'asc']],
    [
      ['day', 'asc'],
      ['n', 'desc'],
    ],
    [
      ['day', 'desc'],
      ['n', 'asc'],
    ],
    [
      ['day', 'desc'],
      ['n', 'desc'],
    ],
    [['n', 'asc']],
  ),
  skip: fc.integer({ min: 0, max: 30 }),
  limit: fc.integer({ min: 1, max: 25 }),
});

type QuerySpec = typeof queryArbitrary extends fc.Arbitrary<infer T> ? T : never;

function whereOf(spec: QuerySpec): Record<string, unknown> {
  const where: Record<string, unknown> = {};
  if (spec.org) where.org = 'eq' in spec.org ? spec.org.eq : _().in(spec.org.in);
  if (spec.kind) where.kind = spec.kind;
  if (spec.tags) where.tags = Array.isArray(spec.tags) ? _().in(spec.tags) : spec.tags;
  if (spec.dayBound) where.day = _()[spec.dayBound.op](spec.dayBound.value);
  if (spec.nAbove !== undefined) where.n = _().gt(spec.nAbove);
  return where;
}

async function page(collection: string, spec: QuerySpec): Promise<unknown[]> {
  let query = db.collection(collection).where(whereOf(spec));
  for (const [field, direction] of spec.order) query = query.orderBy(field, direction);
  const { data } = await query.skip(spec.skip).limit(spec.limit).get();
  return data as unknown[];
}

describe('a sorted query answered from an index', () => {
  beforeAll(seedBoth);

  it('returns exactly what the unindexed collection returns, ties in the same order', async () => {
    let walked = 0;
    await fc.assert(
      fc.asyncProperty(queryArbitrary, async (spec) => {
        const plain = await examinedBy(() => page('plain', spec));
        const indexed = await examinedBy(() => page('indexed', spec));
        expect(indexed.result).toEqual(plain.result);
        if (indexed.examined < plain.examined) walked += 1;
        const count = await db.collection('indexed').where(whereOf(spec)).count();
        expect(count.total).toBe((await db.collection('plain').where(whereOf(spec)).count()).total);
      }),
      { numRuns: 150, seed: 14 },
    );
    // The property is about the walks: most generated queries must have taken one.
    expect(walked).toBeGreaterThan(75);
  });
});

// ---- a page costs the same at any size ----------------------------------------------------------------------------

/** Contest-like documents: five organisations in turn, newest first by index, one in seven closed. */
async function fillContests(collection: string, size: number): Promise<void> {
  for (let start = 0; start < size; start += 1000) {
    await db.collection(collection).add(
      Array.from({ length: Math.min(1000, size - start) }, (_unused, k) => {
        const i = start + k;
        return { orgId: `org-${i % 5}`, day: size - i, status: i % 7 === 3 ? 'closed' : 'open', title: `竞赛 ${i}` };
      }),
    );
  }
}

describe('a page of a list sorted by an index', () => {
  beforeAll(async () => {
    await fillContests('contests_100', 100);
    await fillContests('contests_10000', 10_000);
    await fillContests('contests_unindexed', 10_000);
  });

  const mine = () => ({ orgId: _().in(['org-0', 'org-1', 'org-2', 'org-3']), status: 'open' });
  const firstPage = (collection: string, skip = 0) =>
    examinedBy(async () => {
      const { data } = await db
        .collection(collection)
        .where(mine())
        .orderBy('day', 'desc')
        .skip(skip)
        .limit(20)
        .get();
      return data as Array<{ day: number; orgId: string; status: string }>;
    });

  it('reads about as many documents as it returns, the same with 100 and 10,000 in the collection', async () => {
    const small = await firstPage('contests_100');
    const large = await firstPage('contests_10000');
    expect(small.result).toHaveLength(20);
    expect(large.result).toHaveLength(20);
    expect(large.result.every((doc) => doc.status === 'open' && doc.orgId !== 'org-4')).toBe(true);
    expect(large.result.map((doc) => doc.day)).toEqual([...large.result.map((doc) => doc.day)].sort((a, b) => b - a));
    expect(large.examined).toBeLessThanOrEqual(40);
    expect(large.examined).toBe(small.examined);
    // Without the index every document is read for the same page.
    const unindexed = await firstPage('contests_unindexed');
    expect(unindexed.result).toEqual(large.result.map((doc) => expect.objectContaining({ day: doc.day })));
    expect(unindexed.examined).toBe(10_000);
  });

  it('reads the pages before a later one, and walks the index backwards for the opposite order', async () => {
    const third = await firstPage('contests_10000', 40);
    expect(third.result).toHaveLength(20);
    expect(third.examined).toBeLessThanOrEqual(80);
    const oldest = await examinedBy(async () => {
      const { data } = await db.collection('contests_10000').where(mine()).orderBy('day', 'asc').limit(20).get();
      return data as Array<{ day: number }>;
    });
    expect(oldest.result[0]!.day).toBeLessThan(oldest.result[19]!.day);
    expect(oldest.examined).toBeLessThanOrEqual(40);
  });

  it('bounds the walk by a range on the sorted field', async () => {
    const recent = await examinedBy(async () => {
      const { data } = await db
        .collection('contests_10000')
        .where({ orgId: _().in(['org-0', 'org-1']), day: _().lte(5000) })
        .orderBy('day', 'desc')
        .limit(20)
        .get();
      return data as Array<{ day: number }>;
    });
    expect(recent.result).toHaveLength(20);
    expect(recent.result[0]!.day).toBeLessThanOrEqual(5000);
    // Entries above the bound are passed over by their keys; only the page's documents are read.
    expect(recent.examined).toBe(20);
  });

  it('counts a covered equality from the index without reading documents', async () => {
    const counted = await examinedBy(() =>
      db
        .collection('contests_10000')
        .where({ orgId: _().in(['org-0', 'org-1']) })
        .count(),
    );
    expect(counted.result.total).toBe(4000);
    expect(counted.examined).toBe(0);
    // A condition the index does not hold needs the documents.
    const open = await examinedBy(() => db.collection('contests_10000').where(mine()).count());
    expect(open.result.total).toBe(
      Array.from({ length: 10_000 }, (_unused, i) => i).filter((i) => i % 5 !== 4 && i % 7 !== 3).length,
    );
    expect(open.examined).toBe(8000);
  });
});

// ---- conditions inside $and narrow the candidates too ---------------------------------------------------------------

describe('a query whose conditions are inside $and', () => {
  it('finds its document by _id with one read, and by an indexed field without reading the rest', async () => {
    const _ = db.command;
    const docs = Array.from({ length: 300 }, (_, i) => ({
      _id: `slot-${i}`,
      orgId: `org-${i % 30}`,
      day: i,
      free: i % 3,
      waiting: 0,
    }));
    for (const doc of docs) await db.collection('contests_unindexed').add(doc);
    for (const doc of docs) await db.collection('contests_100').add({ ...doc, _id: `and-${doc._id}` });

    // The booking module's waitlist step: one slot, if it is full or has people waiting.
    const step = await examinedBy(() =>
      db
        .collection('contests_unindexed')
        .where(_.and([{ _id: 'slot-3' }, _.or([{ free: _.lte(0) }, { waiting: _.gt(0) }])]))
        .update({ waiting: _.inc(1) }),
    );
    expect(step.result).toMatchObject({ updated: 1 });
    expect(step.examined).toBe(1);
    const missed = await examinedBy(() =>
      db
        .collection('contests_unindexed')
        .where(_.and([{ _id: 'slot-4' }, _.or([{ free: _.lte(0) }, { waiting: _.gt(0) }])]))
        .update({ waiting: _.inc(1) }),
    );
    expect(missed.result).toMatchObject({ updated: 0 });
    expect(missed.examined).toBe(1);

    // An indexed equality inside $and reads only that organisation's documents, and answers as a scan would.
    const query = _.and([{ orgId: 'org-7' }, _.or([{ free: 0 }, { day: _.gte(290) }])]);
    const indexed = await examinedBy(() => db.collection('contests_100').where(query).get());
    const scanned = await db.collection('contests_unindexed').where(query).get();
    expect(indexed.result.data.map((doc) => String(doc._id).replace('and-', ''))).toEqual(
      scanned.data.map((doc) => doc._id),
    );
    expect(indexed.examined).toBe(10);
  });
});
