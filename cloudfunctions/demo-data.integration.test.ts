// The demo data obeys the product's own rules, read back through the functions as its users would: each seeded
// selection stands where the README's "Try it" table says, its stored votes recount to its tallies, and the one in
// 公示 has a result produced by the same stage change staff use.
import { data, startSeededCloud, type SeededCloud, callerOf } from '../test-support/seeded-cloud';
import { selectionContract } from '../src/shared/contracts/selection';

let env: SeededCloud;
beforeAll(async () => {
  env = await startSeededCloud();
});
afterAll(() => env.close());

const selection = callerOf(selectionContract, () => env);

it('seeds one selection in each of voting, expert scoring, 公示 and nomination', async () => {
  const { campaigns } = data(await selection('campaigns', {}, 'persona-public'));
  const stages = Object.fromEntries(
    campaigns.map((campaign: { title: string; stage: string }) => [campaign.title, campaign.stage]),
  );
  expect(stages).toEqual({
    '2026年度示范市工匠': 'voting',
    '2026年度东城区工匠': 'scoring',
    '2026年度西湖区工匠': 'publicity',
    '2027年度示范市青年岗位能手': 'nomination',
  });
});

it('recounts every seeded tally from its stored votes', async () => {
  for (const campaignId of ['demo-2026-craftsman', 'demo-2026-dongcheng', 'demo-2026-xihu']) {
    const recount = data(await selection('recount', { campaignId }, 'persona-city-staff'));
    expect({ campaignId, differences: recount.differences }).toEqual({ campaignId, differences: [] });
  }
});

it('gives the 公示 campaign a result with its places filled and a 公示 ending after today', async () => {
  const campaign = data(await selection('campaign', { campaignId: 'demo-2026-xihu' }, 'persona-public'));
  expect(Date.parse(campaign.publicityEndsAt!)).toBeGreaterThan(env.now().getTime());
  const result = data(await selection('result', { campaignId: 'demo-2026-xihu' }, 'persona-public'));
  const rows = result.categories[0]!.rows as Array<{ name: string; votes: number; placed: boolean; rank: number }>;
  expect(rows.map((row) => row.rank)).toEqual([1, 2, 3, 4]);
  expect(rows.filter((row) => row.placed)).toHaveLength(2);

  // The experts see it as scored; 吴振华 still has the 东城区 campaign to score.
  const tasks = data(await selection('myScoring', {}, 'persona-expert')).campaigns as Array<{
    id: string;
    candidates: number;
    scored: number;
  }>;
  expect(tasks.find((task) => task.id === 'demo-2026-xihu')).toMatchObject({ candidates: 4, scored: 4 });
  expect(tasks.find((task) => task.id === 'demo-2026-dongcheng')).toMatchObject({ candidates: 4, scored: 0 });
});
