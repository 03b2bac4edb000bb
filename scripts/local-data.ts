// The local cloud's data folder: where it is, whether a server is using it, and seeding it on first use.
import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { localAdminApp } from 'cloudbase-local/admin-app';
import { sendJson, type CollectionSpec, type ExtraRoute, type LocalCloudOptions } from 'cloudbase-local';
import { MESSAGE_PUSH_FUNCTION } from '../server/kit/message-push-function';
import type { Seed } from '../database/seed';
import { demoPersonas } from '../database/seed/people';
import { generateCheckInSecret } from '../server/check-in/check-in-codes';
import { generateKey } from '../server/people/personal-crypto';

export const repoRoot = path.resolve(__dirname, '..');

export function dataDir(): string {
  return path.resolve(process.env.JX_DATA_DIR ?? path.join(repoRoot, '.data', 'local-cloud'));
}

const pidFile = (dir: string) => path.join(dir, 'server.pid');
const seededFile = (dir: string) => path.join(dir, 'seeded.json');

/** The pid of a live server using `dir`, if any. */
export function runningServer(dir: string): number | undefined {
  if (!existsSync(pidFile(dir))) return undefined;
  const pid = Number(readFileSync(pidFile(dir), 'utf8'));
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0); // signal 0 only asks whether the process exists
    return pid;
  } catch {
    return undefined;
  }
}

export function claimDataDir(dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(pidFile(dir), String(process.pid));
}

export function releaseDataDir(dir: string): void {
  if (runningServer(dir) === process.pid) rmSync(pidFile(dir), { force: true });
}

/** Writes the demo data once per data folder; returns the names of the seeds it ran (none if seeded before). */
export async function seedOnce(dir: string, cloudUrl: string, seeds: Seed[], now: Date): Promise<string[]> {
  if (existsSync(seededFile(dir))) return [];
  const app = localAdminApp(cloudUrl);
  for (const seed of seeds) await seed.run({ app, now, dataDir: dir });
  // Written last: a seed that failed half way leaves no marker, and the message says to reset.
  writeFileSync(seededFile(dir), JSON.stringify({ at: now.toISOString(), seeds: seeds.map((s) => s.name) }, null, 2));
  return seeds.map((seed) => seed.name);
}

/** Marks `dir` as holding its data already (imported, say), so the first start writes no demo data into it. */
export function markSeeded(dir: string, info: Record<string, unknown>): void {
  writeFileSync(seededFile(dir), JSON.stringify(info, null, 2));
}

/** The collections and indexes this project declares (database/collections.json). */
export function projectCollections(): CollectionSpec[] {
  const file = path.join(repoRoot, 'database', 'collections.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { collections: CollectionSpec[] }).collections;
}

/** Deletes the data folder; refuses while a server is using it. */
export function resetDataDir(dir: string): { removed: boolean; runningPid?: number } {
  const pid = runningServer(dir);
  if (pid !== undefined) return { removed: false, runningPid: pid };
  if (!existsSync(dir)) return { removed: false };
  rmSync(dir, { recursive: true, force: true });
  return { removed: true };
}

/**
 * The functions' secrets for local runs (the personal-data key, the check-in codes' key), generated on the first
 * start into the data folder, which git ignores. Production sets them as function environment variables at deploy.
 * A data folder made before a secret existed gets the new one added; a kept secret is never replaced (the personal
 * data would become unreadable).
 */
export function functionSecrets(dir: string): Record<string, string> {
  const file = path.join(dir, 'function-secrets.json');
  const kept = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
  const secrets = { JX_PII_KEY: generateKey(), JX_CHECKIN_SECRET: generateCheckInSecret(), ...kept };
  if (Object.keys(secrets).length === Object.keys(kept).length) return kept;
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

/**
 * The subscribe templates' ids in the local cloud, whose WeChat stand-in takes any id (it checks the values by
 * their keywords' types). Production sets each as a function environment variable at deploy, with the ids of the
 * templates chosen in the WeChat console (订阅消息 → 我的模板), keywords as server/notify/senders.ts lists them.
 */
export const LOCAL_SUBSCRIBE_TEMPLATES: Record<string, string> = {
  JX_TMPL_NOMINATION_REVIEWED: 'local-tmpl-nomination-reviewed',
  JX_TMPL_OBJECTION_ANSWERED: 'local-tmpl-objection-answered',
  JX_TMPL_JOIN_DECIDED: 'local-tmpl-join-decided',
  JX_TMPL_SCORING_REMINDER: 'local-tmpl-scoring-reminder',
  JX_TMPL_RECORD_REVIEWED: 'local-tmpl-record-reviewed',
  JX_TMPL_CONTEST_ENTRY: 'local-tmpl-contest-entry',
  JX_TMPL_MENTORING: 'local-tmpl-mentoring',
};

/** `GET /_local/personas`: the seeded people the H5 build's persona switcher offers (never in the weapp build). */
export const personasRoute: ExtraRoute = (req, res, url) => {
  if (req.method !== 'GET' || url.pathname !== '/_local/personas') return false;
  sendJson(res, 200, { personas: demoPersonas });
  return true;
};

/** How this project's local cloud is configured, whatever starts it (`npm start`, `npm run cloud:exec`). */
export function projectCloudOptions(
  secrets: Record<string, string>,
): Pick<
  LocalCloudOptions,
  'configFile' | 'collectionsFile' | 'staticDir' | 'functionEnv' | 'routes' | 'messagePushFunction'
> {
  return {
    configFile: path.join(repoRoot, 'cloudbaserc.json'),
    collectionsFile: path.join(repoRoot, 'database', 'collections.json'),
    staticDir: path.join(repoRoot, 'dist', 'h5'),
    functionEnv: { ...LOCAL_SUBSCRIBE_TEMPLATES, ...secrets },
    routes: [personasRoute],
    // WeChat's asynchronous content verdicts go to the function configured for message push.
    messagePushFunction: MESSAGE_PUSH_FUNCTION,
  };
}
