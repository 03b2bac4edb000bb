// Rebuilds an output only when a source it comes from is newer, so `npm start` is quick the second time.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const info = statSync(target);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(target)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

interface Output {
  label: string;
  /** A file the build writes last or always. */
  marker: string;
  sources: string[];
  command: string;
}

const outputs: Output[] = [
  {
    label: 'cloud functions',
    marker: 'cloudfunctions/health/index.js',
    sources: ['src/shared', 'server', 'cloudfunctions', 'package.json'],
    command: 'npm run --silent build:functions',
  },
  {
    label: 'H5 app',
    marker: 'dist/h5/index.html',
    sources: ['src', 'config', 'babel.config.js', 'package.json', '.env'],
    command: 'npm run --silent build:h5',
  },
];

export function buildIfStale(only?: string[]): void {
  for (const output of outputs) {
    if (only && !only.includes(output.label)) continue;
    const built = newestMtime(path.join(root, output.marker));
    const source = Math.max(...output.sources.map((s) => newestMtime(path.join(root, s))));
    if (built >= source) continue;
    console.log(`building ${output.label} …`);
    execSync(output.command, { cwd: root, stdio: 'inherit' });
  }
}
