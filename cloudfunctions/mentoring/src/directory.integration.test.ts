// The reads the 师带徒 pages need: staff's table of masters stays inside the caller's subtree (with each studio's
// stars, searched by name, filtered by trade, sorted by free places), and 找师傅's organisations leave the city out.
import { mentoringContract } from '../../../src/shared/contracts/mentoring';
import { demoUserIdOf } from '../../../database/seed/people';
import { CITY, ENT, XIHU } from '../../../test-support/mentoring';
import { callerOf, data, error, startSeededCloud, type SeededCloud } from '../../../test-support/seeded-cloud';

jest.setTimeout(120_000);
let env: SeededCloud;
beforeAll(async () => {
  env = await startSeededCloud();
}, 60_000);
afterAll(() => env.close());

const mentoring = callerOf(mentoringContract, () => env);
const LI = demoUserIdOf('persona-model-worker');

describe('staff table of masters', () => {
  it('lists the masters of the caller subtree only, with the studio stars', async () => {
    const city = data(await mentoring('staffMasters', { pageSize: 50 }, CITY));
    expect(city.total).toBe(5);
    const li = city.rows.find((row) => row.master.masterId === LI);
    expect(li).toMatchObject({ stars: 4, master: { name: '李卫国', limit: 5, active: 1 } });
    // The demo master without a studio has no stars.
    expect(city.rows.find((row) => row.master.studio === null)?.stars).toBeNull();

    const ent = data(await mentoring('staffMasters', { pageSize: 50 }, ENT));
    expect(ent.rows.map((row) => row.master.masterId)).toContain(LI);
    expect(ent.rows.every((row) => row.master.org?.id === 'org-jinggong')).toBe(true);
    const xihu = data(await mentoring('staffMasters', { pageSize: 50 }, XIHU));
    expect(xihu.rows.map((row) => row.master.masterId)).not.toContain(LI);
  });

  it('searches by name, filters by trade and sorts by free places', async () => {
    const found = data(await mentoring('staffMasters', { search: '卫国' }, CITY));
    expect(found.rows.map((row) => row.master.name)).toEqual(['李卫国']);
    const welders = data(await mentoring('staffMasters', { trade: 'welder' }, CITY));
    expect(welders.rows.map((row) => row.master.trade)).toEqual(['welder']);
    const byFree = data(await mentoring('staffMasters', { sortBy: 'free', order: 'asc' }, CITY));
    const free = byFree.rows.map((row) => row.master.limit - row.master.active);
    expect(free).toEqual([...free].sort((a, b) => a - b));
    expect(free[0]).toBe(0);
  });

  it('refuses workers and an unknown sort field, naming it', async () => {
    expect(error(await mentoring('staffMasters', {}, 'persona-worker')).code).toBe('FORBIDDEN');
    expect(error(await mentoring('staffMasters', { sortBy: 'name' } as never, CITY)).field).toBe('sortBy');
  });
});

describe('organisations to find masters by', () => {
  it('lists districts and enterprises, not the city union', async () => {
    const { orgs } = data(await mentoring('mentorOrgs', {}, 'persona-worker'));
    expect(orgs.some((org) => org.id === 'org-jinggong' && org.kind === 'enterprise')).toBe(true);
    expect(orgs.some((org) => org.kind === 'district')).toBe(true);
    expect(orgs.some((org) => org.kind === 'city')).toBe(false);
  });
});
