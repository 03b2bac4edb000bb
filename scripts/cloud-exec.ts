// `npm run cloud:exec -- [--seed] <command …>`: runs one command against a local cloud started for it on a free
// port, with a fresh data folder (the demo data written first with --seed), and exits with the command's status.
// The command finds the cloud through JX_CLOUD_URL and JX_CLOUD_SERVICE_URL (cloudbase-local's exec mode), e.g.
//   npm run cloud:exec -- --seed node -e "…tcb.init({ …, serviceUrl: process.env.JX_CLOUD_SERVICE_URL })…"
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { demoSeeds } from '../database/seed';
import { execAgainstLocalCloud } from 'cloudbase-local';
import { buildIfStale } from './build-if-stale';
import { functionSecrets, projectCloudOptions, repoRoot, seedOnce } from './local-data';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const seed = args[0] === '--seed';
  const command = seed ? args.slice(1) : args;
  if (command.length === 0) {
    console.error('usage: npm run cloud:exec -- [--seed] <command> [arguments…]');
    return 2;
  }
  // The functions must be current; the H5 app is served too, but a script rarely needs it rebuilt first.
  buildIfStale(['cloud functions']);
  mkdirSync(path.join(repoRoot, '.data'), { recursive: true });
  const dir = mkdtempSync(path.join(repoRoot, '.data', 'exec-'));
  try {
    const secrets = functionSecrets(dir);
    // The seed encrypts personal data with the same key the functions use.
    Object.assign(process.env, secrets);
    return await execAgainstLocalCloud(command, {
      ...projectCloudOptions(secrets),
      dataDir: dir,
      prepare: seed
        ? async (cloud) => {
            await seedOnce(dir, cloud.url, demoSeeds, cloud.clock.now());
          }
        : undefined,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
