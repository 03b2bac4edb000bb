// The registration storm (issue 14): 1,000 workers register at once for a contest of 100 places through the
// gateway, with about one in ten requests sent again while the first is still in flight (a flaky network, a second
// tap). Afterwards exactly 100 places are taken, the other 900 wait in positions 1–900 with no gap, a registration
// that finished before another began holds the earlier ticket, nobody has two entries; 10 cancellations promote
// exactly the next 10 waiting; and the 十个一 credits are exactly the confirmed entries.
import { jsonPoster, runLoad } from '../bench/load';
import { contestContract } from '../src/shared/contracts/contest';
import { contestFields } from '../test-support/contests';
import { callerOf, data, startSeededCloud, type SeededCloud } from '../test-support/seeded-cloud';
import { addWorkers } from '../test-support/tenones';

jest.setTimeout(600_000);

const WORKERS = 1000;
const CAPACITY = 100;
const CONCURRENCY = 100;

let env: SeededCloud;
beforeAll(async () => {
  env = await startSeededCloud();
}, 60_000);
afterAll(() => env.close());

const contest = callerOf(contestContract, () => env);
type Doc = Record<string, unknown>;
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
  // Every worker's request, and for about one in ten the same request sent again at the same moment.
  const sends = workers.flatMap((worker, i) => (i % 10 === 3 ? [worker, worker] : [worker]));
  const post = jsonPoster(env.cloud.url, CONCURRENCY);
  const calls: Array<{ openid: string; start: number; end: number; ok: boolean; failure?: string }> = [];
  const load = await runLoad(sends.length, CONCURRENCY, async (i) => {
    const worker = sends[i]!;
    const start = performance.now();
    const answer = await post(
      '/fn/contest',
      { action: 'register', input: { contestId: made.contestId, answers: {} } },
      { 'x-wx-openid': worker.openid },
    );
    const body = JSON.parse(answer.body) as { ok: boolean; error?: { message: string } };
    calls.push({ openid: worker.openid, start, end: performance.now(), ok: body.ok, failure: body.error?.message });
  });
  await env.cloud.gateway.journal.idle();
  console.log(`contest storm: ${sends.length} registrations in ${Math.round(load.ms)} ms, ${load.perSecond}/s`);
  expect(calls.filter((call) => !call.ok).map((call) => call.failure)).toEqual([]);

  const entries = docs('contestEntries').filter((entry) => entry.contestId === made.contestId);
  // One entry per worker, whatever was sent twice.
  expect(entries).toHaveLength(WORKERS);
  expect(new Set(entries.map((entry) => entry.person)).size).toBe(WORKERS);
  const held = entries.filter((entry) => entry.place === 'held');
  const waiting = entries
    .filter((entry) => entry.place === 'waiting')
    .sort((a, b) => Number(a.ticket) - Number(b.ticket));
  expect(held).toHaveLength(CAPACITY);
  expect(held.every((entry) => entry.state === 'confirmed')).toBe(true);
  expect(waiting).toHaveLength(WORKERS - CAPACITY);
  expect(waiting.every((entry) => entry.state === 'waitlisted')).toBe(true);
  // Tickets are distinct, and every place holder came before every waiting worker.
  expect(new Set(entries.map((entry) => entry.ticket)).size).toBe(WORKERS);
  expect(Math.max(...held.map((entry) => Number(entry.ticket)))).toBeLessThan(Number(waiting[0]!.ticket));
  const slot = docs('bookingSlots').find((doc) => doc._id === `contest.${made.contestId}`)!;
  expect(slot).toMatchObject({ free: 0, waiting: WORKERS - CAPACITY });

  // Arrival order: a registration whose call finished before another's began holds the earlier ticket. Each
  // worker's first finished call is theirs (a resend answers the stored entry).
  const ticketOf = new Map(entries.map((entry) => [entry.person, Number(entry.ticket)]));
  const userOf = new Map(workers.map((worker) => [worker.openid, worker.userId]));
  const firstEnd = new Map<string, number>();
  const lastStart = new Map<string, number>();
  for (const call of calls) {
    firstEnd.set(call.openid, Math.min(firstEnd.get(call.openid) ?? Infinity, call.end));
    lastStart.set(call.openid, Math.max(lastStart.get(call.openid) ?? -Infinity, call.start));
  }
  // A worker's entry exists by the end of their first finished call; compare it with workers whose every call
  // began after that.
  const byEnd = [...firstEnd.entries()].sort((a, b) => a[1] - b[1]);
  const byStart = workers.map((worker) => worker.openid).sort((a, b) => lastStart.get(a)! - lastStart.get(b)!);
  let maxTicketFinished = -1;
  let e = 0;
  let disorder = 0;
  let compared = 0;
  for (const openid of byStart) {
    const began = [...calls]
      .filter((call) => call.openid === openid)
      .reduce((min, call) => Math.min(min, call.start), Infinity);
    while (e < byEnd.length && byEnd[e]![1] < began) {
      maxTicketFinished = Math.max(maxTicketFinished, ticketOf.get(userOf.get(byEnd[e]![0])!)!);
      e += 1;
    }
    if (maxTicketFinished >= 0) {
      compared += 1;
      if (ticketOf.get(userOf.get(openid)!)! < maxTicketFinished) disorder += 1;
    }
  }
  expect(compared).toBeGreaterThan(WORKERS / 2);
  expect(disorder).toBe(0);

  // The positions workers are shown: 1–900, no gap, in ticket order.
  const shown: number[] = [];
  await runLoad(waiting.length, CONCURRENCY, async (i) => {
    const openid = workers.find((worker) => worker.userId === waiting[i]!.person)!.openid;
    const answer = await post(
      '/fn/contest',
      { action: 'contest', input: { contestId: made.contestId } },
      { 'x-wx-openid': openid },
    );
    shown[i] = (JSON.parse(answer.body) as { data: { mine: { position: number } } }).data.mine.position;
  });
  expect(shown).toEqual(waiting.map((_, i) => i + 1));

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
