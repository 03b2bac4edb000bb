// `npm start`: builds what is stale, then serves the local cloud and the H5 app on one port until Ctrl-C. The
// first start of a data folder writes the demo data.
import path from 'node:path';
import { demoSeeds } from '../database/seed';
import { startLocalCloud } from '../emulator/src';
import { MESSAGE_PUSH_FUNCTION } from '../server/kit/message-push-function';
import { buildIfStale } from './build-if-stale';
import {
  claimDataDir,
  dataDir,
  functionSecrets,
  LOCAL_SUBSCRIBE_TEMPLATES,
  personasRoute,
  releaseDataDir,
  repoRoot,
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
    configFile: path.join(repoRoot, 'cloudbaserc.json'),
    collectionsFile: path.join(repoRoot, 'database', 'collections.json'),
    dataDir: dir,
    staticDir: path.join(repoRoot, 'dist', 'h5'),
    port,
    functionEnv: { ...LOCAL_SUBSCRIBE_TEMPLATES, ...secrets },
    routes: [personasRoute],
    // WeChat's asynchronous content verdicts go to the function configured for message push.
    messagePushFunction: MESSAGE_PUSH_FUNCTION,
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
