// Contests through the built `contest` function in a local cloud: staff create and edit (rules freeze when
// registration opens, capacity only grows and growth promotes), workers register (one entry whatever the taps, the
// window, their own unions only, the organiser's fields as data), the waitlist and its promotion on cancellation,
// review, and the 十个一 item 2 credit following every confirmed entry.
import { contestContract, type ContestFields } from '../../../src/shared/contracts/contest';
import { activityContract } from '../../../src/shared/contracts/activity';
import { callerOf, data, error, startSeededCloud, type SeededCloud } from '../../../test-support/seeded-cloud';
import { addWorkers } from '../../../test-support/tenones';
import { contestFields, creditYear, upcomingFields } from '../../../test-support/contests';

let env: SeededCloud;
beforeAll(async () => {
  env = await startSeededCloud();
}, 60_000);
afterAll(() => env.close());

const contest = callerOf(contestContract, () => env);
const activity = callerOf(activityContract, () => env);
const cityStaff = 'persona-city-staff';
const enterpriseStaff = 'persona-enterprise-staff';
const itemTwo = async (openid: string) =>
  data(await activity('myYear', { year: creditYear(env) }, openid)).items.find((item) => item.item === 2)!;

async function created(change: Parameters<typeof contestFields>[1] = {}, orgId = 'org-city', by = cityStaff) {
  const fields = contestFields(env, change);
  return { ...data(await contest('createContest', { orgId, contest: fields }, by)), fields };
}

describe('creating and editing', () => {
  it('creates a contest its workers see, and refuses a level that does not fit the organiser or a foreign union', async () => {
    const made = await created();
    expect(made).toMatchObject({ phase: 'open', placesLeft: 10, capacity: 10 });
    const list = data(await contest('contests', {}, 'persona-worker'));
    expect(list.items.map((card) => card.contestId)).toContain(made.contestId);
    expect(
      error(await contest('createContest', { orgId: 'org-jinggong', contest: contestFields(env) }, enterpriseStaff)),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'contest.level',
    });
    expect(
      error(await contest('createContest', { orgId: 'org-city', contest: contestFields(env) }, enterpriseStaff)).code,
    ).toBe('FORBIDDEN');
  });

  it('names the field of a bad contest: a window that closes before it opens, weights not adding to 100', async () => {
    const fields = contestFields(env);
    const backwards = { ...fields, schedule: { ...fields.schedule, closesAt: fields.schedule.opensAt } };
    expect(error(await contest('createContest', { orgId: 'org-city', contest: backwards }, cityStaff))).toMatchObject(
      {
        code: 'INVALID_INPUT',
        field: 'contest.schedule.closesAt',
      },
    );
    const weights = { ...fields, weighting: { theory: 30, practical: 60 } };
    expect(error(await contest('createContest', { orgId: 'org-city', contest: weights }, cityStaff)).field).toBe(
      'contest.weighting.practical',
    );
  });

  it('freezes the rules once registration opened, lets capacity only grow, and asks for a reason', async () => {
    const made = await created({ capacity: 5 });
    const fields = made.fields;
    const update = (change: Partial<typeof fields>, reason?: string) =>
      contest(
        'updateContest',
        { contestId: made.contestId, contest: { ...fields, ...change }, ...(reason ? { reason } : {}) },
        cityStaff,
      );
    expect(error(await update({ weighting: { theory: 50, practical: 50 } }, '调整权重'))).toMatchObject({
      code: 'CONFLICT',
      field: 'contest.weighting',
    });
    expect(error(await update({ capacity: 4 }, '减少名额'))).toMatchObject({
      code: 'CONFLICT',
      field: 'contest.capacity',
    });
    expect(error(await update({ venue: '新的比赛地点' }))).toMatchObject({ field: 'reason' });
    expect(data(await update({ venue: '新的比赛地点' }, '场地调整')).venue).toBe('新的比赛地点');
  });

  it('lets everything change before registration opens', async () => {
    const made = data(await contest('createContest', { orgId: 'org-city', contest: upcomingFields(env) }, cityStaff));
    expect(made.phase).toBe('upcoming');
    const changed = data(
      await contest(
        'updateContest',
        { contestId: made.contestId, contest: upcomingFields(env, { capacity: 3, awards: 1, review: true }) },
        cityStaff,
      ),
    );
    expect(changed).toMatchObject({ capacity: 3, review: true, placesLeft: 3 });
  });
});

