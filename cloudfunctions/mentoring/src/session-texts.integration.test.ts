// A session's title and place under WeChat's content check, through the built `mentoring` function: a risky text
// refuses the post (or edit) naming its field and stores nothing; a held one posts the session with stand-ins for
// everyone but its master (in lists, on the session and in what a sign-up is told), lists it for staff over the
// master, who pass it (the real text shows) or refuse it with a reason (the stand-in stays, the master is told);
// an unchanged text keeps its hold through an edit; foreign staff and the master cannot decide.
import { mentoringContract } from '../../../src/shared/contracts/mentoring';
import { demoUserIdOf } from '../../../database/seed/people';
import { CITY, ENT, startMentoringCloud, XIHU } from '../../../test-support/mentoring';
import { callerOf, data, error, type SeededCloud } from '../../../test-support/seeded-cloud';
import { freshMaster, lectureFields } from '../../../test-support/sessions';
import { addWorkers } from '../../../test-support/tenones';

jest.setTimeout(120_000);
let env: SeededCloud;
beforeAll(async () => {
  env = await startMentoringCloud();
}, 60_000);
afterAll(() => env.close());

const mentoring = callerOf(mentoringContract, () => env);
/** The session's times moved `minutes` later. */
const later = (fields: { startsAt: string; endsAt: string }, minutes: number) => ({
  startsAt: new Date(Date.parse(fields.startsAt) + minutes * 60_000).toISOString(),
  endsAt: new Date(Date.parse(fields.endsAt) + minutes * 60_000).toISOString(),
});
const count = (name: string) => env.cloud.database.store.collection(name).docs.size;

it('refuses a risky title or place by its field and stores nothing', async () => {
  const master = await freshMaster(env, 'risky-master');
  const before = count('mentorSessions');
  const title = await mentoring(
    'postSession',
    { session: lectureFields(env, { title: '含违禁词的宣讲' }) },
    master.openid,
  );
  expect(error(title)).toMatchObject({ code: 'INVALID_INPUT', field: 'session.title' });
  expect(error(title).message).toContain('活动主题');
  const place = await mentoring(
    'postSession',
    { session: lectureFields(env, { place: '违禁词车间' }) },
    master.openid,
  );
  expect(error(place)).toMatchObject({ code: 'INVALID_INPUT', field: 'session.place' });
  expect(count('mentorSessions')).toBe(before);
});

it('shows stand-ins for a held title until staff over the master pass it', async () => {
  const master = await freshMaster(env, 'held-master');
  const [worker] = await addWorkers(env, 'held-worker', 1);
  const fields = lectureFields(env, { title: '待复核的精益宣讲' });
  const posted = data(await mentoring('postSession', { session: fields }, master.openid));
  expect(posted.title).toBe('待复核的精益宣讲');
  expect(posted.heldTexts).toEqual([{ field: 'title', refused: null }]);
  const seen = data(await mentoring('session', { sessionId: posted.sessionId }, worker!.openid));
  expect(seen.session.title).toMatch(/师傅的劳模宣讲$/);
  expect(seen.session.heldTexts).toEqual([]);
  const listed = data(await mentoring('sessions', {}, worker!.openid)).rows.find(
    (row) => row.session.sessionId === posted.sessionId,
  );
  expect(listed?.session.title).toBe(seen.session.title);
  // Signing up answers the stand-in too.
  expect(data(await mentoring('signUpSession', { sessionId: posted.sessionId }, worker!.openid)).session.title).toBe(
    seen.session.title,
  );
  // Moved ten minutes (the worker is told), then checked in by hand once check-in opens: the notice and the item-5
  // credit in the worker's 十个一 carry the stand-in, never the held title.
  data(
    await mentoring(
      'editSession',
      { sessionId: posted.sessionId, session: { ...fields, ...later(fields, 10) } },
      master.openid,
    ),
  );
  env.cloud.clock.set(env.now().getTime() + 50 * 60_000);
  data(
    await mentoring(
      'manualSessionCheckIn',
      { sessionId: posted.sessionId, personId: worker!.userId, reason: '现场登记' },
      master.openid,
    ),
  );
  const docs = (name: string) => [...env.cloud.database.store.collection(name).docs.values()];
  const credit = docs('credits').find((doc) => doc.person === worker!.userId && doc.item === 5);
  expect(credit?.source).toMatchObject({ kind: 'lecture', title: seen.session.title });
  const told = docs('messages').filter((doc) => doc.to === worker!.openid);
  expect(told.map((doc) => doc.title)).toEqual([expect.stringContaining('师傅的劳模宣讲时间地点有变')]);
  expect(told.filter((doc) => JSON.stringify(doc).includes('待复核'))).toEqual([]);

  // Staff: only over the master; the held session is listed with its real text.
  expect(data(await mentoring('heldSessionTexts', {}, XIHU)).rows.map((row) => row.sessionId)).not.toContain(
    posted.sessionId,
  );
  const held = data(await mentoring('heldSessionTexts', {}, ENT)).rows.find(
    (row) => row.sessionId === posted.sessionId,
  );
  expect(held).toMatchObject({ title: '待复核的精益宣讲', heldTexts: [{ field: 'title', refused: null }] });
  const decide = (by: string, change: Record<string, unknown> = {}) =>
    mentoring(
      'decideSessionText',
      { sessionId: posted.sessionId, field: 'title', decision: 'pass', ...change } as never,
      by,
    );
  expect(error(await decide(XIHU)).code).toBe('FORBIDDEN');
  expect(error(await decide(master.openid)).code).toBe('FORBIDDEN');
  expect(error(await decide(ENT, { field: 'place' })).code).toBe('CONFLICT');
  expect(error(await decide(ENT, { decision: 'refuse' }))).toMatchObject({ code: 'INVALID_INPUT', field: 'reason' });
  expect(data(await decide(ENT)).heldTexts).toEqual([]);
  expect(error(await decide(CITY)).code).toBe('CONFLICT');
  expect(data(await mentoring('session', { sessionId: posted.sessionId }, worker!.openid)).session.title).toBe(
    '待复核的精益宣讲',
  );
  expect(data(await mentoring('heldSessionTexts', {}, ENT)).rows.map((row) => row.sessionId)).not.toContain(
    posted.sessionId,
  );
});

