// Sessions and lectures through the built `mentoring` function: only a master posts, bad input is named by field, the
// audience is kept on the server (apprentices, an organisation's subtree, everyone) in the list and at sign-up,
// places are exact with a waitlist that a withdrawal or added places promote (the promoted person told), edits keep
// the kind and audience and only add places, and a cancellation tells everyone and drops every sign-up.
import { mentoringContract } from '../../../src/shared/contracts/mentoring';
import { CITY, XIHU_PATH } from '../../../test-support/mentoring';
import { callerOf, data, error, startSeededCloud, type SeededCloud } from '../../../test-support/seeded-cloud';
import { freshMaster, lectureFields } from '../../../test-support/sessions';
import { addWorkers } from '../../../test-support/tenones';

jest.setTimeout(120_000);
let env: SeededCloud;
beforeAll(async () => {
  env = await startSeededCloud();
}, 60_000);
afterAll(() => env.close());

const mentoring = callerOf(mentoringContract, () => env);
const messagesTo = (openid: string) =>
  [...env.cloud.database.store.collection('messages').docs.values()].filter((message) => message.to === openid);

describe('posting', () => {
  it('is for masters only, and names bad input by field', async () => {
    const [worker] = await addWorkers(env, 'post-worker', 1);
    expect(error(await mentoring('postSession', { session: lectureFields(env) }, worker!.openid))).toMatchObject({
      code: 'FORBIDDEN',
      field: 'session',
    });
    const master = await freshMaster(env, 'post-master');
    const bad = async (change: Record<string, unknown>) =>
      error(await mentoring('postSession', { session: lectureFields(env, change as never) }, master.openid));
    expect(await bad({ lectureKind: 'online' })).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'session.link',
      message: expect.stringContaining('网络宣讲须填写直播链接'),
    });
    expect(await bad({ lectureKind: null })).toMatchObject({ field: 'session.lectureKind' });
    expect(await bad({ kind: 'mentoring' })).toMatchObject({ field: 'session.lectureKind' });
    expect(await bad({ place: null })).toMatchObject({ field: 'session.place' });
    expect(await bad({ link: 'javascript:alert(1)' })).toMatchObject({ field: 'session.link' });
    expect(await bad({ capacity: 0 })).toMatchObject({ field: 'session.capacity' });
    expect(await bad({ capacity: 2.5 })).toMatchObject({ field: 'session.capacity' });
    expect(await bad({ endsAt: lectureFields(env).startsAt })).toMatchObject({ field: 'session.endsAt' });
    expect(await bad({ audience: { kind: 'org', orgId: null } })).toMatchObject({ field: 'session.audience.orgId' });
    expect(await bad({ audience: { kind: 'org', orgId: 'org-nowhere' } })).toMatchObject({
      code: 'NOT_FOUND',
      field: 'session.audience.orgId',
    });
    expect(await bad({ title: { $ne: 1 } })).toMatchObject({ field: 'session.title' });
    expect(await bad({ startsAt: new Date(env.now().getTime() - 60_000).toISOString() })).toMatchObject({
      field: 'session.startsAt',
    });
    // An online lecture takes a link and no place.
    const online = data(
      await mentoring(
        'postSession',
        { session: lectureFields(env, { lectureKind: 'online', place: null, link: 'https://live.example.cn/1' }) },
        master.openid,
      ),
    );
    expect(online).toMatchObject({ lectureKind: 'online', place: null, taken: 0, capacity: 30, state: 'open' });
  });
});

describe('audience', () => {
  it('lets only the master’s apprentices, or the organisation’s members, see and sign up', async () => {
    const master = await freshMaster(env, 'aud-master');
    const [apprentice, other] = await addWorkers(env, 'aud-worker', 2);
    const [foreign] = await addWorkers(env, 'aud-xihu', 1, XIHU_PATH);
    data(
      await mentoring(
        'assignPair',
        { masterId: master.userId, apprenticeId: apprentice!.userId, reason: '测试结对' },
        CITY,
      ),
    );
    const forApprentices = data(
      await mentoring(
        'postSession',
        {
          session: lectureFields(env, {
            kind: 'mentoring',
            lectureKind: null,
            title: '装配工艺带徒课',
            audience: { kind: 'apprentices', orgId: null },
          }),
        },
        master.openid,
      ),
    );
    const forDongcheng = data(
      await mentoring(
        'postSession',
        {
          session: lectureFields(env, {
            title: '东城区劳模进车间',
            audience: { kind: 'org', orgId: 'org-dongcheng' },
          }),
        },
        master.openid,
      ),
    );
    const listed = async (openid: string) =>
      data(await mentoring('sessions', {}, openid)).rows.map((row) => row.session.sessionId);
    expect(await listed(apprentice!.openid)).toEqual(
      expect.arrayContaining([forApprentices.sessionId, forDongcheng.sessionId]),
    );
    expect(await listed(other!.openid)).not.toContain(forApprentices.sessionId);
    expect(await listed(other!.openid)).toContain(forDongcheng.sessionId);
    expect(await listed(foreign!.openid)).not.toContain(forDongcheng.sessionId);

    const signUp = (sessionId: string, openid: string) => mentoring('signUpSession', { sessionId }, openid);
    expect(error(await signUp(forApprentices.sessionId, other!.openid))).toMatchObject({
      code: 'FORBIDDEN',
      field: 'sessionId',
    });
    expect(error(await signUp(forDongcheng.sessionId, foreign!.openid)).code).toBe('FORBIDDEN');
    expect(error(await signUp(forDongcheng.sessionId, master.openid)).code).toBe('CONFLICT');
    expect(data(await signUp(forApprentices.sessionId, apprentice!.openid)).mine).toMatchObject({
      state: 'confirmed',
    });
    expect(data(await signUp(forDongcheng.sessionId, other!.openid)).mine).toMatchObject({ state: 'confirmed' });
    // The glance: the next sign-up first.
    const glance = data(await mentoring('sessionGlance', {}, apprentice!.openid));
    expect(glance.next?.session.sessionId).toBe(forApprentices.sessionId);
  });
});

