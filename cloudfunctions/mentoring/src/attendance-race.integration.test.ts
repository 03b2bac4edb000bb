// Check-ins under real concurrency, through the built `mentoring` function: every attendee scanning twice at once is
// checked in once, counted once (the session, the master's year, people reached) and credited once; a cancellation
// racing the remaining check-ins leaves no item 5 credit active and nothing counted for the session.
import { mentoringContract } from '../../../src/shared/contracts/mentoring';
import { beijingYear } from '../../../src/shared/time/beijing';
import { callerOf, data, startSeededCloud, type SeededCloud } from '../../../test-support/seeded-cloud';
import { freshMaster, lectureFields } from '../../../test-support/sessions';
import { addWorkers } from '../../../test-support/tenones';

jest.setTimeout(180_000);
let env: SeededCloud;
beforeAll(async () => {
  env = await startSeededCloud();
}, 60_000);
afterAll(() => env.close());

const mentoring = callerOf(mentoringContract, () => env);
type Doc = Record<string, unknown>;
const docs = (name: string) => [...env.cloud.database.store.collection(name).docs.values()] as Doc[];

it('counts racing scans once, and a cancellation racing check-ins leaves nothing granted', async () => {
  const master = await freshMaster(env, 'race-checkin-master');
  const workers = await addWorkers(env, 'race-checkin', 30);
  const { sessionId } = data(
    await mentoring('postSession', { session: lectureFields(env, { capacity: 30 }, 0.25) }, master.openid),
  );
  for (const worker of workers) data(await mentoring('signUpSession', { sessionId }, worker.openid));
  const token = async () => data(await mentoring('sessionCheckInCode', { sessionId }, master.openid)).token;
  const scan = (openid: string, code: string) => mentoring('checkInSession', { sessionId, token: code }, openid);

  const first = workers.slice(0, 15);
  const code = await token();
  const answers = await Promise.all(
    first.flatMap((worker) => [scan(worker.openid, code), scan(worker.openid, code)]),
  );
  expect(answers.filter((answer) => !answer.ok)).toEqual([]);
  const credits = () => docs('credits').filter((credit) => (credit.source as Doc).id === sessionId);
  expect(credits()).toHaveLength(15);
  const year = docs('masterYears').find((doc) => doc._id === `${master.userId}.${beijingYear(env.now())}`)!;
  expect(year).toMatchObject({ given: 1, reached: 15 });
  expect((year.lectures as unknown[]).length).toBe(1);
  expect(docs('mentorSessions').find((doc) => doc._id === sessionId)).toMatchObject({ checkedIn: 15 });

  // The rest scan while the master cancels.
  const late = await token();
  await Promise.all([
    ...workers.slice(15).map((worker) => scan(worker.openid, late)),
    mentoring('cancelSession', { sessionId, reason: '突发停电' }, master.openid),
  ]);
  expect(credits().filter((credit) => credit.revoked === null)).toEqual([]);
  const after = docs('masterYears').find((doc) => doc._id === `${master.userId}.${beijingYear(env.now())}`)!;
  expect(after).toMatchObject({ given: 0, lectures: [] });
  expect(docs('mentorSignups').filter((signup) => signup.session === sessionId && signup.place !== 'out')).toEqual(
    [],
  );
});
