// The credit module against the local cloud through the unmodified SDK: idempotent grants and revokes by id, the
// person-year summary and the organisations' counters in step, every source kind, moves between enterprises, and
// a storm of simultaneous grants, revokes and moves that must leave every counter equal to a recount.
import { demoUserIdOf } from '../../database/seed/people';
import * as tcb from '@cloudbase/node-sdk';
import { startSeededCloud, type SeededCloud } from '../../test-support/seeded-cloud';
import { beijingYear } from '../../src/shared/time/beijing';
import { SOURCE_KINDS, type SourceKind } from '../../src/shared/tenones/credit-ids';
import { TEN_ITEMS, type TenItem } from '../../src/shared/tenones/items';
import type { Db } from '../kit/db';
import type { UserRecord } from '../people/users';
import { grantCredit, revokeCredit, type Grant } from './credits';
import { countMembershipMove } from './membership';
import { recountCredits } from './recount';
import { progressOfPeople } from '../activity/progress';
import {
  creditTallies,
  creditYears,
  credits,
  memberCounts,
  tallyId,
  yearId,
  type CreditTallyRecord,
} from './records';

let env: SeededCloud;
let db: Db;
let year: number;
const CITY = ['org-city'];
const JINGGONG = ['org-city', 'org-dongcheng', 'org-jinggong'];
const POWER = ['org-city', 'org-dongcheng', 'org-power'];
const TEXTILE = ['org-city', 'org-xihu', 'org-textile'];

beforeAll(async () => {
  env = await startSeededCloud();
  // Keep-alive off, as inside a function: the SDK's keep-alive agent leaks a listener per request queued past 100.
  process.env.TENCENTCLOUD = 'true';
  db = tcb
    .init({
      env: 'local',
      secretId: 'local',
      secretKey: 'local',
      serviceUrl: `${env.cloud.url}/admin`,
      keepalive: false,
    })
    .database();
  year = beijingYear(env.now());
}, 60_000);
afterAll(() => env.close());

const worker = () => demoUserIdOf('persona-worker');
const grant = (overrides: Partial<Grant> = {}): Grant => ({
  personId: worker(),
  year,
  item: 4,
  kind: 'entry',
  sourceId: 'e-1',
  title: '五小活动：刀具快换夹具',
  ...overrides,
});
const tally = async (org: string) => (await creditTallies.byId(db, tallyId(org, year)))!;
const doneIn = async (org: string, field: keyof CreditTallyRecord['done']) =>
  (await creditTallies.byId(db, tallyId(org, year)))?.done[field] ?? 0;

async function addWorkers(prefix: string, count: number, path: string[]): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, i) => `${prefix}-${i}`);
  const now = env.now();
  await db.collection('users').add(
    ids.map((id): UserRecord => ({
      _id: id,
      openid: `openid-${id}`,
      createdAt: now,
      consent: null,
      profile: null,
      orgId: path.at(-1)!,
      orgPath: path,
      joinedAt: now,
      history: [],
      pending: null,
      lastDecision: null,
      modelWorker: null,
    })),
  );
  for (const id of ids) await countMembershipMove(db, id, [], path, now);
  return ids;
}

test('the demo city starts with its members counted in every organisation of their path', async () => {
  expect(await recountCredits(db, year)).toEqual([]);
  const members = await memberCounts.byId(db, 'org-jinggong');
  expect(members!.members).toBeGreaterThan(0);
});

test('a grant marks the item done in the summary and in every organisation up the tree, once', async () => {
  const orgs = [...JINGGONG, 'org-power'];
  const before = new Map(await Promise.all(orgs.map(async (org) => [org, await doneIn(org, 'i4')] as const)));
  const first = await grantCredit(db, grant(), env.now());
  expect(first).toEqual({ id: `${worker()}.${year}.4.entry.e-1`, changed: true });
  const again = await grantCredit(db, grant(), env.now());
  expect(again.changed).toBe(false);
  const summary = await creditYears.byId(db, yearId(worker(), year));
  expect(summary!.items.i4).toBe(1);
  expect(summary!.countedIn).toEqual(JINGGONG);
  for (const org of JINGGONG) expect(await doneIn(org, 'i4')).toBe(before.get(org)! + 1);
  expect(await doneIn('org-power', 'i4')).toBe(before.get('org-power'));
  expect(await recountCredits(db, year)).toEqual([]);
});