describe('places and the waitlist', () => {
  it('holds the places exactly, promotes the first waiting on a withdrawal and on added places', async () => {
    const master = await freshMaster(env, 'wait-master');
    const workers = await addWorkers(env, 'wait-worker', 5);
    const session = data(
      await mentoring('postSession', { session: lectureFields(env, { capacity: 2 }) }, master.openid),
    );
    const { sessionId } = session;
    const answers = [];
    for (const worker of workers) answers.push(data(await mentoring('signUpSession', { sessionId }, worker.openid)));
    expect(answers.map((answer) => [answer.mine?.state, answer.mine?.position])).toEqual([
      ['confirmed', 0],
      ['confirmed', 0],
      ['waitlisted', 1],
      ['waitlisted', 2],
      ['waitlisted', 3],
    ]);
    expect(answers[4]!.session).toMatchObject({ taken: 2, waiting: 3 });
    // A second tap answers the same sign-up.
    expect(data(await mentoring('signUpSession', { sessionId }, workers[3]!.openid)).mine).toMatchObject({
      state: 'waitlisted',
      position: 2,
    });
    // A withdrawal gives its place to the first waiting, who is told.
    const left = data(await mentoring('withdrawSession', { sessionId }, workers[0]!.openid));
    expect(left.mine?.state).toBe('withdrawn');
    const third = data(await mentoring('session', { sessionId }, workers[2]!.openid));
    expect(third.mine).toMatchObject({ state: 'confirmed', position: 0 });
    expect(messagesTo(workers[2]!.openid).map((message) => message.title)).toEqual([
      expect.stringContaining('候补转正'),
    ]);
    expect(data(await mentoring('session', { sessionId }, workers[4]!.openid)).mine?.position).toBe(2);
    // Signing up again after withdrawing takes a new ticket: at the end of the waitlist.
    expect(data(await mentoring('signUpSession', { sessionId }, workers[0]!.openid)).mine).toMatchObject({
      state: 'waitlisted',
      position: 3,
    });

    // Edits keep the kind and audience and only add places; added places promote.
    const fields = lectureFields(env, { capacity: 2 });
    const edit = (change: Record<string, unknown>) =>
      mentoring('editSession', { sessionId, session: { ...fields, ...change } as never }, master.openid);
    expect(error(await edit({ capacity: 1 }))).toMatchObject({ field: 'session.capacity' });
    expect(error(await edit({ lectureKind: 'village' }))).toMatchObject({ field: 'session.lectureKind' });
    expect(error(await edit({ audience: { kind: 'org', orgId: 'org-jinggong' } }))).toMatchObject({
      field: 'session.audience',
    });
    expect(error(await mentoring('editSession', { sessionId, session: fields }, workers[1]!.openid)).code).toBe(
      'FORBIDDEN',
    );
    const grown = data(await edit({ capacity: 3, place: '精工机械培训中心' }));
    expect(grown).toMatchObject({ capacity: 3, taken: 3, waiting: 2, place: '精工机械培训中心' });
    expect(data(await mentoring('session', { sessionId }, workers[3]!.openid)).mine?.state).toBe('confirmed');
    // Everyone signed up was told of the new place.
    expect(messagesTo(workers[1]!.openid).some((message) => String(message.title).includes('时间地点有变'))).toBe(
      true,
    );

    // The master sees who signed up, in order; others do not.
    const roster = data(await mentoring('session', { sessionId }, master.openid)).roster!;
    expect(roster.map((row) => row.state)).toEqual([
      'confirmed',
      'confirmed',
      'confirmed',
      'waitlisted',
      'waitlisted',
    ]);
    expect(data(await mentoring('session', { sessionId }, workers[1]!.openid)).roster).toBeNull();
  });

  it('cancels: everyone signed up is told and dropped, and nobody signs up any more', async () => {
    const master = await freshMaster(env, 'cancel-master');
    const workers = await addWorkers(env, 'cancel-worker', 3);
    const { sessionId } = data(
      await mentoring('postSession', { session: lectureFields(env, { capacity: 2 }) }, master.openid),
    );
    for (const worker of workers) data(await mentoring('signUpSession', { sessionId }, worker.openid));
    expect(error(await mentoring('cancelSession', { sessionId, reason: '临时' }, workers[0]!.openid)).code).toBe(
      'FORBIDDEN',
    );
    expect(error(await mentoring('cancelSession', { sessionId, reason: '' }, master.openid)).field).toBe('reason');
    const cancelled = data(await mentoring('cancelSession', { sessionId, reason: '场地检修' }, master.openid));
    expect(cancelled).toMatchObject({ state: 'cancelled', cancelReason: '场地检修' });
    for (const worker of workers) {
      expect(data(await mentoring('session', { sessionId }, worker.openid)).mine?.state).toBe('dropped');
      expect(messagesTo(worker.openid).map((message) => message.body)).toEqual([expect.stringContaining('场地检修')]);
    }
    expect(error(await mentoring('cancelSession', { sessionId, reason: '再取消' }, master.openid)).code).toBe(
      'CONFLICT',
    );
    const [late] = await addWorkers(env, 'cancel-late', 1);
    expect(error(await mentoring('signUpSession', { sessionId }, late!.openid)).code).toBe('CONFLICT');
    expect(
      data(await mentoring('sessions', {}, late!.openid)).rows.map((row) => row.session.sessionId),
    ).not.toContain(sessionId);
  });
});
