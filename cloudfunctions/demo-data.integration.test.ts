// The demo data obeys the product's own rules, read back through the functions as its users would: each seeded
// selection stands where the README's "Try it" table says, its stored votes recount to its tallies, and the one in
// 公示 has a result produced by the same stage change staff use.
import { data, startSeededCloud, type SeededCloud, callerOf } from '../test-support/seeded-cloud';
import { selectionContract } from '../src/shared/contracts/selection';
import { contestContract } from '../src/shared/contracts/contest';
import { mentoringContract } from '../src/shared/contracts/mentoring';
import { demoUserIdOf } from '../database/seed/people';
import { recountCredits } from '../server/credits/recount';
import { beijingYear } from '../src/shared/time/beijing';
import { beijingMonth } from '../src/shared/mentoring/sessions';
import { localDb } from '../test-support/in-process';

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

describe('demo contests', () => {
  const contest = callerOf(contestContract, () => env);

  it('seeds one contest in each state 陈晓东 can try: open, full with a waitlist, today, published', async () => {
    const { items } = data(await contest('contests', {}, 'persona-worker'));
    const byTitle = Object.fromEntries(items.map((card) => [card.title, card]));
    expect(byTitle['示范市第十届职工职业技能大赛（数控车工）']).toMatchObject({ phase: 'open', placesLeft: 24 });
    expect(byTitle['东城区焊工技能比武']).toMatchObject({ phase: 'open', placesLeft: 0, waiting: 2 });
    expect(byTitle['精工机械岗位练兵：钳工技能比武']).toMatchObject({ phase: 'day' });
    expect(byTitle['示范市电工职业技能竞赛']).toMatchObject({ phase: 'over', published: true });
    const full = byTitle['东城区焊工技能比武']!;
    expect(
      data(await contest('register', { contestId: full.contestId, answers: {} }, 'persona-worker')),
    ).toMatchObject({
      state: 'waitlisted',
      position: 3,
    });
  });

  it('publishes a ranking where equal totals share a place and the award reaches everyone tied', async () => {
    const { items } = data(await contest('contests', {}, 'persona-worker'));
    const published = items.find((card) => card.published)!;
    const result = data(await contest('results', { contestId: published.contestId }, 'persona-worker'));
    expect(result.rows.map((row) => [row.name, row.result.total, row.result.rank, row.result.awarded])).toEqual([
      ['陈晓东', 89.9, 1, true],
      ['褚建华', 89.9, 1, true],
      expect.arrayContaining([89.2, 3, true]),
      expect.arrayContaining([82.4, 4, false]),
      expect.arrayContaining([73.5, 5, false]),
      expect.arrayContaining([null, null, false]),
    ]);
  });

  it('seeds a contest held two days ago whose scores wait: five checked in, one 缺考, nothing scored', async () => {
    const { items } = data(await contest('contests', {}, 'persona-worker'));
    const held = items.find((card) => card.title === '精工机械岗位练兵：数控车工技能比武')!;
    expect(held).toMatchObject({ phase: 'over', published: false });
    const sheet = data(await contest('scoreSheet', { contestId: held.contestId }, 'persona-enterprise-staff'));
    expect(sheet.rows.map((row) => [row.name, row.checkedIn, row.absent, row.result.total])).toEqual([
      ['陈晓东', true, false, null],
      ['陈志远', true, false, null],
      ['冯晓丽', true, false, null],
      ['吴海燕', true, false, null],
      ['郑国强', false, true, null],
      ['周立新', true, false, null],
    ]);
  });

  it('keeps the 十个一 counters equal to a recount after the contest credits', async () => {
    const years = new Set([0, 2, 20].map((daysAgo) => beijingYear(env.now().getTime() - daysAgo * 86_400_000)));
    for (const year of years) expect(await recountCredits(localDb(env.cloud), year)).toEqual([]);
  });
});

