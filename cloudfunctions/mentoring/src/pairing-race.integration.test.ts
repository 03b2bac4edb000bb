// Pairing under real concurrency, through the built `mentoring` function: masters with one place left raced by
// acceptances and staff assignments at once end with exactly one new pair each and nobody over the limit; two
// masters of one trade accepting the same worker at once leave one pairing, and the loser's place is given back.
import { mentoringContract } from '../../../src/shared/contracts/mentoring';
import { localDb } from '../../../test-support/in-process';
import { CITY } from '../../../test-support/mentoring';
import { callerOf, data, startSeededCloud, type SeededCloud } from '../../../test-support/seeded-cloud';
import { addWorkers } from '../../../test-support/tenones';

jest.setTimeout(240_000);
let env: SeededCloud;
beforeAll(async () => {
  env = await startSeededCloud();
}, 60_000);
afterAll(() => env.close());

const mentoring = callerOf(mentoringContract, () => env);
const reason = '测试并发结对';

async function designate(userId: string, limit: number, trade: 'fitter' | 'welder' = 'fitter') {
  return data(
    await mentoring('designateMaster', { userId, trade, level: 'technician', basis: 'skilled', limit, reason }, CITY),
  );
}

async function stored(collection: string, where: Record<string, unknown>) {
  const { data: docs } = (await localDb(env.cloud).collection(collection).where(where).limit(1000).get()) as {
    data: Array<Record<string, unknown>>;
  };
  return docs;
}

it('gives each of 20 masters with one place left exactly one of 5 acceptances and 5 assignments raced at once', async () => {
  const masters = await addWorkers(env, 'race-master', 20);
  const workers = await addWorkers(env, 'race-worker', 220);
  for (const [m, master] of masters.entries()) {
    await designate(master.userId, 2);
    // One place taken already: the race is for the last one.
    data(
      await mentoring('assignPair', { masterId: master.userId, apprenticeId: workers[m * 11]!.userId, reason }, CITY),
    );
  }
  const applicants = masters.flatMap((master, m) =>
    [1, 2, 3, 4, 5].map((k) => ({ master, worker: workers[m * 11 + k]! })),
  );
  const applications = await Promise.all(
    applicants.map(({ master, worker }) =>
      mentoring('applyToMaster', { masterId: master.userId, statement: '想跟师傅学钳工手艺' }, worker.openid),
    ),
  );
  const calls = masters.flatMap((master, m) => [
    ...[1, 2, 3, 4, 5].map((k) => {
      const app = data(applications[m * 5 + k - 1]!);
      return () => mentoring('decideApplication', { applicationId: app.applicationId, accept: true }, master.openid);
    }),
    ...[6, 7, 8, 9, 10].map(
      (k) => () =>
        mentoring('assignPair', { masterId: master.userId, apprenticeId: workers[m * 11 + k]!.userId, reason }, CITY),
    ),
  ]);
  // Shuffled so acceptances and assignments interleave differently for each master.
  const order = calls.map((call, i) => ({ call, key: (i * 7919) % calls.length }));
  order.sort((a, b) => a.key - b.key);
  const answers = await Promise.all(order.map(({ call }) => call()));

  expect(answers.filter((answer) => answer.ok)).toHaveLength(20);
  for (const answer of answers) {
    if (!answer.ok)
      expect(answer.error).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/名额已满/) });
  }
  for (const master of masters) {
    const [record] = await stored('masters', { _id: master.userId });
    expect(record).toMatchObject({ limit: 2, active: 2, free: 0 });
    expect(await stored('apprenticeships', { master: master.userId, state: 'active' })).toHaveLength(2);
    // No refused pairing outlives its refusal (its trade slot would stop the loser finding another master).
    expect(await stored('apprenticeships', { master: master.userId })).toHaveLength(2);
    expect(data(await mentoring('master', { masterId: master.userId }, master.openid))).toMatchObject({
      active: 2,
      hasPlace: false,
    });
  }
});

it('leaves one pairing when two masters of one trade accept the same worker at once', async () => {
  const masters = await addWorkers(env, 'twin-master', 10);
  const workers = await addWorkers(env, 'twin-worker', 5);
  for (const master of masters) await designate(master.userId, 5, 'welder');
  const races = workers.map(async (worker, w) => {
    const pair = [masters[w * 2]!, masters[w * 2 + 1]!];
    const apps = await Promise.all(
      pair.map((master) =>
        mentoring('applyToMaster', { masterId: master.userId, statement: '想学焊接技术' }, worker.openid),
      ),
    );
    const decisions = await Promise.all(
      pair.map((master, i) =>
        mentoring('decideApplication', { applicationId: data(apps[i]!).applicationId, accept: true }, master.openid),
      ),
    );
    return { worker, pair, decisions };
  });
  for (const { worker, pair, decisions } of await Promise.all(races)) {
    expect(decisions.filter((answer) => answer.ok)).toHaveLength(1);
    const lost = decisions.find((answer) => !answer.ok)!;
    expect(lost.ok ? null : lost.error).toMatchObject({ code: 'CONFLICT', field: 'applicationId' });
    expect(await stored('apprenticeships', { apprentice: worker.userId, state: 'active' })).toHaveLength(1);
    // The losing master's place was given back, and their application still waits for a decision.
    const records = await Promise.all(pair.map((master) => stored('masters', { _id: master.userId })));
    expect(records.map(([record]) => record!.active).sort()).toEqual([0, 1]);
    const loser = pair[decisions.findIndex((answer) => !answer.ok)]!;
    const mine = data(await mentoring('myMentoring', {}, loser.openid));
    expect(mine.received.map((app) => app.applicantId)).toEqual([worker.userId]);
  }
});
