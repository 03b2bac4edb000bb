// Staff tables are sorted, filtered, searched and paged by the server (through the SDK's orderBy/skip/limit/count on
// the local cloud), so a table shows the right rows of all that match, not a sort of whatever one page fetched; an
// order the server does not keep is refused, naming it.
import { DEEDS_MIN } from '../../../src/shared/contracts/selection';
import { selectionContract } from '../../../src/shared/contracts/selection';
import { unionContract } from '../../../src/shared/contracts/union';
import { demoUserIdOf } from '../../../database/seed/people';
import { callerOf, data, error, startSeededCloud, type SeededCloud } from '../../../test-support/seeded-cloud';

let env: SeededCloud;
const selection = callerOf(selectionContract, () => env);
const union = callerOf(unionContract, () => env);
const city = 'persona-city-staff';
const CAMPAIGN = 'demo-2027-young';
const deeds = '长期在一线岗位攻关，'.repeat(Math.ceil(DEEDS_MIN / 10) + 1);

beforeAll(async () => {
  env = await startSeededCloud();
  // Beside the seeded 陈晓东 (先进制造): two more nominations, one in each category.
  data(
    await selection(
      'nominate',
      {
        campaignId: CAMPAIGN,
        userId: demoUserIdOf('persona-model-worker'),
        categoryId: 'k2',
        deeds,
        photoFileIds: [],
        honours: [],
      },
      'persona-enterprise-staff',
    ),
  );
  data(
    await selection(
      'nominate',
      {
        campaignId: CAMPAIGN,
        userId: demoUserIdOf('demo-zhou'),
        categoryId: 'k1',
        deeds,
        photoFileIds: [],
        honours: [],
      },
      'persona-district-staff',
    ),
  );
}, 60_000);
afterAll(() => env.close());

const names = (answer: { nominations: { name: string }[] }) => answer.nominations.map((row) => row.name);

describe('the nominations table', () => {
  it('sorts by name on the server and pages through all that match, with the total', async () => {
    const first = data(
      await selection(
        'listNominations',
        { campaignId: CAMPAIGN, status: 'submitted', table: { sortBy: 'name', order: 'asc', pageSize: 2 } },
        city,
      ),
    );
    expect(first.total).toBe(3);
    expect(first.page).toBe(1);
    const second = data(
      await selection(
        'listNominations',
        { campaignId: CAMPAIGN, status: 'submitted', table: { sortBy: 'name', order: 'asc', pageSize: 2, page: 2 } },
        city,
      ),
    );
    expect(second.page).toBe(2);
    const all = [...names(first), ...names(second)];
    expect(all).toEqual(['周建国', '李卫国', '陈晓东'].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const descending = data(
      await selection(
        'listNominations',
        { campaignId: CAMPAIGN, table: { sortBy: 'name', order: 'desc', pageSize: 50 } },
        city,
      ),
    );
    expect(names(descending)).toEqual([...all].reverse());
  });

  it('filters by category and searches by name', async () => {
    const inK1 = data(
      await selection('listNominations', { campaignId: CAMPAIGN, categoryId: 'k1', table: {} }, city),
    );
    expect(names(inK1).sort()).toEqual(['周建国', '陈晓东'].sort());
    expect(inK1.total).toBe(2);
    const found = data(await selection('listNominations', { campaignId: CAMPAIGN, table: { search: '卫国' } }, city));
    expect(names(found)).toEqual(['李卫国']);
    expect(found.total).toBe(1);
  });

  it('still limits a nominating union to its own people', async () => {
    const own = data(
      await selection('listNominations', { campaignId: CAMPAIGN, table: {} }, 'persona-enterprise-staff'),
    );
    expect(names(own).sort()).toEqual(['李卫国', '陈晓东'].sort());
    expect(own.total).toBe(2);
  });

  it('refuses an order it does not keep, naming the field', async () => {
    const refused = error(
      await selection('listNominations', { campaignId: CAMPAIGN, table: { sortBy: 'deeds' as 'name' } }, city),
    );
    expect(refused.field).toBe('table.sortBy');
    expect(refused.message).toContain('deeds');
    const tooMany = error(
      await selection('listNominations', { campaignId: CAMPAIGN, table: { pageSize: 51 } }, city),
    );
    expect(tooMany.field).toBe('table.pageSize');
  });

  it('refuses a search on a list that has nothing to search', async () => {
    const refused = error(
      await selection('listFlags', { campaignId: CAMPAIGN, table: { search: '张' } as { pageSize?: number } }, city),
    );
    expect(refused.field).toBe('table.search');
  });
});

describe('the union tables', () => {
  it('sorts members by name and searches them, within the organisation', async () => {
    const members = data(
      await union(
        'listMembers',
        { orgId: 'org-jinggong', table: { sortBy: 'name', order: 'asc', pageSize: 50 } },
        city,
      ),
    );
    const list = members.members.map((member) => member.realName);
    expect(members.total).toBe(list.length);
    expect(list).toEqual([...list].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const found = data(await union('listMembers', { orgId: 'org-jinggong', table: { search: '晓东' } }, city));
    expect(found.members.map((member) => member.realName)).toEqual(['陈晓东']);
    expect(found.total).toBe(1);
  });

  it('filters the audit log by what was acted on and pages it with its total', async () => {
    const log = data(await union('auditLog', { targetType: 'candidate', table: { pageSize: 1 } }, city));
    expect(log.entries.every((entry) => entry.targetType === 'candidate')).toBe(true);
    const all = data(await union('auditLog', { targetType: 'candidate', table: { pageSize: 50 } }, city));
    expect(log.total).toBe(all.entries.length);
  });

  it('pages join requests oldest first by default, with the total', async () => {
    const requests = data(await union('listJoinRequests', { status: 'pending', table: { pageSize: 1 } }, city));
    expect(requests.requests).toHaveLength(1);
    const all = data(await union('listJoinRequests', { status: 'pending', table: { pageSize: 50 } }, city));
    expect(requests.total).toBe(all.requests.length);
    const times = all.requests.map((request) => request.createdAt);
    expect(times).toEqual([...times].sort());
  });
});
