// A booking burst and what must hold after it, for the shared booking module's users (contest registration, session
// sign-up): every worker's request sent through the gateway at once, about one in ten sent again while the first is
// in flight (a flaky network, a second tap); afterwards exactly `capacity` hold a place, the rest wait with distinct
// tickets behind every holder, in arrival order, and each is shown their position 1…n with no gap.
import { jsonPoster, runLoad } from '../bench/load';
import type { SeededCloud } from './seeded-cloud';

export type Doc = Record<string, unknown>;

export interface Worker {
  openid: string;
  userId: string;
}

export interface BurstCall {
  openid: string;
  start: number;
  end: number;
  ok: boolean;
  failure?: string;
}

export interface Burst {
  calls: BurstCall[];
  ms: number;
  perSecond: number;
  /** Posts one action of `fn` as `openid`, on the burst's pool of sockets. */
  post: (fn: string, action: string, input: unknown, openid: string) => Promise<unknown>;
}

/** Every worker's `action` on `fn`, and for the workers `twice` picks the same request again at once. */
export async function bookingBurst(
  env: SeededCloud,
  how: { fn: string; action: string; input: unknown; workers: Worker[]; twice: (i: number) => boolean },
  concurrency = 100,
): Promise<Burst> {
  const pool = jsonPoster(env.cloud.url, concurrency);
  const post = async (fn: string, action: string, input: unknown, openid: string) => {
    const answer = await pool(`/fn/${fn}`, { action, input }, { 'x-wx-openid': openid });
    return JSON.parse(answer.body) as unknown;
  };
  const sends = how.workers.flatMap((worker, i) => (how.twice(i) ? [worker, worker] : [worker]));
  const calls: BurstCall[] = [];
  const load = await runLoad(sends.length, concurrency, async (i) => {
    const worker = sends[i]!;
    const start = performance.now();
    const body = (await post(how.fn, how.action, how.input, worker.openid)) as {
      ok: boolean;
      error?: { message: string };
    };
    calls.push({ openid: worker.openid, start, end: performance.now(), ok: body.ok, failure: body.error?.message });
  });
  await env.cloud.gateway.journal.idle();
  expect(calls.filter((call) => !call.ok).map((call) => call.failure)).toEqual([]);
  return { calls, ms: load.ms, perSecond: load.perSecond, post };
}

/**
 * The bookings one burst stored (`person`, `place`, `state`, `ticket`): one per worker, exactly `capacity` held and
 * confirmed, the rest waitlisted with distinct tickets all behind the holders, and in arrival order — a booking whose
 * worker's first call finished before another worker's first call began holds the lower ticket. Answers the holders
 * and the waiting in ticket order, and how many pairs of workers the arrival order was compared on.
 */
export function expectBookedInOrder(bookings: Doc[], workers: Worker[], calls: BurstCall[], capacity: number) {
  expect(bookings).toHaveLength(workers.length);
  expect(new Set(bookings.map((booking) => booking.person)).size).toBe(workers.length);
  const byTicket = (a: Doc, b: Doc) => Number(a.ticket) - Number(b.ticket);
  const held = bookings.filter((booking) => booking.place === 'held').sort(byTicket);
  const waiting = bookings.filter((booking) => booking.place === 'waiting').sort(byTicket);
  expect(held).toHaveLength(capacity);
  expect(held.every((booking) => booking.state === 'confirmed')).toBe(true);
  expect(waiting).toHaveLength(workers.length - capacity);
  expect(waiting.every((booking) => booking.state === 'waitlisted')).toBe(true);
  expect(new Set(bookings.map((booking) => booking.ticket)).size).toBe(workers.length);
  expect(Number(held[held.length - 1]!.ticket)).toBeLessThan(Number(waiting[0]!.ticket));

  // Arrival order, swept in time: each worker is compared with every booking that had finished before any of their
  // calls began (a resend answers the stored booking, so a worker's first finished call is theirs).
  const ticketOf = new Map(bookings.map((booking) => [booking.person, Number(booking.ticket)]));
  const userOf = new Map(workers.map((worker) => [worker.openid, worker.userId]));
  const ticket = (openid: string) => ticketOf.get(userOf.get(openid)!)!;
  const firstEnd = new Map<string, number>();
  const firstStart = new Map<string, number>();
  for (const call of calls) {
    firstEnd.set(call.openid, Math.min(firstEnd.get(call.openid) ?? Infinity, call.end));
    firstStart.set(call.openid, Math.min(firstStart.get(call.openid) ?? Infinity, call.start));
  }
  const byEnd = [...firstEnd.entries()].sort((a, b) => a[1] - b[1]);
  const byStart = [...firstStart.entries()].sort((a, b) => a[1] - b[1]);
  let highestFinished = -1;
  let finished = 0;
  let compared = 0;
  const disorder: string[] = [];
  for (const [openid, began] of byStart) {
    while (finished < byEnd.length && byEnd[finished]![1] < began) {
      highestFinished = Math.max(highestFinished, ticket(byEnd[finished]![0]));
      finished += 1;
    }
    if (highestFinished < 0) continue;
    compared += 1;
    if (ticket(openid) < highestFinished) disorder.push(openid);
  }
  expect(compared).toBeGreaterThan(0);
  expect(disorder).toEqual([]);
  return { held, waiting, compared };
}

/** Each waiting worker's own view (`action` on `fn` answering `mine.position`) says 1…n in ticket order. */
export async function expectPositionsShown(
  burst: Burst,
  how: { fn: string; action: string; input: unknown },
  waiting: Doc[],
  workers: Worker[],
  concurrency = 100,
) {
  const openidOf = new Map(workers.map((worker) => [worker.userId, worker.openid]));
  const shown: number[] = [];
  const failures: string[] = [];
  await runLoad(waiting.length, concurrency, async (i) => {
    const body = (await burst.post(how.fn, how.action, how.input, openidOf.get(String(waiting[i]!.person))!)) as {
      ok: boolean;
      data?: { mine: { position: number } };
      error?: { code: string; message: string };
    };
    if (body.data) shown[i] = body.data.mine.position;
    else failures.push(`${body.error?.code}: ${body.error?.message}`);
  });
  expect(failures).toEqual([]);
  expect(shown).toEqual(waiting.map((_, i) => i + 1));
}
