// A local cloud as `npm start` has it (the project's functions, collections and demo city), in memory, for
// integration tests that call the built functions over HTTP as a given WeChat user.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoSeeds } from '../database/seed';
import { startLocalCloud, type LocalCloud } from '../emulator/src';
import { personasRoute, seedOnce } from '../scripts/local-data';
import { generateKey } from '../server/people/personal-crypto';

export type Answer =
  { ok: true; data: any } | { ok: false; error: { code: string; message: string; field?: string } }; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface SeededCloud {
  cloud: LocalCloud;
  call(fn: string, action: string, input: unknown, openid: string, extra?: Record<string, unknown>): Promise<Answer>;
  close(): Promise<void>;
}

const root = path.resolve(__dirname, '..');

export async function startSeededCloud(
  options: {
    functionEnv?: Record<string, string>;
    seed?: boolean;
    /** durable storage here (default: memory) */ dataDir?: string;
    /** a web app to serve on the same port (e.g. dist/h5) */ staticDir?: string;
  } = {},
) {
  const secrets = { JX_PII_KEY: generateKey(), ...options.functionEnv };
  // Seeds encrypt with the same key the functions use.
  process.env.JX_PII_KEY = secrets.JX_PII_KEY;
  const cloud = await startLocalCloud({
    configFile: path.join(root, 'cloudbaserc.json'),
    collectionsFile: path.join(root, 'database', 'collections.json'),
    timers: 'manual',
    dataDir: options.dataDir,
    staticDir: options.staticDir,
    functionEnv: secrets,
    routes: [personasRoute],
  });
  if (options.seed !== false) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'jx-seed-'));
    await seedOnce(dir, cloud.url, demoSeeds);
    rmSync(dir, { recursive: true, force: true });
  }
  const seeded: SeededCloud = {
    cloud,
    async call(fn, action, input, openid, extra = {}) {
      const response = await fetch(`${cloud.url}/fn/${fn}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-wx-openid': openid },
        body: JSON.stringify({ action, input, ...extra }),
      });
      if (response.status !== 200)
        throw new Error(`${fn}.${action}: HTTP ${response.status} ${await response.text()}`);
      return (await response.json()) as Answer;
    },
    close: () => cloud.close(),
  };
  return seeded;
}

/** The data of a successful answer; a failure throws with its code and message (the test reads as intended). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function data(answer: Answer): any {
  if (!answer.ok) throw new Error(`expected success, got ${answer.error.code}: ${answer.error.message}`);
  return answer.data;
}

/** The error of a failed answer; a success throws. */
export function error(answer: Answer) {
  if (answer.ok) throw new Error(`expected a failure, got ${JSON.stringify(answer.data).slice(0, 200)}`);
  return answer.error;
}
