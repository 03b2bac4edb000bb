// Check-in at sessions and lectures through the built `mentoring` function: the master's rotating QR code (a stale or
// another session's code refused, only confirmed sign-ups, while check-in is open, once), the 进网络 short code with
// its try limit, the master's check-in by hand with a reason; a checked-in lecture grants item 5 and a cancellation
// revokes it and what the master's year counted. Then the counters: sessions given, lectures held (over, and proved
// by a scan or a code, never by hand), distinct people reached, the lecture team's month table and the record.
import ExcelJS from 'exceljs';
import { mentoringContract } from '../../../src/shared/contracts/mentoring';
import { beijingMonth } from '../../../src/shared/mentoring/sessions';
import { SHORT_CODE_TRIES } from '../../../src/shared/mentoring/vocabulary';
import { beijingYear } from '../../../src/shared/time/beijing';
import { ENT, XIHU } from '../../../test-support/mentoring';
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
const MIN = 60_000;
type Doc = Record<string, unknown>;
const docs = (name: string) => [...env.cloud.database.store.collection(name).docs.values()] as Doc[];
const lectureCredits = (sessionId: string) =>
  docs('credits').filter((credit) => (credit.source as Doc).id === sessionId && credit.item === 5);
const activeCredits = (sessionId: string) => lectureCredits(sessionId).filter((credit) => credit.revoked === null);
const yearOf = (master: string) =>
  docs('masterYears').find((doc) => doc._id === `${master}.${beijingYear(env.now())}`);
const advance = (ms: number) => env.cloud.clock.set(env.now().getTime() + ms);

async function post(masterOpenid: string, change: Parameters<typeof lectureFields>[1] = {}) {
  return data(await mentoring('postSession', { session: lectureFields(env, change) }, masterOpenid));
}

async function signUpAll(sessionId: string, openids: string[]) {
  for (const openid of openids) data(await mentoring('signUpSession', { sessionId }, openid));
}

it('checks in by the rotating code once, refuses stale codes and the waitlist, and a cancellation revokes item 5', async () => {
  const master = await freshMaster(env, 'scan-master');
  const [a, b, c, waiting, stranger] = await addWorkers(env, 'scan-worker', 5);
  const lecture = await post(master.openid, { capacity: 3 });
  const other = await post(master.openid, { title: '另一场宣讲' });
  const { sessionId } = lecture;
  await signUpAll(sessionId, [a!.openid, b!.openid, c!.openid, waiting!.openid]);
  // Not yet: check-in opens half an hour before the start.
  expect(error(await mentoring('sessionCheckInCode', { sessionId }, master.openid)).code).toBe('CONFLICT');
  advance(50 * MIN);
  expect(error(await mentoring('sessionCheckInCode', { sessionId }, a!.openid)).code).toBe('FORBIDDEN');
  const code = data(await mentoring('sessionCheckInCode', { sessionId }, master.openid));
  // A venue lecture shows no short code: one read out could be relayed.
  expect(code).toMatchObject({ shortCode: null, expected: 3, checkedIn: 0 });

  const scan = (openid: string, token: string) => mentoring('checkInSession', { sessionId, token }, openid);
  const first = data(await scan(a!.openid, code.token));
  expect(first.mine?.checkedIn).toMatchObject({ how: 'scan' });
  expect(activeCredits(sessionId).map((credit) => credit.person)).toEqual([a!.userId]);
  // A second scan changes nothing.
  const again = data(await scan(a!.openid, code.token));
  expect(again.mine?.checkedIn?.at).toBe(first.mine?.checkedIn?.at);
  expect(lectureCredits(sessionId)).toHaveLength(1);
  expect(yearOf(master.userId)).toMatchObject({ given: 1, reached: 1 });
  // The waitlist, a stranger, another session's code, a forged one.
  expect(error(await scan(waiting!.openid, code.token))).toMatchObject({ code: 'CONFLICT', field: 'sessionId' });
  expect(error(await scan(stranger!.openid, code.token))).toMatchObject({ code: 'NOT_FOUND' });
  const otherCode = data(await mentoring('sessionCheckInCode', { sessionId: other.sessionId }, master.openid));
  expect(error(await scan(b!.openid, otherCode.token))).toMatchObject({
    field: 'token',
    message: expect.stringContaining('不是本场'),
  });
  expect(error(await scan(b!.openid, `${code.token.slice(0, -4)}AAAA`))).toMatchObject({ field: 'token' });
  expect(error(await scan(b!.openid, 'x'.repeat(500)))).toMatchObject({ code: 'INVALID_INPUT', field: 'token' });
  // A code photographed and sent on arrives too late.
  advance(25_000);
  expect(error(await scan(b!.openid, code.token))).toMatchObject({
    code: 'INVALID_INPUT',
    field: 'token',
    message: expect.stringContaining('已过期'),
  });
  const fresh = data(await mentoring('sessionCheckInCode', { sessionId }, master.openid));
  data(await scan(b!.openid, fresh.token));

  // By hand: the master only, a signed-up person only, with the reason kept.
  const manual = (personId: string, openid = master.openid) =>
    mentoring('manualSessionCheckIn', { sessionId, personId, reason: '手机没电' }, openid);
  expect(error(await manual(c!.userId, a!.openid)).code).toBe('FORBIDDEN');
  expect(error(await manual(stranger!.userId))).toMatchObject({ code: 'NOT_FOUND', field: 'personId' });
  expect(
    error(await mentoring('manualSessionCheckIn', { sessionId, personId: c!.userId, reason: '' }, master.openid))
      .field,
  ).toBe('reason');
  expect(data(await manual(c!.userId)).checkedIn).toMatchObject({ how: 'manual' });
  const stored = docs('mentorSignups').find((signup) => signup._id === `${sessionId}.${c!.userId}`)!;
  expect(stored.checkedIn).toMatchObject({ how: 'manual', by: master.userId, reason: '手机没电' });
  expect(activeCredits(sessionId)).toHaveLength(3);
  expect(yearOf(master.userId)).toMatchObject({ given: 1, reached: 3 });
  expect((yearOf(master.userId)!.lectures as unknown[]).length).toBe(1);

  // Cancelling takes back every credit and what the year counted for it; everyone is told.
  data(await mentoring('cancelSession', { sessionId, reason: '主讲临时出差' }, master.openid));
  expect(activeCredits(sessionId)).toEqual([]);
  expect(lectureCredits(sessionId)).toHaveLength(3);
  expect(yearOf(master.userId)).toMatchObject({ given: 0, lectures: [] });
  expect(error(await scan(b!.openid, fresh.token)).code).toBe('CONFLICT');
});

