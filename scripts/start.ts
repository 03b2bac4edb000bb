// `npm start`: builds what is stale, then serves the local cloud and the H5 app on one port until Ctrl-C. The
// first start of a data folder writes the demo data. `--import <dir>` first loads an export (npm run cloud:export)
// into the data folder, which must be empty; `--export-on-exit <dir>` writes the data out when it stops.
import path from 'node:path';
import { demoSeeds } from '../database/seed';
import { startLocalCloud } from 'cloudbase-local';
import { systemClock } from '../server/kit/clock';
import { buildIfStale } from './build-if-stale';
import { exportData, importData } from './cloud-data';
import {
  claimDataDir,
  dataDir,
  functionSecrets,
  projectCloudOptions,
  releaseDataDir,
  runningServer,
  seedOnce,
} from './local-data';

/** The flags after `npm start --`. */
function startFlags(args: string[]): { importFrom?: string; exportTo?: string } {
  const flags: { importFrom?: string; exportTo?: string } = {};
  for (let i = 0; i < args.length; i++) {
    const value = args[i + 1];
    if ((args[i] === '--import' || args[i] === '--export-on-exit') && value) {
      if (args[i] === '--import') flags.importFrom = path.resolve(value);
      else flags.exportTo = path.resolve(value);
      i++;
    } else {
      console.error(`unknown argument ${args[i]}: npm start -- [--import <dir>] [--export-on-exit <dir>]`);
      process.exit(2);
    }
  }
  return flags;
}

async function main(): Promise<void> {
  const { importFrom, exportTo } = startFlags(process.argv.slice(2));
  const dir = dataDir();
  const other = runningServer(dir);
  if (other !== undefined) {
    console.error(`Another local cloud (pid ${other}) is already using ${dir}.`);
    process.exit(1);
  }
  buildIfStale();
  claimDataDir(dir);
  if (importFrom) {
    try {
      importData(importFrom, dir, systemClock());
    } catch (error) {
      releaseDataDir(dir);
      throw error;
    }
    console.log(`Imported ${importFrom} into ${dir}`);
  }
  const secrets = functionSecrets(dir);
  // The seed encrypts personal data with the same key the functions use.
  Object.assign(process.env, secrets);
  const port = Number(process.env.PORT ?? 8090);
  const cloud = await startLocalCloud({
    ...projectCloudOptions(secrets),
    dataDir: dir,
    port,
    log: (line) => console.log(line),
  });
  const stop = () => {
    void cloud.close().then(() => {
      if (exportTo) {
        exportData(dir, exportTo, cloud.clock.now());
        console.log(`Exported the data to ${exportTo}`);
      }
      releaseDataDir(dir);
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  try {
    const seeded = await seedOnce(dir, cloud.url, demoSeeds, cloud.clock.now());
    if (seeded.length > 0) console.log(`Seeded demo data: ${seeded.join(', ')}`);
  } catch (error) {
    console.error('Seeding the demo data failed; run `npm run reset` and start again.', error);
  }
  console.log(`
匠心 local cloud is up (data in ${dir})
  app:          ${cloud.url}/
  data browser: ${cloud.url}/_emulator/
Ctrl-C stops it; \`npm run reset\` deletes the data.
`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
