// The contest clock (`contest-clock`, its timer fired on demand here) on a contest carried through its schedule by
// moving the cloud's clock: waitlisted entrants hear that registration closed, confirmed ones are reminded the day
// before, and after the day whoever did not check in is 缺考 with their item 2 credit revoked — each once, however
// often the timer runs. A client calling the timer is refused.
import { activityContract } from '../../../src/shared/contracts/activity';
import { contestContract } from '../../../src/shared/contracts/contest';
import { contestYearOf } from '../../../src/shared/contest/schedule';
import { contestFields } from '../../../test-support/contests';
import { callerOf, data, startSeededCloud, type SeededCloud } from '../../../test-support/seeded-cloud';
import { addWorkers } from '../../../test-support/tenones';
import { localDb } from '../../../test-support/in-process';

let env: SeededCloud;
beforeAll(async () => {
  env = await startSeededCloud();
}, 60_000);
afterAll(() => env.close());

const contest = callerOf(contestContract, () => env);
const activity = callerOf(activityContract, () => env);
const tick = () => env.cloud.timers.fire('contest-clock', 'everyTenMinutes') as Promise<Record<string, number>>;
const DAY = 86_400_000;
const messagesTo = (openid: string) =>
  [...env.cloud.database.store.collection('messages').docs.values()]
    .filter((m) => m.to === openid)
    .map((m) => String(m.title));

it('tells the waitlisted at closing, reminds the day before, and marks 缺考 after the day, each once', async () => {
  const fields = contestFields(env, { capacity: 1 });
  const made = data(await contest('createContest', { orgId: 'org-city', contest: fields }, 'persona-city-staff'));
  const [a, b] = await addWorkers(env, 'clock', 2);
  data(await contest('register', { contestId: made.contestId, answers: {} }, a!.openid));
  data(await contest('register', { contestId: made.contestId, answers: {} }, b!.openid));
  const year = contestYearOf(fields.schedule);
  const itemTwo = async () =>
    data(await activity('myYear', { year }, a!.openid)).items.find((i) => i.item === 2)!.done;
  expect(await itemTwo()).toBe(true);

  // Registration closed (two days on).
  env.cloud.clock.set(env.now().getTime() + 2 * DAY + 60_000);
  expect((await tick()).closing).toBe(1);
  expect((await tick()).closing).toBe(0);
  expect(messagesTo(b!.openid).filter((title) => title.includes('候补第1位'))).toHaveLength(1);

  // The day before the contest.
  env.cloud.clock.set(new Date(`${fields.schedule.day}T09:00:00+08:00`).getTime() - DAY);
  expect((await tick()).reminders).toBe(1);
  expect((await tick()).reminders).toBe(0);
  expect(messagesTo(a!.openid).filter((title) => title.includes('明天比赛'))).toHaveLength(1);

  // The morning after the contest day: A never checked in.
  env.cloud.clock.set(new Date(`${fields.schedule.day}T09:00:00+08:00`).getTime() + DAY);
  expect((await tick()).absent).toBe(1);
  expect((await tick()).absent).toBe(0);
  const mine = data(await contest('contest', { contestId: made.contestId }, a!.openid)).mine!;
  expect(mine).toMatchObject({ state: 'absent', reason: '比赛当天未签到' });
  expect(await itemTwo()).toBe(false);
});

it('refuses a client that calls it by name with a timer-shaped event: nothing is done', async () => {
  const made = data(
    await contest(
      'createContest',
      { orgId: 'org-city', contest: contestFields(env, { capacity: 1 }) },
      'persona-city-staff',
    ),
  );
  const [a, b] = await addWorkers(env, 'forged', 2);
  for (const worker of [a!, b!])
    data(await contest('register', { contestId: made.contestId, answers: {} }, worker.openid));
  env.cloud.clock.set(env.now().getTime() + 2 * DAY + 60_000);
  const forged = await fetch(`${env.cloud.url}/fn/contest-clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wx-openid': 'persona-city-staff' },
    body: JSON.stringify({ Type: 'Timer', TriggerName: 'everyTenMinutes', Time: env.now().toISOString() }),
  });
  expect(forged.status).not.toBe(200);
  expect(messagesTo(b!.openid)).toEqual([]);
  // The timer itself still does the job.
  expect((await tick()).closing).toBe(1);
});

it('settles a place a registration that died before its insert left taken, once the slot has been quiet', async () => {
  const made = data(
    await contest(
      'createContest',
      { orgId: 'org-city', contest: contestFields(env, { capacity: 2 }) },
      'persona-city-staff',
    ),
  );
  const [a, b] = await addWorkers(env, 'recount', 2);
  data(await contest('register', { contestId: made.contestId, answers: {} }, a!.openid));
  // A registration took the second place and died before storing its entry.
  const slots = localDb(env.cloud).collection('bookingSlots');
  await slots.doc(`contest.${made.contestId}`).update({ free: 0, seq: 2 });
  expect(data(await contest('register', { contestId: made.contestId, answers: {} }, b!.openid)).state).toBe(
    'waitlisted',
  );
  // While the slot is busy, nothing is repaired; once quiet, the place is given back and B promoted.
  expect((await tick()).slotsRecounted).toBe(0);
  env.cloud.clock.set(env.now().getTime() + 3 * 60_000);
  expect((await tick()).slotsRecounted).toBe(1);
  expect(data(await contest('contest', { contestId: made.contestId }, b!.openid)).mine!.state).toBe('confirmed');
  expect((await tick()).slotsRecounted).toBe(0);
});
