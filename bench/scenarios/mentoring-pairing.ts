// Accepting an apprentice through the gateway: 200 masters each accept one waiting application, 50 at once, and the
// database operations of each acceptance are counted by the local cloud's journal.
//
// An acceptance costs the application decided in one step that returns it (matched on the master's openid, so the
// caller's record is not read), the two writes that form the pair (the pair holding the apprentice's trade slot, the
// place on the master's record), and the applicant's notice (the attempt to spend a subscribe acceptance, then the
// in-app message): five, and the apprentice's 十个一 item-6 credit adds the credit module's own three (the credit,
// the year summary, the organisations' counters; more when a counter of the year is new). `accept_pairing_ops` and
// `accept_credit_ops` print the two shares apart: the whole cannot reach 5 while the credit's counters and the notice
// are written in the request (pairing 3 + credit ≥ 2 + notice ≥ 1), so the pairing's own share is the one to hold at 5.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Invocation } from 'cloudbase-local';
import { mentoringContract } from '../../src/shared/contracts/mentoring';
import { callerOf, data, startSeededCloud } from '../../test-support/seeded-cloud';
import { addWorkers } from '../../test-support/tenones';
import type { Scenario } from '../scenario';

const root = path.resolve(__dirname, '..', '..');
const MASTERS = 200;
const CONCURRENCY = 50;

/** The credit module's collections (server/credits/records.ts). */
const CREDIT_COLLECTIONS = new Set(['credits', 'creditYears', 'creditTallies']);

const round2 = (value: number) => Math.round(value * 100) / 100;
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

export const mentoringPairingScenario: Scenario = {
  name: 'mentoring',
  async run() {
    mkdirSync(path.join(root, '.data'), { recursive: true });
    const dir = mkdtempSync(path.join(root, '.data', 'bench-mentoring-'));
    const env = await startSeededCloud({ dataDir: dir });
    try {
      const mentoring = callerOf(mentoringContract, () => env);
      const masters = await addWorkers(env, 'bench-master', MASTERS);
      const workers = await addWorkers(env, 'bench-apprentice', MASTERS);
      for (const master of masters) {
        data(
          await mentoring(
            'designateMaster',
            {
              userId: master.userId,
              trade: 'fitter',
              level: 'technician',
              basis: 'skilled',
              limit: 5,
              reason: '基准测试',
            },
            'persona-city-staff',
          ),
        );
      }
      const applications = [];
      for (const [i, worker] of workers.entries()) {
        const statement = '想跟师傅学习钳工技术';
        applications.push(
          data(await mentoring('applyToMaster', { masterId: masters[i]!.userId, statement }, worker.openid)),
        );
      }
      await env.cloud.gateway.journal.idle();
      const measured: Invocation[] = [];
      const stop = env.cloud.gateway.journal.onFinish((entry) => {
        if (entry.name === 'mentoring' && entry.action === 'decideApplication' && entry.outcome === 'ok') {
          measured.push(entry);
        }
      });
      for (let start = 0; start < MASTERS; start += CONCURRENCY) {
        await Promise.all(
          applications.slice(start, start + CONCURRENCY).map(async (app, offset) => {
            const master = masters[start + offset]!;
            data(
              await mentoring('decideApplication', { applicationId: app.applicationId, accept: true }, master.openid),
            );
          }),
        );
      }
      await env.cloud.gateway.journal.idle();
      stop();
      if (measured.length !== MASTERS) throw new Error(`${measured.length} of ${MASTERS} acceptances were recorded`);
      const ops = mean(measured.map((entry) => entry.dbOps));
      const creditOps = mean(
        measured.map((entry) => entry.ops.filter((op) => CREDIT_COLLECTIONS.has(op.collection ?? '')).length),
      );
      return [
        { name: 'mentoring.accept_ops', value: round2(ops), unit: 'ops', decimals: 2 },
        { name: 'mentoring.accept_pairing_ops', value: round2(ops - creditOps), unit: 'ops', decimals: 2 },
        { name: 'mentoring.accept_credit_ops', value: round2(creditOps), unit: 'ops', decimals: 2 },
        { name: 'mentoring.accept_ops_max', value: Math.max(...measured.map((entry) => entry.dbOps)), unit: 'ops' },
      ];
    } finally {
      await env.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
