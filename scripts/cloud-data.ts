// `npm run cloud:export -- <dir>` and `npm run cloud:import -- <dir>`: the local cloud's data folder (JX_DATA_DIR,
// default .data/local-cloud) written out as collections, indexes and files (cloudbase-local's exportDataFolder),
// and loaded back into an empty one (importDataFolder). Both refuse while a server uses the folder. The folder's
// local function secrets travel with the data: the personal data in it is encrypted with them.
import { copyFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { exportDataFolder, importDataFolder } from 'cloudbase-local';
import { systemClock } from '../server/kit/clock';
import { dataDir, markSeeded, projectCollections, runningServer } from './local-data';

const SECRETS = 'function-secrets.json';

/** Writes `dir`'s data into `outDir`, its local function secrets beside it. */
export function exportData(dir: string, outDir: string, at: Date) {
  const manifest = exportDataFolder(dir, outDir, projectCollections(), at);
  if (existsSync(path.join(dir, SECRETS))) copyFileSync(path.join(dir, SECRETS), path.join(outDir, SECRETS));
  return manifest;
}

/** Loads an export into the empty `dir`, with its secrets, and marks it seeded so no demo data is added. */
export function importData(fromDir: string, dir: string, at: Date) {
  const manifest = importDataFolder(fromDir, dir, projectCollections());
  if (existsSync(path.join(fromDir, SECRETS))) copyFileSync(path.join(fromDir, SECRETS), path.join(dir, SECRETS));
  markSeeded(dir, { at: at.toISOString(), importedFrom: path.resolve(fromDir), exportedAt: manifest.exportedAt });
  return manifest;
}

function main(): number {
  const [command, target] = process.argv.slice(2);
  if ((command !== 'export' && command !== 'import') || !target) {
    console.error('usage: npm run cloud:export -- <dir>   |   npm run cloud:import -- <dir>');
    return 2;
  }
  const dir = dataDir();
  const pid = runningServer(dir);
  if (pid !== undefined) {
    console.error(`A local cloud (pid ${pid}) is using ${dir}: stop it first.`);
    return 1;
  }
  // The machine's time only labels the export; nothing in the data depends on it.
  const at = systemClock();
  if (command === 'export') {
    const manifest = exportData(dir, path.resolve(target), at);
    const total = Object.values(manifest.collections).reduce((sum, count) => sum + count, 0);
    console.log(
      `Exported ${total} documents in ${Object.keys(manifest.collections).length} collections to ${target}`,
    );
  } else {
    if (!existsSync(path.join(target, 'manifest.json'))) {
      console.error(`${target} holds no export (manifest.json is missing).`);
      return 1;
    }
    const manifest = importData(path.resolve(target), dir, at);
    console.log(`Imported ${target} (exported ${manifest.exportedAt}) into ${dir}`);
  }
  return 0;
}

if (require.main === module) {
  try {
    process.exit(main());
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
