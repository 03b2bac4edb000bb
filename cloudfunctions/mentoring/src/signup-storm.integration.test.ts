// The sign-up burst (issue 15): 300 workers sign up at once for a lecture of 40 places through the gateway, about
// one in ten sending the same request twice while the first is in flight. Afterwards exactly 40 hold a place, the
// other 260 wait in positions 1–260 with no gap, a sign-up that finished before another began holds the earlier
// ticket, and nobody has two sign-ups; five withdrawals at once promote exactly the next five waiting.
import { mentoringContract } from '../../../src/shared/contracts/mentoring';
import { callerOf, data, startSeededCloud, type SeededCloud } from '../../../test-support/seeded-cloud';
import { freshMaster, lectureFields } from '../../../test-support/sessions';
import { addWorkers } from '../../../test-support/tenones';
import {
  bookingBurst,
  expectBookedInOrder,
  expectPositionsShown,
  type Doc,
} from '../../../test-support/booking-storm';

jest.setTimeout(300_000);

const WORKERS = 300;
const CAPACITY = 40;

let env: SeededCloud;
beforeAll(async () => {
  env = await startSeededCloud();
}, 60_000);
afterAll(() => env.close());

const mentoring = callerOf(mentoringContract, () => env);
const docs = (name: string) => [...env.cloud.database.store.collection(name).docs.values()] as Doc[];

it('holds the places exactly with a gapless waitlist in arrival order, and promotes exactly the next', async () => {
  const master = await freshMaster(env, 'storm-master');
  const { sessionId } = data(
    await mentoring('postSession', { session: lectureFields(env, { capacity: CAPACITY }) }, master.openid),
  );
  const workers = await addWorkers(env, 'storm-signup', WORKERS);
  const burst = await bookingBurst(env, {
    fn: 'mentoring',
    action: 'signUpSession',
    input: { sessionId },
    workers,
    twice: (i) => i % 10 === 7,
  });
  const signups = docs('mentorSignups').filter((signup) => signup.session === sessionId);
  const { held, waiting } = expectBookedInOrder(signups, workers, burst.calls, CAPACITY);
  const slot = docs('bookingSlots').find((doc) => doc._id === `session.${sessionId}`)!;
  expect(slot).toMatchObject({ free: 0, waiting: WORKERS - CAPACITY });
  // The positions workers are shown: 1–260, no gap, in ticket order.
  await expectPositionsShown(burst, { fn: 'mentoring', action: 'session', input: { sessionId } }, waiting, workers);

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
