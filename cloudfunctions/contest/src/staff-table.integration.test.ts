// The staff table of contests through the built `contest` function: its search box finds contests by words in the
// title (the 技能竞赛 page's search), alongside its level filter.
import { contestContract } from '../../../src/shared/contracts/contest';
import { callerOf, data, startSeededCloud, type SeededCloud } from '../../../test-support/seeded-cloud';
import { contestFields } from '../../../test-support/contests';

let env: SeededCloud;
beforeAll(async () => {
  env = await startSeededCloud();
}, 60_000);
afterAll(() => env.close());

const contest = callerOf(contestContract, () => env);
const cityStaff = 'persona-city-staff';

it('finds contests by words in the title, and only those', async () => {
  for (const title of ['示范市焊工技能竞赛', '示范市电工技能竞赛', '全市焊接新秀赛']) {
    data(await contest('createContest', { orgId: 'org-city', contest: contestFields(env, { title }) }, cityStaff));
  }
  const titles = async (search: string) =>
    data(await contest('myContests', { search, pageSize: 50 }, cityStaff)).rows.map((row) => row.contest.title);
  // The demo data's 东城区焊工技能比武, 示范市班组焊接团体赛 and 示范市电工职业技能竞赛 are the city staff's too.
  expect((await titles('焊')).sort()).toEqual(
    ['东城区焊工技能比武', '示范市班组焊接团体赛', '全市焊接新秀赛', '示范市焊工技能竞赛'].sort(),
  );
  expect((await titles('电工')).sort()).toEqual(['示范市电工技能竞赛', '示范市电工职业技能竞赛'].sort());
  expect(await titles('(')).toEqual([]);
  const all = data(await contest('myContests', { pageSize: 50 }, cityStaff));
  expect(all.total).toBeGreaterThanOrEqual(3);
});