it('checks an online lecture in by the stream’s short code, with a try limit per person', async () => {
  const master = await freshMaster(env, 'code-master');
  const [guesser, viewer, late] = await addWorkers(env, 'code-worker', 3);
  const online = await post(master.openid, { lectureKind: 'online', place: null, link: 'https://live.example.cn/2' });
  const venue = await post(master.openid);
  await signUpAll(online.sessionId, [guesser!.openid, viewer!.openid, late!.openid]);
  await signUpAll(venue.sessionId, [viewer!.openid]);
  advance(45 * MIN);
  const code = data(await mentoring('sessionCheckInCode', { sessionId: online.sessionId }, master.openid));
  expect(code.shortCode).toMatch(/^[0-9]{6}$/);
  const type = (sessionId: string, typed: string, openid: string) =>
    mentoring('checkInSessionByCode', { sessionId, code: typed }, openid);
  // A venue lecture takes no typed code.
  expect(error(await type(venue.sessionId, code.shortCode!, viewer!.openid))).toMatchObject({
    code: 'CONFLICT',
    field: 'code',
  });
  expect(error(await type(online.sessionId, 'abc', viewer!.openid))).toMatchObject({
    code: 'INVALID_INPUT',
    field: 'code',
  });
  const wrong = code.shortCode === '000000' ? '111111' : '000000';
  for (let i = 0; i < SHORT_CODE_TRIES; i++) {
    expect(error(await type(online.sessionId, wrong, guesser!.openid))).toMatchObject({ field: 'code' });
  }
  // Out of tries: even the right code is refused.
  expect(error(await type(online.sessionId, code.shortCode!, guesser!.openid))).toMatchObject({
    code: 'CONFLICT',
    field: 'code',
    message: expect.stringContaining('已输错'),
  });
  const checked = data(await type(online.sessionId, code.shortCode!.replace(/(\d{3})/, '$1 '), viewer!.openid));
  expect(checked.mine?.checkedIn).toMatchObject({ how: 'code' });
  expect(activeCredits(online.sessionId).map((credit) => credit.person)).toEqual([viewer!.userId]);
  // A code from two minutes back is over.
  advance(130_000);
  expect(error(await type(online.sessionId, code.shortCode!, late!.openid))).toMatchObject({
    field: 'code',
    message: expect.stringContaining('已过期'),
  });
});

