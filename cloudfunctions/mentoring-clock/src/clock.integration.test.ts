// The mentoring clock (`mentoring-clock`, its timer fired on demand here) across the Beijing New Year: moving the
// cloud's clock from 31 December 23:59 to 1 January 00:01 and firing the timer credits item 6 of the new year once,
// for active pairs only (a dissolved or graduated pair gets nothing), also when the timer runs twice. A client that
// calls the timer is refused.
import { activityContract } from '../../../src/shared/contracts/activity';
import { mentoringContract } from '../../../src/shared/contracts/mentoring';
import { localDb } from '../../../test-support/in-process';
import { CITY } from '../../../test-support/mentoring';
import { callerOf, data, startSeededCloud, type SeededCloud } from '../../../test-support/seeded-cloud';
import { addWorkers } from '../../../test-support/tenones';

jest.setTimeout(120_000);
const YEAR = 2026;
let env: SeededCloud;
beforeAll(async () => {
  // Seeded well before midnight (the clock keeps running); the pairs are made at 23:59.
  env = await startSeededCloud({ at: `${YEAR}-12-31T23:30:00+08:00` });
}, 60_000);
afterAll(() => env.close());

const mentoring = callerOf(mentoringContract, () => env);
const activity = callerOf(activityContract, () => env);
const tick = () => env.cloud.timers.fire('mentoring-clock', 'everyTenMinutes') as Promise<Record<string, number>>;
const reason = '经工会研究指定';

async function pair(prefix: string) {
  const [master, apprentice] = await addWorkers(env, prefix, 2);
  data(
    await mentoring(
      'designateMaster',
      { userId: master!.userId, trade: 'fitter', level: 'technician', basis: 'skilled', reason },
      CITY,
    ),
  );
  const made = data(
    await mentoring('assignPair', { masterId: master!.userId, apprenticeId: apprentice!.userId, reason }, CITY),
  );
  return { master: master!, apprentice: apprentice!, id: made.apprenticeshipId };
}

const itemSix = async (openid: string, year: number) =>
  data(await activity('myYear', { year }, openid)).items.find((i) => i.item === 6)!.done;

it('credits the new year’s item 6 once at 00:00 on 1 January, for active pairs only, however often it runs', async () => {
  env.cloud.clock.set(new Date(`${YEAR}-12-31T23:59:00+08:00`).getTime());
  const active = await pair('ny-active');
  const dissolved = await pair('ny-dissolved');
  const graduated = await pair('ny-graduated');
  data(await mentoring('dissolvePair', { apprenticeshipId: dissolved.id, reason: '双方协商解除' }, CITY));
  data(
    await mentoring(
      'proposeAgreement',
      {
        apprenticeshipId: graduated.id,
        goals: [{ goalId: 'goal-0001', text: '独立完成装配', targetDate: `${YEAR + 1}-06-30` }],
        term: { start: `${YEAR}-12-31`, end: `${YEAR + 1}-12-30` },
        cadence: { checkEveryMonths: 1, reviewEveryMonths: 3 },
      },
      graduated.master.openid,
    ),
  );
  data(
    await mentoring('confirmAgreement', { apprenticeshipId: graduated.id, version: 1 }, graduated.apprentice.openid),
  );
  data(
    await mentoring(
      'graduate',
      { apprenticeshipId: graduated.id, grade: 'excellent', comment: '提前出师' },
      graduated.master.openid,
    ),
  );
  // Still the old year: every active pair was credited when it formed, so nothing changes.
  expect((await tick()).credited).toBe(0);
  expect(await itemSix(active.apprentice.openid, YEAR)).toBe(true);
  expect(await itemSix(graduated.apprentice.openid, YEAR)).toBe(true);
  expect(await itemSix(dissolved.apprentice.openid, YEAR)).toBe(false);

  env.cloud.clock.set(new Date(`${YEAR + 1}-01-01T00:01:00+08:00`).getTime());
  const activePairs = (
    (await localDb(env.cloud).collection('apprenticeships').where({ state: 'active' }).count()) as { total: number }
  ).total;
  const both = await Promise.all([tick(), tick()]);
  expect(both.reduce((sum, run) => sum + (run.credited ?? 0), 0)).toBe(activePairs);
  expect((await tick()).credited).toBe(0);
  expect(await itemSix(active.apprentice.openid, YEAR + 1)).toBe(true);
  expect(await itemSix(graduated.apprentice.openid, YEAR + 1)).toBe(false);
  expect(await itemSix(dissolved.apprentice.openid, YEAR + 1)).toBe(false);
  const credits = (await localDb(env.cloud)
    .collection('credits')
    .where({ person: active.apprentice.userId, year: YEAR + 1, item: 6 })
    .get()) as { data: Array<{ revoked: unknown }> };
  expect(credits.data).toEqual([expect.objectContaining({ revoked: null })]);
  // The apprentice's year summary counts it once.
  const summary = (await localDb(env.cloud)
    .collection('creditYears')
    .doc(`${active.apprentice.userId}.${YEAR + 1}`)
    .get()) as { data: Array<{ items: Record<string, number> }> };
  expect(Object.values(summary.data[0]!.items)).toEqual([1]);
});

it('refuses a client that calls it by name with a timer-shaped event', async () => {
  const forged = await fetch(`${env.cloud.url}/fn/mentoring-clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wx-openid': CITY },
    body: JSON.stringify({ Type: 'Timer', TriggerName: 'everyTenMinutes', Time: env.now().toISOString() }),
  });
  expect(forged.status).not.toBe(200);
});
