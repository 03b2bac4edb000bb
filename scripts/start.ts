// `npm start`: builds what is stale, then serves the local cloud and the H5 app on one port until Ctrl-C. The
// first start of a data folder writes the demo data.
import { demoSeeds } from '../database/seed';
import { startLocalCloud } from '../emulator/src';
import { buildIfStale } from './build-if-stale';
import {
  claimDataDir,
  dataDir,
  functionSecrets,
  projectCloudOptions,
  releaseDataDir,
  runningServer,
  seedOnce,
} from './local-data';

async function main(): Promise<void> {
  const dir = dataDir();
  const other = runningServer(dir);
  if (other !== undefined) {
    console.error(`Another local cloud (pid ${other}) is already using ${dir}.`);
    process.exit(1);
  }
  buildIfStale();
  claimDataDir(dir);
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
    releaseDataDir(dir);
    void cloud.close().then(() => process.exit(0));
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