test('revoking takes it back; a repeat changes nothing; granting again un-revokes the same record', async () => {
  const key = grant({ sourceId: 'e-2', item: 3 });
  const before = await doneIn('org-jinggong', 'i3');
  await grantCredit(db, key, env.now());
  expect(await doneIn('org-jinggong', 'i3')).toBe(before + 1);
  expect((await revokeCredit(db, key, '不予认可：与本人无关', env.now())).changed).toBe(true);
  expect((await revokeCredit(db, key, 'again', env.now())).changed).toBe(false);
  expect(await doneIn('org-jinggong', 'i3')).toBe(before);
  const revoked = await credits.byId(db, `${worker()}.${year}.3.entry.e-2`);
  expect(revoked!.revoked).toMatchObject({ reason: '不予认可：与本人无关' });
  const regranted = await grantCredit(db, key, env.now());
  expect(regranted.changed).toBe(true);
  expect((await credits.byId(db, regranted.id))!.revoked).toBeNull();
  expect(await doneIn('org-jinggong', 'i3')).toBe(before + 1);
  // A credit never granted cannot be revoked into a negative count.
  expect((await revokeCredit(db, grant({ sourceId: 'never' }), 'x', env.now())).changed).toBe(false);
  expect(await recountCredits(db, year)).toEqual([]);
});

test('an item stays done while any of its credits is active', async () => {
  const person = (await addWorkers('two-sources', 1, TEXTILE))[0]!;
  const a = grant({ personId: person, item: 2, kind: 'contest', sourceId: 'contest-a' });
  const b = grant({ personId: person, item: 2, kind: 'entry', sourceId: 'entry-b' });
  const before = await doneIn('org-textile', 'i2');
  await grantCredit(db, a, env.now());
  await grantCredit(db, b, env.now());
  expect(await doneIn('org-textile', 'i2')).toBe(before + 1);
  await revokeCredit(db, a, '缺考', env.now());
  expect(await doneIn('org-textile', 'i2')).toBe(before + 1);
  await revokeCredit(db, b, '删除', env.now());
  expect(await doneIn('org-textile', 'i2')).toBe(before);
  expect(await recountCredits(db, year)).toEqual([]);
});

test('every source kind credits through the same module (contests, lectures, apprenticeships before they land)', async () => {
  const person = (await addWorkers('kinds', 1, POWER))[0]!;
  const items: Record<SourceKind, TenItem> = { entry: 1, contest: 2, lecture: 5, apprenticeship: 6 };
  for (const kind of SOURCE_KINDS) {
    await grantCredit(db, grant({ personId: person, kind, item: items[kind], sourceId: `${kind}-1` }), env.now());
  }
  const summary = await creditYears.byId(db, yearId(person, year));
  expect(summary!.items).toEqual({ i1: 1, i2: 1, i5: 1, i6: 1 });
  await revokeCredit(
    db,
    grant({ personId: person, kind: 'apprenticeship', item: 6, sourceId: 'apprenticeship-1' }),
    '解除',
    env.now(),
  );
  expect((await creditYears.byId(db, yearId(person, year)))!.items.i6).toBe(0);
  expect(await recountCredits(db, year)).toEqual([]);
});

test('all ten are counted once, in the month the tenth arrived, and leave when one goes', async () => {
  const person = (await addWorkers('all-ten', 1, POWER))[0]!;
  const before = (await tally('org-power')).allTen ?? 0;
  for (const { item } of TEN_ITEMS)
    await grantCredit(db, grant({ personId: person, item, sourceId: `s${item}` }), env.now());
  const after = await tally('org-power');
  expect(after.allTen).toBe(before + 1);
  const month = String(
    Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', month: 'numeric' }).format(env.now())),
  ).padStart(2, '0');
  expect(after.months[month]?.all).toBe(before + 1);
  await revokeCredit(db, grant({ personId: person, item: 7, sourceId: 's7' }), '不予认可', env.now());
  expect((await tally('org-power')).allTen).toBe(before);
  expect(await recountCredits(db, year)).toEqual([]);
});

