// The code the function workers run. The packed package ships it prebuilt beside its bundle
// (dist/function-worker.js, see build.mjs); from the TypeScript source (under tsx or jest) it is bundled once per
// process here. Either way `new Worker` gets plain JavaScript and needs no TypeScript loader.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

let cached: string | undefined;

function bundle(entry: string): string {
  // esbuild is a development tool, loaded only when there is no prebuilt worker: the packed package does not
  // depend on it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildSync } = require('esbuild') as typeof import('esbuild');
  const result = buildSync({
    entryPoints: [entry],
    bundle: true,
    // Packages stay external and resolve from node_modules.
    packages: 'external',
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

export function workerSource(): string {
  if (cached === undefined) {
    const prebuilt = path.join(__dirname, 'function-worker.js');
    cached = existsSync(prebuilt)
      ? readFileSync(prebuilt, 'utf8')
      : bundle(path.join(__dirname, 'function-worker.ts'));
  }
  return cached;
}
