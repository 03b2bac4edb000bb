// The registration storm (issue 14): 1,000 workers register at once for a contest of 100 places through the
// gateway, with about one in ten requests sent again while the first is still in flight (a flaky network, a second
// tap). Afterwards exactly 100 places are taken, the other 900 wait in positions 1–900 with no gap, a registration
// that finished before another began holds the earlier ticket, nobody has two entries; 10 cancellations promote
// exactly the next 10 waiting; and the 十个一 credits are exactly the confirmed entries.
import { contestContract } from '../src/shared/contracts/contest';
import { contestFields } from '../test-support/contests';
import { callerOf, data, startSeededCloud, type SeededCloud } from '../test-support/seeded-cloud';
import { addWorkers } from '../test-support/tenones';
import { bookingBurst, expectBookedInOrder, expectPositionsShown, type Doc } from '../test-support/booking-storm';

jest.setTimeout(600_000);

const WORKERS = 1000;
const CAPACITY = 100;

let env: SeededCloud;
beforeAll(async () => {
  env = await startSeededCloud();
}, 60_000);
afterAll(() => env.close());

const contest = callerOf(contestContract, () => env);
const docs = (name: string) => [...env.cloud.database.store.collection(name).docs.values()] as Doc[];

it('keeps capacity exact, the waitlist in arrival order, and promotes exactly the next on cancellations', async () => {
  const made = data(
    await contest(
      'createContest',
      { orgId: 'org-city', contest: contestFields(env, { capacity: CAPACITY }) },
      'persona-city-staff',
    ),
  );
  const workers = await addWorkers(env, 'storm', WORKERS);
  const input = { contestId: made.contestId };
  const burst = await bookingBurst(env, {
    fn: 'contest',
    action: 'register',
    input: { ...input, answers: {} },
    workers,
    twice: (i) => i % 10 === 3,
  });
  console.log(
    `contest storm: ${burst.calls.length} registrations in ${Math.round(burst.ms)} ms, ${burst.perSecond}/s`,
  );

  const entries = docs('contestEntries').filter((entry) => entry.contestId === made.contestId);
  const { held, waiting, compared } = expectBookedInOrder(entries, workers, burst.calls, CAPACITY);
  expect(compared).toBeGreaterThan(WORKERS / 2);
  const slot = docs('bookingSlots').find((doc) => doc._id === `contest.${made.contestId}`)!;
  expect(slot).toMatchObject({ free: 0, waiting: WORKERS - CAPACITY });
  // The positions workers are shown: 1–900, no gap, in ticket order.
  await expectPositionsShown(burst, { fn: 'contest', action: 'contest', input }, waiting, workers);

  // Ten cancellations at once promote exactly the next ten waiting, each once.
  const leaving = held.slice(0, 10).map((entry) => workers.find((worker) => worker.userId === entry.person)!);
  await Promise.all(leaving.map((worker) => contest('cancelEntry', { contestId: made.contestId }, worker.openid)));
  const after = docs('contestEntries').filter((entry) => entry.contestId === made.contestId);
  const nextTen = new Set(waiting.slice(0, 10).map((entry) => entry._id));
  const promoted = after.filter((entry) => nextTen.has(entry._id));
  expect(promoted.every((entry) => entry.state === 'confirmed' && entry.place === 'held')).toBe(true);
  expect(after.filter((entry) => entry.place === 'held')).toHaveLength(CAPACITY);
  expect(after.filter((entry) => entry.place === 'waiting')).toHaveLength(WORKERS - CAPACITY - 10);

  // Credits: exactly the confirmed entries hold an unrevoked item 2 credit of this contest.
  const credited = docs('credits')
    .filter((credit) => (credit.source as Doc).id === made.contestId && credit.revoked === null)
    .map((credit) => credit.person)
    .sort();
  const confirmed = after
    .filter((entry) => entry.state === 'confirmed')
    .map((entry) => entry.person)
    .sort();
  expect(credited).toEqual(confirmed);
});