it('counts sessions given, lectures held (over, by scan) and distinct people reached, for the team and the record', async () => {
  const master = await freshMaster(env, 'count-master');
  const [a, b, c] = await addWorkers(env, 'count-worker', 3);
  // The 宣讲团: staff over the master, audited.
  const put = (openid: string, member = true) =>
    mentoring('setLectureTeam', { masterId: master.userId, member, reason: '年度宣讲团名单' }, openid);
  expect(error(await put(XIHU)).code).toBe('FORBIDDEN');
  expect(error(await put(a!.openid)).code).toBe('FORBIDDEN');
  expect(data(await put(ENT))).toEqual({ masterId: master.userId, member: true });
  expect(docs('auditLog').some((entry) => entry.action === 'mentoring.joinLectureTeam')).toBe(true);

  const scanned = await post(master.openid, { title: '扫码宣讲' });
  const byHand = await post(master.openid, { title: '代签宣讲', lectureKind: 'team' });
  const session = await post(master.openid, {
    kind: 'mentoring',
    lectureKind: null,
    title: '带徒交流',
    audience: { kind: 'everyone', orgId: null },
  });
  await signUpAll(scanned.sessionId, [a!.openid, b!.openid]);
  await signUpAll(byHand.sessionId, [a!.openid]);
  await signUpAll(session.sessionId, [c!.openid]);
  advance(40 * MIN);
  for (const [sessionId, openid] of [
    [scanned.sessionId, a!.openid],
    [scanned.sessionId, b!.openid],
    [session.sessionId, c!.openid],
  ] as const) {
    const { token } = data(await mentoring('sessionCheckInCode', { sessionId }, master.openid));
    data(await mentoring('checkInSession', { sessionId, token }, openid));
  }
  data(
    await mentoring(
      'manualSessionCheckIn',
      { sessionId: byHand.sessionId, personId: a!.userId, reason: '现场登记' },
      master.openid,
    ),
  );
  const month = beijingMonth(scanned.startsAt);
  const team = async () =>
    data(await mentoring('lectureTeam', { orgId: 'org-jinggong', month }, ENT)).rows.find(
      (row) => row.masterId === master.userId,
    );
  // Under way: not yet held.
  expect(await team()).toMatchObject({ held: 0, target: 2, behind: true });
  expect(error(await mentoring('lectureTeam', { orgId: 'org-jinggong', month }, XIHU)).code).toBe('FORBIDDEN');
  expect(error(await mentoring('lectureTeam', { orgId: 'org-jinggong', month: '2026-13' }, ENT)).field).toBe('month');
  advance(90 * MIN);
  // Over: the scanned lecture is held, the one checked in only by hand is not.
  expect(await team()).toMatchObject({ held: 1, behind: true });
  const record = data(await mentoring('masterRecord', { masterId: master.userId }, c!.openid));
  expect(record.lectureTeam).toBe(true);
  expect(record.years[0]).toMatchObject({
    year: beijingYear(env.now()),
    sessionsGiven: 3,
    lecturesHeld: 1,
    peopleReached: 3,
    apprentices: { active: 0, trained: 0, grades: {} },
  });
  // Staff over the master export it; the file's year row says the same.
  expect(error(await mentoring('exportMasterRecord', { masterId: master.userId }, XIHU)).code).toBe('FORBIDDEN');
  expect(error(await mentoring('exportMasterRecord', { masterId: master.userId }, c!.openid)).code).toBe('FORBIDDEN');
  const file = data(await mentoring('exportMasterRecord', { masterId: master.userId }, ENT));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await (await fetch(file.url)).arrayBuffer());
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  expect(rows.find((row) => row[0] === beijingYear(env.now()))?.slice(0, 5)).toEqual([
    beijingYear(env.now()),
    3,
    1,
    3,
    0,
  ]);
  expect(
    docs('auditLog').some(
      (entry) => entry.action === 'export.workbook' && (entry.target as Doc).id === master.userId,
    ),
  ).toBe(true);
  // Off the team: no longer in the table.
  data(await put(ENT, false));
  expect(await team()).toBeUndefined();
});