it('seeds 师带徒: masters with free and full places, a studio of each category, a waiting application, pairs', async () => {
  const mentoring = callerOf(mentoringContract, () => env);
  const worker = 'persona-worker';
  const all = data(await mentoring('findMasters', {}, worker)).rows;
  const free = data(await mentoring('findMasters', { freeOnly: true }, worker)).rows;
  expect(all.length).toBeGreaterThan(free.length);
  const full = all.find((row) => !row.hasPlace)!;
  expect(full).toMatchObject({ active: full.limit });
  // 陈晓东 finds a master of his own trade with a free place.
  expect(
    data(await mentoring('findMasters', { trade: 'cnc_lathe_operator', freeOnly: true }, worker)).rows,
  ).not.toEqual([]);
  const categories = all.flatMap((row) => (row.studio ? [row.studio.category] : [])).sort();
  expect(categories).toEqual(['ideological', 'management', 'service', 'technical']);
  const li = data(await mentoring('myMentoring', {}, 'persona-model-worker'));
  expect(li.received).toMatchObject([{ state: 'pending' }]);
  expect(li.apprentices).toMatchObject([{ state: 'active' }]);
  const studio = data(
    await mentoring('studio', { studioId: demoUserIdOf('persona-model-worker') }, 'persona-public'),
  );
  expect(studio).toMatchObject({ stars: 4, apprentices: [li.apprentices[0]!.apprenticeName] });
});

it('seeds 师带徒 agreements: one in force with a check overdue, and pairs ended with each grade', async () => {
  const mentoring = callerOf(mentoringContract, () => env);
  const overdue = data(
    await mentoring('cadenceTable', { orgId: 'org-city', overdueOnly: true }, 'persona-city-staff'),
  ).rows;
  expect(overdue).toEqual([expect.objectContaining({ apprenticeName: '朱红梅', lastCheck: expect.any(String) })]);
  expect(overdue[0]!.overdueDays).toBeGreaterThan(0);
  const ended = data(await mentoring('myPairs', {}, 'demo-mw-port')).rows;
  expect(ended.map((row) => [row.state, row.ended?.grade]).sort()).toEqual([
    ['ended', 'excellent'],
    ['ended', 'fail'],
    ['ended', 'pass'],
  ]);
});
it('seeds sessions: today’s lecture and an online one with check-in open, a mentoring session, a team member behind', async () => {
  const mentoring = callerOf(mentoringContract, () => env);
  const glance = data(await mentoring('sessionGlance', {}, 'persona-worker'));
  expect(glance.next?.mine).toMatchObject({ state: 'confirmed', checkedIn: null });
  const titles = data(await mentoring('sessions', {}, 'persona-worker')).rows.map((row) => row.session.title);
  expect(titles).toEqual(expect.arrayContaining(['劳模进车间：精密装配里的工匠精神', '进网络：纺织女工的匠心故事']));
  // Only 李卫国's apprentices see his mentoring session.
  expect(titles).not.toContain('钳工精密装配带徒课：刮研与配合间隙');
  const code = data(await mentoring('sessionCheckInCode', { sessionId: 'demo-session-online' }, 'demo-mw-textile'));
  expect(code.shortCode).toMatch(/^[0-9]{6}$/);
  data(await mentoring('sessionCheckInCode', { sessionId: 'demo-session-today' }, 'persona-model-worker'));
  // Last month: the 焊接 master held one lecture of the two asked for.
  const month = lastMonth(env.now());
  const team = data(await mentoring('lectureTeam', { orgId: 'org-city', month }, 'persona-city-staff'));
  expect(team.rows.map((row) => [row.held, row.behind])).toEqual([
    [1, true],
    [2, false],
    [2, false],
  ]);
  expect(await recountCredits(localDb(env.cloud), Number(month.slice(0, 4)))).toEqual([]);
});

/** The Beijing month before `now`'s. */
function lastMonth(now: Date): string {
  const first = new Date(`${beijingMonth(now)}-01T00:00:00+08:00`);
  return beijingMonth(first.getTime() - 1);
}
