// `npm pack` (prepack): the package as plain JavaScript in dist/, for Node 20 with no TypeScript loader.
//   dist/index.js            the library (startLocalCloud, execAgainstLocalCloud, exportDataFolder, …)
//   dist/cli.js              the `cloudbase-local` bin, which requires ./index.js
//   dist/admin-app.js        `cloudbase-local/admin-app`, the SDK as administrator (needs @cloudbase/node-sdk)
//   dist/function-worker.js  the function workers' code, read as source by functions/worker-source.ts, so esbuild
//                            is needed here only, not at run time
//   dist/types/              the declarations, for projects that use the library from TypeScript (tsconfig.build.json)
// Packages stay external: they are the package's dependencies (package.json), installed beside it.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
const dist = path.join(here, 'dist');
rmSync(dist, { recursive: true, force: true });

const common = {
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
};

// The bin uses the library's own file rather than a second copy of it.
const libraryExternal = {
  name: 'library-external',
  setup(builder) {
    builder.onResolve({ filter: /^\.\/index$/ }, () => ({ path: './index.js', external: true }));
  },
};

await Promise.all([
  build({ ...common, entryPoints: [path.join(here, 'src', 'index.ts')], outfile: path.join(dist, 'index.js') }),
  build({
    ...common,
    entryPoints: [path.join(here, 'src', 'cli.ts')],
    outfile: path.join(dist, 'cli.js'),
    plugins: [libraryExternal],
  }),
  build({
    ...common,
    entryPoints: [path.join(here, 'src', 'admin-app.ts')],
    outfile: path.join(dist, 'admin-app.js'),
  }),
  build({
    ...common,
    entryPoints: [path.join(here, 'src', 'functions', 'function-worker.ts')],
    outfile: path.join(dist, 'function-worker.js'),
  }),
]);

// TypeScript is a development tool of this repository, like esbuild: only the declarations it writes are shipped.
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', path.join(here, 'tsconfig.build.json')], { stdio: 'inherit' });