test('a worker who moves takes this year’s done items and membership to the new enterprise', async () => {
  const person = (await addWorkers('mover', 1, JINGGONG))[0]!;
  await grantCredit(db, grant({ personId: person, item: 8, sourceId: 'gonguan' }), env.now());
  const dongcheng = await doneIn('org-dongcheng', 'i8');
  const jinggong = await doneIn('org-jinggong', 'i8');
  const textile = await doneIn('org-textile', 'i8');
  const jinggongMembers = (await memberCounts.byId(db, 'org-jinggong'))!.members;
  await db.collection('users').doc(person).update({ orgId: 'org-textile', orgPath: TEXTILE });
  await countMembershipMove(db, person, JINGGONG, TEXTILE, env.now());
  expect(await doneIn('org-jinggong', 'i8')).toBe(jinggong - 1);
  expect(await doneIn('org-dongcheng', 'i8')).toBe(dongcheng - 1);
  expect(await doneIn('org-textile', 'i8')).toBe(textile + 1);
  expect((await memberCounts.byId(db, 'org-jinggong'))!.members).toBe(jinggongMembers - 1);
  // A later credit of the year counts where they are now.
  const jinggongI1 = (await tally('org-jinggong')).done.i1 ?? 0;
  const textileI1 = (await tally('org-textile')).done.i1 ?? 0;
  await grantCredit(db, grant({ personId: person, item: 1, sourceId: 'xueli' }), env.now());
  expect((await tally('org-textile')).done.i1).toBe(textileI1 + 1);
  expect((await tally('org-jinggong')).done.i1 ?? 0).toBe(jinggongI1);
  expect(await recountCredits(db, year)).toEqual([]);
});

test('200 simultaneous grants, repeats, revokes, re-grants and moves leave every counter equal to a recount', async () => {
  const people = await addWorkers('storm', 12, JINGGONG);
  const operations: Array<() => Promise<unknown>> = [];
  for (let n = 0; n < 200; n++) {
    const personId = people[n % people.length]!;
    const item = ((n * 7) % 10) + 1;
    const key = grant({ personId, item: item as TenItem, kind: SOURCE_KINDS[n % 4]!, sourceId: `storm-${n % 30}` });
    if (n % 5 === 3) operations.push(() => revokeCredit(db, key, '撤销', env.now()));
    else operations.push(() => grantCredit(db, key, env.now(), JINGGONG));
  }
  // Two workers move while their credits are being written.
  for (const personId of people.slice(0, 2)) {
    operations.push(async () => {
      await db.collection('users').doc(personId).update({ orgId: 'org-power', orgPath: POWER });
      await countMembershipMove(db, personId, JINGGONG, POWER, env.now());
    });
  }
  await Promise.all(operations.map((operation) => operation()));
  expect(await recountCredits(db, year)).toEqual([]);
  const city = await tally(CITY[0]!);
  expect(Object.values(city.done).some((count) => (count ?? 0) > 0)).toBe(true);
}, 60_000);

test('a repair puts a counter a dead call left behind back in line with its credits', async () => {
  const person = (await addWorkers('repair', 1, JINGGONG))[0]!;
  // The credit was stored, then the call died before the summary and counters.
  await credits.of(db).add({
    _id: `${person}.${year}.7.entry.lost`,
    person,
    year,
    item: 7,
    source: { kind: 'entry', id: 'lost', title: '学一门技术' },
    at: env.now(),
    revoked: null,
  });
  const differences = await recountCredits(db, year);
  expect(differences.map((difference) => difference.what)).toEqual(
    expect.arrayContaining([`creditYears/${person}.${year}.items.i7`, `creditTallies/org-jinggong.${year}.i7`]),
  );
  await recountCredits(db, year, { repairAt: env.now() });
  expect(await recountCredits(db, year)).toEqual([]);
});

test('the progress of a list of people reads one summary each, done items in order', async () => {
  const [a, b] = await addWorkers('apprentices', 2, POWER);
  await grantCredit(db, grant({ personId: a!, item: 6, kind: 'apprenticeship', sourceId: 'pair-1' }), env.now());
  await grantCredit(db, grant({ personId: a!, item: 2, kind: 'contest', sourceId: 'c-1' }), env.now());
  expect(await progressOfPeople(db, [a!, b!], year)).toEqual([
    { personId: a, done: [2, 6] },
    { personId: b, done: [] },
  ]);
});
