// A master's places against a local cloud through the unmodified SDK: a place is taken only in the master's own trade
// and only while one is free (one conditional step, so an application made before a change of trade cannot take a
// place in the new one), and a place given back is given back once.
import path from 'node:path';
import { startLocalCloud, type LocalCloud } from 'cloudbase-local';
import { localDb } from '../../test-support/in-process';
import type { Db } from '../kit/db';
import { givePlace, takePlace } from './masters';
import { masters, type MasterRecord } from './records';

const root = path.join(__dirname, '../..');

let cloud: LocalCloud;
let db: Db;
beforeAll(async () => {
  cloud = await startLocalCloud({
    configFile: path.join(root, 'cloudbaserc.json'),
    collectionsFile: path.join(root, 'database/collections.json'),
    timers: 'manual',
  });
  db = localDb(cloud);
}, 60_000);
afterAll(() => cloud.close());

const now = () => cloud.clock.now();

async function master(id: string, free: number): Promise<MasterRecord> {
  const record: MasterRecord = {
    _id: id,
    openid: `openid-${id}`,
    name: '测试师傅',
    trade: 'fitter',
    level: 'technician',
    basis: 'skilled',
    orgId: 'org-jinggong',
    orgPath: ['org-city', 'org-gaoxin', 'org-jinggong'],
    limit: 2,
    active: 2 - free,
    free,
    accepting: true,
    designatedBy: 'staff',
    designatedAt: now(),
    updatedAt: now(),
  };
  await masters.of(db).add(record);
  return record;
}

const stored = async (id: string) => (await masters.byId(db, id))!;

it('takes a place only in the master’s own trade, and returns the master as the step left them', async () => {
  await master('m-trade', 2);
  expect(await takePlace(db, 'm-trade', 'welder', now())).toBeNull();
  expect(await stored('m-trade')).toMatchObject({ free: 2, active: 0 });
  const taken = await takePlace(db, 'm-trade', 'fitter', now());
  expect(taken).toMatchObject({ _id: 'm-trade', name: '测试师傅', free: 1, active: 1 });
  expect(await stored('m-trade')).toMatchObject({ free: 1, active: 1 });
  expect(await takePlace(db, 'nobody', 'fitter', now())).toBeNull();
});

it('never takes more places than are free, however many race for them, and gives one back once', async () => {
  await master('m-race', 1);
  const raced = await Promise.all(Array.from({ length: 8 }, () => takePlace(db, 'm-race', 'fitter', now())));
  expect(raced.filter((taken) => taken !== null)).toHaveLength(1);
  expect(await stored('m-race')).toMatchObject({ free: 0, active: 2 });
  await givePlace(db, 'm-race', now());
  expect(await stored('m-race')).toMatchObject({ free: 1, active: 1 });
});
