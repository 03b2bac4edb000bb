// `npm start`: builds what is stale, then serves the local cloud and the H5 app on one port until Ctrl-C.
import path from 'node:path';
import { startLocalCloud } from '../emulator/src';
import { buildIfStale } from './build-if-stale';

async function main(): Promise<void> {
  buildIfStale();
  const root = path.resolve(__dirname, '..');
  const port = Number(process.env.PORT ?? 8090);
  const server = await startLocalCloud({
    configFile: path.join(root, 'cloudbaserc.json'),
    collectionsFile: path.join(root, 'database', 'collections.json'),
    dataDir: process.env.JX_DATA_DIR ?? path.join(root, '.data', 'local-cloud'),
    staticDir: path.join(root, 'dist', 'h5'),
    port,
    log: (line) => console.log(line),
  });
  console.log(`\n匠心 local cloud is up: open ${server.url}/ in a browser (Ctrl-C stops it)\n`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