describe('registering', () => {
  it('registers once whatever the taps, credits item 2, and a cancellation revokes it and frees the place', async () => {
    const made = await created({ capacity: 3 });
    const [w] = await addWorkers(env, 'reg-once', 1);
    const taps = await Promise.all(
      [1, 2, 3].map(() => contest('register', { contestId: made.contestId, answers: {} }, w!.openid)),
    );
    expect(taps.map((tap) => data(tap).state)).toEqual(['confirmed', 'confirmed', 'confirmed']);
    expect(data(await contest('contest', { contestId: made.contestId }, w!.openid)).placesLeft).toBe(2);
    expect((await itemTwo(w!.openid)).done).toBe(true);
    const cancelled = data(await contest('cancelEntry', { contestId: made.contestId }, w!.openid));
    expect(cancelled.state).toBe('cancelled');
    expect((await itemTwo(w!.openid)).done).toBe(false);
    expect(data(await contest('contest', { contestId: made.contestId }, w!.openid)).placesLeft).toBe(3);
  });

  it('waitlists when full and promotes the earliest waiting at a cancellation, crediting and telling them', async () => {
    const made = await created({ capacity: 1 });
    const [a, b, c] = await addWorkers(env, 'waitlist', 3);
    expect(data(await contest('register', { contestId: made.contestId, answers: {} }, a!.openid)).state).toBe(
      'confirmed',
    );
    expect(data(await contest('register', { contestId: made.contestId, answers: {} }, b!.openid))).toMatchObject({
      state: 'waitlisted',
      position: 1,
    });
    expect(data(await contest('register', { contestId: made.contestId, answers: {} }, c!.openid))).toMatchObject({
      state: 'waitlisted',
      position: 2,
    });
    expect((await itemTwo(b!.openid)).done).toBe(false);
    await contest('cancelEntry', { contestId: made.contestId }, a!.openid);
    const promoted = data(await contest('contest', { contestId: made.contestId }, b!.openid)).mine!;
    expect(promoted.state).toBe('confirmed');
    expect((await itemTwo(b!.openid)).done).toBe(true);
    expect(data(await contest('contest', { contestId: made.contestId }, c!.openid)).mine).toMatchObject({
      state: 'waitlisted',
      position: 1,
    });
    const messages = env.cloud.database.store.collection('messages').docs;
    expect([...messages.values()].some((m) => m.to === b!.openid && String(m.title).includes('候补转正'))).toBe(true);
  });

  it('promotes the waitlist when capacity grows', async () => {
    const made = await created({ capacity: 1 });
    const people = await addWorkers(env, 'grow', 3);
    for (const p of people) await contest('register', { contestId: made.contestId, answers: {} }, p.openid);
    data(
      await contest(
        'updateContest',
        { contestId: made.contestId, contest: { ...made.fields, capacity: 3 }, reason: '增加名额' },
        cityStaff,
      ),
    );
    const states = await Promise.all(
      people.map(async (p) => data(await contest('contest', { contestId: made.contestId }, p.openid)).mine!.state),
    );
    expect(states).toEqual(['confirmed', 'confirmed', 'confirmed']);
  });

  it('refuses outside the window, another union’s contest, a team contest, and names the failing rule before trying', async () => {
    const upcoming = data(
      await contest('createContest', { orgId: 'org-city', contest: upcomingFields(env) }, cityStaff),
    );
    expect(
      error(await contest('register', { contestId: upcoming.contestId, answers: {} }, 'persona-worker')),
    ).toMatchObject({
      code: 'CONFLICT',
      field: 'contestId',
    });
    const xihu = data(
      await contest(
        'createContest',
        { orgId: 'org-xihu', contest: contestFields(env, { level: 'district' }) },
        'demo-staff-xihu',
      ),
    );
    expect(
      error(await contest('register', { contestId: xihu.contestId, answers: {} }, 'persona-worker')),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(error(await contest('contest', { contestId: xihu.contestId }, 'persona-worker')).code).toBe('NOT_FOUND');
    const other = await created({
      eligibility: { age: null, trades: [], orgIds: ['org-xihu'], frontlineOnly: false, excludedHonours: [] },
    });
    const seen = data(await contest('contest', { contestId: other.contestId }, 'persona-worker'));
    expect(seen.verdict).toMatchObject({ ok: false });
    expect(
      error(await contest('register', { contestId: other.contestId, answers: {} }, 'persona-worker')),
    ).toMatchObject({
      code: 'FORBIDDEN',
      message: seen.verdict!.message,
    });
  });

  it('names the rule each stored fact fails: age on the contest day, a same-trade honour, no ID number, front line', async () => {
    const rule = (eligibility: Partial<ContestFields['eligibility']>) =>
      created({
        eligibility: { age: null, trades: [], orgIds: [], frontlineOnly: false, excludedHonours: [], ...eligibility },
      });
    const verdict = async (contestId: string, openid: string) =>
      data(await contest('contest', { contestId }, openid)).verdict;
    // 陈晓东 was born in 1970: outside 18–55; 王建军 is 市技术能手 in 数控车工; a fresh worker has no ID number.
    const aged = await rule({ age: { min: 18, max: 55 } });
    expect((await verdict(aged.contestId, 'persona-worker'))!.message).toMatch(/18.*55/);
    const honoured = await rule({ excludedHonours: [{ code: 'city_skill_expert', sameTrade: true }] });
    expect(await verdict(honoured.contestId, 'demo-worker-01')).toMatchObject({ ok: false });
    expect(
      error(await contest('register', { contestId: honoured.contestId, answers: {} }, 'demo-worker-01')).code,
    ).toBe('FORBIDDEN');
    expect(await verdict(honoured.contestId, 'persona-worker')).toMatchObject({ ok: true });
    const [fresh] = await addWorkers(env, 'no-id', 1);
    expect((await verdict(aged.contestId, fresh!.openid))!.message).toMatch(/身份证/);
    const frontline = await rule({ frontlineOnly: true });
    expect(await verdict(frontline.contestId, 'persona-worker')).toMatchObject({ ok: true });
    expect(await verdict(frontline.contestId, fresh!.openid)).toMatchObject({ ok: false });
  });

  it('validates the organiser’s fields as data, naming the field, and stores nothing on a bad answer', async () => {
    const made = await created({
      fields: [
        { key: 'shirt', label: '服装尺码', type: 'single', required: true, options: ['M', 'L', 'XL'] },
        { key: 'years', label: '工龄', type: 'number', required: false, options: [] },
      ],
    });
    const [w] = await addWorkers(env, 'answers', 1);
    expect(
      error(await contest('register', { contestId: made.contestId, answers: { shirt: 'XXL' } }, w!.openid)),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'answers.shirt',
    });
    expect(
      error(
        await contest('register', { contestId: made.contestId, answers: { shirt: 'L', years: '十年' } }, w!.openid),
      ).field,
    ).toBe('answers.years');
    expect(
      error(await contest('register', { contestId: made.contestId, answers: { shirt: 'L', hack: 1 } }, w!.openid))
        .field,
    ).toBe('answers');
    expect(data(await contest('contest', { contestId: made.contestId }, w!.openid))).toMatchObject({
      mine: null,
      placesLeft: 10,
    });
    expect(
      data(await contest('register', { contestId: made.contestId, answers: { shirt: 'L', years: 12 } }, w!.openid))
        .answers,
    ).toEqual({
      shirt: 'L',
      years: 12,
    });
  });
});