it('keeps a refused place hidden with the reason for the master, through an edit that leaves it unchanged', async () => {
  const master = await freshMaster(env, 'refused-master');
  const [worker] = await addWorkers(env, 'refused-worker', 1);
  const fields = lectureFields(env, { place: '待复核的二号车间' });
  const posted = data(await mentoring('postSession', { session: fields }, master.openid));
  data(await mentoring('signUpSession', { sessionId: posted.sessionId }, worker!.openid));
  data(
    await mentoring(
      'decideSessionText',
      { sessionId: posted.sessionId, field: 'place', decision: 'refuse', reason: '地点写法不规范' },
      ENT,
    ),
  );
  const messages = [...env.cloud.database.store.collection('messages').docs.values()].filter(
    (message) => message.to === master.openid,
  );
  expect(messages.some((message) => String(message.body).includes('地点写法不规范'))).toBe(true);
  const seen = data(await mentoring('session', { sessionId: posted.sessionId }, worker!.openid)).session;
  expect(seen.place).toBe('地点审核中，通过后显示');

  // An edit of the title and time keeps the refused place refused, and the worker told of the move is not told the
  // place; a new place is checked afresh and shows.
  const retitled = data(
    await mentoring(
      'editSession',
      { sessionId: posted.sessionId, session: { ...fields, ...later(fields, 10), title: '精益生产宣讲' } },
      master.openid,
    ),
  );
  expect(retitled.heldTexts).toEqual([{ field: 'place', refused: '地点写法不规范' }]);
  const told = [...env.cloud.database.store.collection('messages').docs.values()].filter(
    (message) => message.to === worker!.openid,
  );
  expect(told).toHaveLength(1);
  expect(JSON.stringify(told)).not.toContain('待复核');
  const moved = data(
    await mentoring(
      'editSession',
      { sessionId: posted.sessionId, session: { ...fields, title: '精益生产宣讲', place: '精工机械三号车间' } },
      master.openid,
    ),
  );
  expect(moved.heldTexts).toEqual([]);
  expect(data(await mentoring('session', { sessionId: posted.sessionId }, worker!.openid)).session.place).toBe(
    '精工机械三号车间',
  );
});

it('is never decided by a staff member who is the session’s master (回避)', async () => {
  // The enterprise's staff member is also a master: their own held title waits for someone else.
  const staffId = demoUserIdOf(ENT);
  data(
    await mentoring(
      'designateMaster',
      { userId: staffId, trade: 'fitter', level: 'technician', basis: 'skilled', reason: '测试认定师傅' },
      CITY,
    ),
  );
  const posted = data(
    await mentoring('postSession', { session: lectureFields(env, { title: '待复核的班组宣讲' }) }, ENT),
  );
  const decide = (by: string) =>
    mentoring('decideSessionText', { sessionId: posted.sessionId, field: 'title', decision: 'pass' }, by);
  expect(error(await decide(ENT)).code).toBe('FORBIDDEN');
  expect(data(await decide(CITY)).heldTexts).toEqual([]);
});
