// `npm run cloud:exec` as a CI step would use it: a command runs against a live local cloud (here with the demo
// data), reaches both the database through the unmodified SDK and a function through the gateway, and its exit
// status is the script's; the cloud and its data folder are gone afterwards.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
jest.setTimeout(180_000);

const script = `
process.env.TENCENTCLOUD = 'true';
const tcb = require('@cloudbase/node-sdk');
const app = tcb.init({ env: process.env.TCB_ENV, secretId: 'x', secretKey: 'y', serviceUrl: process.env.JX_CLOUD_SERVICE_URL });
(async () => {
  const { total } = await app.database().collection('masters').count();
  const answer = await fetch(process.env.JX_CLOUD_URL + '/fn/mentoring', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wx-openid': 'persona-worker' },
    body: JSON.stringify({ action: 'findMasters', input: { trade: 'fitter' } }),
  });
  const found = await answer.json();
  console.log(JSON.stringify({ total, ok: found.ok, rows: found.ok ? found.data.rows.length : 0 }));
  process.exit(total > 0 && found.ok ? 42 : 1);
})();
`;

const execDirs = () =>
  existsSync(path.join(root, '.data'))
    ? readdirSync(path.join(root, '.data')).filter((name) => name.startsWith('exec-'))
    : [];

it('runs a command against a seeded local cloud and exits with its status, leaving nothing behind', () => {
  const before = execDirs();
  const run = spawnSync('npx', ['tsx', 'scripts/cloud-exec.ts', '--seed', process.execPath, '-e', script], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(run.status).toBe(42);
  const line = run.stdout.split('\n').find((text) => text.startsWith('{'));
  expect(JSON.parse(line!)).toMatchObject({ ok: true });
  expect(JSON.parse(line!).total).toBeGreaterThan(0);
  expect(execDirs()).toEqual(before);
});

it('passes a failing command’s status through', () => {
  const run = spawnSync('npx', ['tsx', 'scripts/cloud-exec.ts', process.execPath, '-e', 'process.exit(3)'], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(run.status).toBe(3);
});
