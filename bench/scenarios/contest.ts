// Contest registration through the gateway, and a worker's contest list at two sizes of the city.
//
// Registration: 1,000 workers register for a contest of 100 places (100 take a place, 900 join the waitlist), at
// 100 concurrent requests. A registration costs the caller's record (1 read; the guard skips their grants), one or
// two conditional steps on the contest's booking slot (one, once an instance has seen the slot full), and the
// entry's insert; a confirmed entry adds its 十个一 credit (about 3). The contest itself comes from a 5 s
// per-instance cache. contest.register_ops is the mean over every measured registration, places and waitlist alike.
//
// The list: one page of 陈晓东's contests with 100 and with 10,000 city contests stored. The page walks the
// contests' (orgId, day) index and stops at its 20 rows, so what it reads is the same at both sizes.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { jsonPoster, runLoad } from '../load';
import type { Invocation } from 'cloudbase-local';
import { newContestRecord } from '../../server/contest/editing';
import { contests } from '../../server/contest/records';
import { contestContract } from '../../src/shared/contracts/contest';
import { contestFields } from '../../test-support/contests';
import { localDb } from '../../test-support/in-process';
import { data, startSeededCloud, type SeededCloud } from '../../test-support/seeded-cloud';
import { addWorkers } from '../../test-support/tenones';
import { DEFAULT_CONCURRENCY, type Figure, type Scenario } from '../scenario';

const root = path.resolve(__dirname, '..', '..');
const WORKERS = 1000;
const CAPACITY = 100;

const round2 = (value: number) => Math.round(value * 100) / 100;
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

async function registerAll(env: SeededCloud, contestId: string, openids: string[]) {
  const post = jsonPoster(env.cloud.url, DEFAULT_CONCURRENCY);
  return runLoad(openids.length, DEFAULT_CONCURRENCY, async (i) => {
    const answer = await post(
      '/fn/contest',
      { action: 'register', input: { contestId, answers: {} } },
      { 'x-wx-openid': openids[i]! },
    );
    if (!(JSON.parse(answer.body) as { ok: boolean }).ok) throw new Error(`registration refused: ${answer.body}`);
  });
}

/** Stores city contests until there are `total` (their slots are not needed to list them). */
async function fillCity(env: SeededCloud, total: number, stored: number): Promise<number> {
  const db = localDb(env.cloud);
  const org = { _id: 'org-city', path: ['org-city'], name: '示范市总工会' };
  for (let n = stored; n < total; n += 500) {
    const batch = Array.from({ length: Math.min(500, total - n) }, () =>
      newContestRecord(org, contestFields(env, { title: `示范市技能竞赛第${n}批` }), {}, 'bench', env.now()),
    );
    await contests.of(db).add(batch);
  }
  return total;
}

/** One page of 陈晓东's list: the second of two calls (the first warms the instance). */
async function listPage(env: SeededCloud): Promise<{ ops: number; scanned: number }> {
  data(await env.call(contestContract, 'contests', {}, 'persona-worker'));
  data(await env.call(contestContract, 'contests', {}, 'persona-worker'));
  await env.cloud.gateway.journal.idle();
  const [record] = env.cloud.gateway.journal.recent(1);
  return { ops: record!.dbOps, scanned: record!.docsExamined };
}

export const contestScenario: Scenario = {
  name: 'contest',
  async run(earlier) {
    mkdirSync(path.join(root, '.data'), { recursive: true });
    const dir = mkdtempSync(path.join(root, '.data', 'bench-contest-'));
    const env = await startSeededCloud({ dataDir: dir });
    try {
      const staff = 'persona-city-staff';
      const create = async (capacity: number) =>
        data(
          await env.call(
            contestContract,
            'createContest',
            { orgId: 'org-city', contest: contestFields(env, { capacity }) },
            staff,
          ),
        );
      const workers = await addWorkers(env, 'bench-contest', WORKERS);
      const openids = workers.map((worker) => worker.openid);
      // Warm-up, discarded: every function instance loaded and every worker's record read once.
      await registerAll(env, (await create(CAPACITY)).contestId, openids);
      await env.cloud.gateway.journal.idle();

      const measured: Invocation[] = [];
      const stop = env.cloud.gateway.journal.onFinish((entry) => {
        if (entry.name === 'contest' && entry.action === 'register' && entry.outcome === 'ok') measured.push(entry);
      });
      const run = await registerAll(env, (await create(CAPACITY)).contestId, openids);
      await env.cloud.gateway.journal.idle();
      stop();
      if (measured.length !== WORKERS)
        throw new Error(`${measured.length} of ${WORKERS} registrations were recorded`);

      let stored = (await fillCity(env, 0, 0)) + 4; // the demo contests and the two above are stored already
      stored = await fillCity(env, 100, stored);
      const small = await listPage(env);
      await fillCity(env, 10_000, stored);
      const large = await listPage(env);

      const insertRate = earlier.find((figure) => figure.name === 'db.insert')?.value;
      const figures: Figure[] = [
        { name: 'contest.register_ops', value: round2(mean(measured.map((e) => e.dbOps))), unit: 'ops', decimals: 2 },
        { name: 'contest.register_ops_max', value: Math.max(...measured.map((e) => e.dbOps)), unit: 'ops' },
        {
          name: 'contest.register_scanned',
          value: round2(mean(measured.map((e) => e.docsExamined))),
          unit: 'docs',
          decimals: 2,
        },
        { name: 'contest.register_per_s', value: run.perSecond, unit: 'per_s' },
        { name: 'contest.list_100_ops', value: small.ops, unit: 'ops' },
        { name: 'contest.list_10k_ops', value: large.ops, unit: 'ops' },
        { name: 'contest.list_100_scanned', value: small.scanned, unit: 'docs' },
        { name: 'contest.list_10k_scanned', value: large.scanned, unit: 'docs' },
      ];
      if (insertRate) {
        figures.push({
          name: 'contest.register_rate',
          value: round2(run.perSecond / insertRate),
          unit: 'ratio',
          decimals: 2,
        });
      }
      return figures;
    } finally {
      await env.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