describe('review', () => {
  it('holds a place while pending; approval credits; rejection tells the reason and promotes the next', async () => {
    const made = await created({ capacity: 1, review: true });
    const [a, b] = await addWorkers(env, 'review', 2);
    const first = data(await contest('register', { contestId: made.contestId, answers: {} }, a!.openid));
    expect(first.state).toBe('pending');
    expect(data(await contest('register', { contestId: made.contestId, answers: {} }, b!.openid)).state).toBe(
      'waitlisted',
    );
    expect(error(await contest('reviewEntry', { entryId: first.entryId, approve: false }, cityStaff)).field).toBe(
      'reason',
    );
    expect(error(await contest('reviewEntry', { entryId: first.entryId, approve: true }, enterpriseStaff)).code).toBe(
      'FORBIDDEN',
    );
    const rejected = data(
      await contest('reviewEntry', { entryId: first.entryId, approve: false, reason: '材料不全' }, cityStaff),
    );
    expect(rejected).toMatchObject({ state: 'rejected', reason: '材料不全' });
    const next = data(await contest('contest', { contestId: made.contestId }, b!.openid)).mine!;
    expect(next.state).toBe('pending');
    expect((await itemTwo(b!.openid)).done).toBe(false);
    data(await contest('reviewEntry', { entryId: next.entryId, approve: true }, cityStaff));
    expect((await itemTwo(b!.openid)).done).toBe(true);
    const row = data(await contest('staffContest', { contestId: made.contestId }, cityStaff));
    expect(row.counts).toMatchObject({ confirmed: 1, pending: 0, waitlisted: 0 });
  });
});
