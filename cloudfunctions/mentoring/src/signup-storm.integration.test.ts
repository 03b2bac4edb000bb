// The sign-up burst (issue 15): 300 workers sign up at once for a lecture of 40 places through the gateway, about
// one in ten sending the same request twice while the first is in flight. Afterwards exactly 40 hold a place, the
// other 260 wait in positions 1–260 with no gap, a sign-up that finished before another began holds the earlier
// ticket, and nobody has two sign-ups; five withdrawals at once promote exactly the next five waiting.
import { jsonPoster, runLoad } from '../../../bench/load';
import { mentoringContract } from '../../../src/shared/contracts/mentoring';
import { callerOf, data, startSeededCloud, type SeededCloud } from '../../../test-support/seeded-cloud';
import { freshMaster, lectureFields } from '../../../test-support/sessions';
import { addWorkers } from '../../../test-support/tenones';

jest.setTimeout(300_000);

const WORKERS = 300;
const CAPACITY = 40;
const CONCURRENCY = 100;

let env: SeededCloud;
beforeAll(async () => {
  env = await startSeededCloud();
}, 60_000);
afterAll(() => env.close());

const mentoring = callerOf(mentoringContract, () => env);
type Doc = Record<string, unknown>;
const docs = (name: string) => [...env.cloud.database.store.collection(name).docs.values()] as Doc[];

it('holds the places exactly with a gapless waitlist in arrival order, and promotes exactly the next', async () => {
  const master = await freshMaster(env, 'storm-master');
  const { sessionId } = data(
    await mentoring('postSession', { session: lectureFields(env, { capacity: CAPACITY }) }, master.openid),
  );
  const workers = await addWorkers(env, 'storm-signup', WORKERS);
  const sends = workers.flatMap((worker, i) => (i % 10 === 7 ? [worker, worker] : [worker]));
  const post = jsonPoster(env.cloud.url, CONCURRENCY);
  const calls: Array<{ openid: string; start: number; end: number; ok: boolean; failure?: string }> = [];
  await runLoad(sends.length, CONCURRENCY, async (i) => {
    const worker = sends[i]!;
    const start = performance.now();
    const answer = await post(
      '/fn/mentoring',
      { action: 'signUpSession', input: { sessionId } },
      { 'x-wx-openid': worker.openid },
    );
    const body = JSON.parse(answer.body) as { ok: boolean; error?: { message: string } };
    calls.push({ openid: worker.openid, start, end: performance.now(), ok: body.ok, failure: body.error?.message });
  });
  await env.cloud.gateway.journal.idle();
  expect(calls.filter((call) => !call.ok).map((call) => call.failure)).toEqual([]);

  const signups = docs('mentorSignups').filter((signup) => signup.session === sessionId);
  expect(signups).toHaveLength(WORKERS);
  expect(new Set(signups.map((signup) => signup.person)).size).toBe(WORKERS);
  const held = signups.filter((signup) => signup.place === 'held');
  const waiting = signups
    .filter((signup) => signup.place === 'waiting')
    .sort((a, b) => Number(a.ticket) - Number(b.ticket));
  expect(held).toHaveLength(CAPACITY);
  expect(held.every((signup) => signup.state === 'confirmed')).toBe(true);
  expect(waiting).toHaveLength(WORKERS - CAPACITY);
  expect(waiting.every((signup) => signup.state === 'waitlisted')).toBe(true);
  expect(new Set(signups.map((signup) => signup.ticket)).size).toBe(WORKERS);
  expect(Math.max(...held.map((signup) => Number(signup.ticket)))).toBeLessThan(Number(waiting[0]!.ticket));
  const slot = docs('bookingSlots').find((doc) => doc._id === `session.${sessionId}`)!;
  expect(slot).toMatchObject({ free: 0, waiting: WORKERS - CAPACITY });

  // Arrival order: whoever's first call finished before another worker's first call began holds the lower ticket.
  const ticketOf = new Map(signups.map((signup) => [signup.person, Number(signup.ticket)]));
  const userOf = new Map(workers.map((worker) => [worker.openid, worker.userId]));
  const firstEnd = new Map<string, number>();
  const firstStart = new Map<string, number>();
  for (const call of calls) {
    firstEnd.set(call.openid, Math.min(firstEnd.get(call.openid) ?? Infinity, call.end));
    firstStart.set(call.openid, Math.min(firstStart.get(call.openid) ?? Infinity, call.start));
  }
  let compared = 0;
  const disorder: string[] = [];
  const ticket = (openid: string) => ticketOf.get(userOf.get(openid)!)!;
  for (const [a, endA] of firstEnd) {
    for (const [b, startB] of firstStart) {
      if (a === b || endA >= startB) continue;
      compared += 1;
      if (ticket(a) > ticket(b)) disorder.push(`${a} before ${b}`);
    }
  }
  expect(compared).toBeGreaterThan(0);
  expect(disorder).toEqual([]);

  // The positions workers are shown: 1–260, no gap, in ticket order.
  const shown: number[] = [];
  await runLoad(waiting.length, CONCURRENCY, async (i) => {
    const openid = workers.find((worker) => worker.userId === waiting[i]!.person)!.openid;
    const answer = await post(
      '/fn/mentoring',
      { action: 'session', input: { sessionId } },
      { 'x-wx-openid': openid },
    );
    shown[i] = (JSON.parse(answer.body) as { data: { mine: { position: number } } }).data.mine.position;
  });
  expect(shown).toEqual(waiting.map((_, i) => i + 1));

  // Five withdrawals at once promote exactly the next five waiting, each once.
  const leaving = held.slice(0, 5).map((signup) => workers.find((worker) => worker.userId === signup.person)!);
  await Promise.all(leaving.map((worker) => mentoring('withdrawSession', { sessionId }, worker.openid)));
  const after = docs('mentorSignups').filter((signup) => signup.session === sessionId);
  const nextFive = new Set(waiting.slice(0, 5).map((signup) => signup._id));
  expect(after.filter((signup) => nextFive.has(signup._id)).every((signup) => signup.state === 'confirmed')).toBe(
    true,
  );
  expect(after.filter((signup) => signup.place === 'held')).toHaveLength(CAPACITY);
  expect(after.filter((signup) => signup.place === 'waiting')).toHaveLength(WORKERS - CAPACITY - 5);
});
