// `npm run reset`: deletes the local cloud's data (database, stored files, seed marker) so the next `npm start`
// begins from fresh demo data. Refuses while `npm start` is running on the same folder.
import { dataDir, resetDataDir } from './local-data';

const dir = dataDir();
const result = resetDataDir(dir);
if (result.runningPid !== undefined) {
  console.error(`The local cloud (pid ${result.runningPid}) is using ${dir}: stop it with Ctrl-C first.`);
  process.exit(1);
}
console.log(
  result.removed ? `Removed ${dir}. The next npm start seeds fresh demo data.` : `Nothing to remove at ${dir}.`,
);
