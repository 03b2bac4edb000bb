// Mentoring sessions through the gateway: the sign-up path and a master's record at two sizes of their history.
//
// Sign-up: 300 workers sign up at once for a lecture of 100 places (100 take a place, 200 join the waitlist), at 100
// concurrent requests, after a discarded warm-up on another lecture. A sign-up costs the caller's record (1 read;
// the guard skips their grants), the session (1), one conditional step on its booking slot (two the first time an
// instance meets the slot full) and the sign-up's insert; the answer is built from what the step returned.
// mentoring.signup_ops is the mean over every measured sign-up, places and waitlist alike.
//
// The record: the documents masterRecord examines for a master with 10 and with 1,000 sessions given. The first 10
// are given through the function (posted, signed up for, checked in by the rotating code); the other 990 are stored
// as check-ins leave them (the session with `givenAt`, the year counter moved by the same module). The record reads
// the master, the person, the studio, the team entry and the year documents, so the two figures must be equal.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { jsonPoster, runLoad } from '../load';
import type { Invocation } from 'cloudbase-local';
import { countGiven } from '../../server/mentoring/master-years';
import { mentorSessions, type SessionRecord } from '../../server/mentoring/sessions';
import { mentoringContract } from '../../src/shared/contracts/mentoring';
import { newId } from '../../src/shared/ids';
import { beijingYear } from '../../src/shared/time/beijing';
import { localDb } from '../../test-support/in-process';
import { data, startSeededCloud, type SeededCloud } from '../../test-support/seeded-cloud';
import { freshMaster, lectureFields } from '../../test-support/sessions';
import { addWorkers } from '../../test-support/tenones';
import { DEFAULT_CONCURRENCY, type Figure, type Scenario } from '../scenario';

const root = path.resolve(__dirname, '..', '..');
const WORKERS = 300;
const CAPACITY = 100;

const round2 = (value: number) => Math.round(value * 100) / 100;
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

async function signUpAll(env: SeededCloud, sessionId: string, openids: string[]) {
  const post = jsonPoster(env.cloud.url, DEFAULT_CONCURRENCY);
  return runLoad(openids.length, DEFAULT_CONCURRENCY, async (i) => {
    const answer = await post(
      '/fn/mentoring',
      { action: 'signUpSession', input: { sessionId } },
      { 'x-wx-openid': openids[i]! },
    );
    if (!(JSON.parse(answer.body) as { ok: boolean }).ok) throw new Error(`sign-up refused: ${answer.body}`);
  });
}

/** Documents the second of two masterRecord calls examined (the first warms the instance). */
async function recordScanned(env: SeededCloud, masterId: string, reader: string): Promise<number> {
  data(await env.call(mentoringContract, 'masterRecord', { masterId }, reader));
  data(await env.call(mentoringContract, 'masterRecord', { masterId }, reader));
  await env.cloud.gateway.journal.idle();
  const [record] = env.cloud.gateway.journal.recent(1);
  return record!.docsExamined;
}

/** Ten sessions given through the function: posted, one sign-up each, checked in by the master's code. */
async function giveThroughFunction(env: SeededCloud, master: { openid: string }, attendee: { openid: string }) {
  for (let i = 0; i < 10; i++) {
    // Starting in ten minutes: check-in is open already.
    const fields = lectureFields(env, { title: `宣讲第${i + 1}场`, capacity: 5 }, 1 / 6);
    const { sessionId } = data(await env.call(mentoringContract, 'postSession', { session: fields }, master.openid));
    data(await env.call(mentoringContract, 'signUpSession', { sessionId }, attendee.openid));
    const { token } = data(await env.call(mentoringContract, 'sessionCheckInCode', { sessionId }, master.openid));
    data(await env.call(mentoringContract, 'checkInSession', { sessionId, token }, attendee.openid));
  }
}

/** `count` more sessions stored as given, with the year counter moved as a check-in moves it. */
async function storeGiven(env: SeededCloud, masterId: string, count: number) {
  const db = localDb(env.cloud);
  const now = env.now();
  const year = beijingYear(now);
  const template = (await mentorSessions.of(db).where({ master: masterId }).limit(1).get()).data[0] as SessionRecord;
  for (let n = 0; n < count; n += 500) {
    const batch = Array.from({ length: Math.min(500, count - n) }, () => ({
      ...template,
      _id: newId('ms'),
      givenAt: now,
    }));
    await mentorSessions.of(db).add(batch);
  }
  for (let n = 0; n < count; n++) await countGiven(db, masterId, year, 1);
}

export const mentoringScenario: Scenario = {
  name: 'mentoring',
  async run() {
    mkdirSync(path.join(root, '.data'), { recursive: true });
    const dir = mkdtempSync(path.join(root, '.data', 'bench-mentoring-'));
    const env = await startSeededCloud({ dataDir: dir });
    try {
      const master = await freshMaster(env, 'bench-master');
      const post = async () =>
        data(
          await env.call(
            mentoringContract,
            'postSession',
            { session: lectureFields(env, { capacity: CAPACITY }) },
            master.openid,
          ),
        ).sessionId;
      const workers = await addWorkers(env, 'bench-signup', WORKERS);
      const openids = workers.map((worker) => worker.openid);
      // Warm-up, discarded: every function instance loaded and every worker's record read once.
      await signUpAll(env, await post(), openids);
      await env.cloud.gateway.journal.idle();

      const measured: Invocation[] = [];
      const stop = env.cloud.gateway.journal.onFinish((entry) => {
        if (entry.name === 'mentoring' && entry.action === 'signUpSession' && entry.outcome === 'ok')
          measured.push(entry);
      });
      const run = await signUpAll(env, await post(), openids);
      await env.cloud.gateway.journal.idle();
      stop();
      if (measured.length !== WORKERS) throw new Error(`${measured.length} of ${WORKERS} sign-ups were recorded`);

      const giver = await freshMaster(env, 'bench-giver');
      await giveThroughFunction(env, giver, workers[0]!);
      const small = await recordScanned(env, giver.userId, workers[1]!.openid);
      await storeGiven(env, giver.userId, 990);
      const large = await recordScanned(env, giver.userId, workers[1]!.openid);
      const record = data(
        await env.call(mentoringContract, 'masterRecord', { masterId: giver.userId }, workers[1]!.openid),
      );
      if (record.years[0]!.sessionsGiven !== 1000)
        throw new Error(`the record says ${record.years[0]!.sessionsGiven} sessions given, not 1000`);

      const figures: Figure[] = [
        { name: 'mentoring.signup_ops', value: round2(mean(measured.map((e) => e.dbOps))), unit: 'ops', decimals: 2 },
        { name: 'mentoring.signup_ops_max', value: Math.max(...measured.map((e) => e.dbOps)), unit: 'ops' },
        { name: 'mentoring.signup_per_s', value: run.perSecond, unit: 'per_s' },
        { name: 'mentoring.record_10_scanned', value: small, unit: 'docs' },
        { name: 'mentoring.record_1k_scanned', value: large, unit: 'docs' },
      ];
      return figures;
    } finally {
      await env.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
