// The 活动 card's and 首页's glance through the built `contest` function: the contests open now (closing soonest
// first, at most three, none upcoming or closed), and the worker's next coming entry with its waitlist place, which
// a cancellation moves on.
import { contestContract } from '../../../src/shared/contracts/contest';
import { contestGlanceContract } from '../../../src/shared/contracts/contest/glance';
import { callerOf, data, startSeededCloud, type SeededCloud } from '../../../test-support/seeded-cloud';
import { addWorkers } from '../../../test-support/tenones';
import { contestFields, upcomingFields } from '../../../test-support/contests';
import { addDays } from '../../../src/shared/time/beijing';

let env: SeededCloud;
beforeAll(async () => {
  env = await startSeededCloud();
}, 60_000);
afterAll(() => env.close());

const contest = callerOf(contestContract, () => env);
const glance = callerOf(contestGlanceContract, () => env);
const cityStaff = 'persona-city-staff';
const HOUR = 3_600_000;

async function create(title: string, closesInHours: number, change: Parameters<typeof contestFields>[1] = {}) {
  const base = contestFields(env, { title, ...change });
  const now = env.now().getTime();
  const schedule = {
    ...base.schedule,
    closesAt: new Date(now + closesInHours * HOUR).toISOString(),
    cancelBy: new Date(now + (closesInHours - 1) * HOUR).toISOString(),
  };
  return data(await contest('createContest', { orgId: 'org-city', contest: { ...base, schedule } }, cityStaff));
}

describe('glance', () => {
  it('lists at most three contests open now, closing soonest first, never upcoming ones', async () => {
    await contest(
      'createContest',
      { orgId: 'org-city', contest: upcomingFields(env, { title: '尚未开始的竞赛' }) },
      cityStaff,
    );
    for (const [title, hours] of [
      ['第四个截止的竞赛', 5],
      ['第一个截止的竞赛', 2],
      ['第三个截止的竞赛', 4],
      ['第二个截止的竞赛', 3],
    ] as const) {
      await create(title, hours);
    }
    const [worker] = await addWorkers(env, 'glance-open', 1);
    const answer = data(await glance('glance', {}, worker!.openid));
    expect(answer.next).toBeNull();
    expect(answer.open.map((card) => card.title)).toEqual([
      '第一个截止的竞赛',
      '第二个截止的竞赛',
      '第三个截止的竞赛',
    ]);
    expect(answer.open[0]).toMatchObject({ placesLeft: 10, organiser: expect.stringContaining('总工会') });
  });

  it('takes the earliest contest day, not the latest entry', async () => {
    const base = contestFields(env);
    const sooner = await create('较早举行的竞赛', 6, {
      schedule: { ...base.schedule, day: addDays(base.schedule.day, -5) },
    });
    const later = await create('较晚举行的竞赛', 6);
    const [worker] = await addWorkers(env, 'glance-day', 1);
    await contest('register', { contestId: sooner.contestId, answers: {} }, worker!.openid);
    await contest('register', { contestId: later.contestId, answers: {} }, worker!.openid);
    expect(data(await glance('glance', {}, worker!.openid)).next).toMatchObject({
      contestId: sooner.contestId,
      title: '较早举行的竞赛',
      state: 'confirmed',
    });
  });

  it('shows nothing to someone without a profile', async () => {
    expect(data(await glance('glance', {}, 'glance-passer-by'))).toEqual({ next: null, open: [] });
  });

  it('names the worker’s next entry, its waitlist place, and moves on when they cancel', async () => {
    const full = await create('名额一个的竞赛', 6, { capacity: 1 });
    const [first, second] = await addWorkers(env, 'glance-next', 2);
    await contest('register', { contestId: full.contestId, answers: {} }, first!.openid);
    await contest('register', { contestId: full.contestId, answers: {} }, second!.openid);
    expect(data(await glance('glance', {}, second!.openid)).next).toMatchObject({
      contestId: full.contestId,
      state: 'waitlisted',
      position: 1,
    });
    expect(data(await glance('glance', {}, first!.openid)).next).toMatchObject({ state: 'confirmed', position: 0 });
    await contest('cancelEntry', { contestId: full.contestId }, first!.openid);
    expect(data(await glance('glance', {}, first!.openid)).next).toBeNull();
    expect(data(await glance('glance', {}, second!.openid)).next).toMatchObject({ state: 'confirmed', position: 0 });
  });
});
