// Bundles every cloud function (`cloudfunctions/<name>/src/index.ts`) into its deployable `index.js` with esbuild,
// shared code inlined and the CloudBase SDK left for the platform to install from the function's package.json. Any
// other dependency a function's package.json names is left out too and installed by the platform the same way
// (exceljs for `selection`: inlined it would make every cold start of the function parse 2 MB it rarely uses).
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const functionsDir = path.join(root, 'cloudfunctions');
const SDK = '@cloudbase/node-sdk';
// CloudBase's Nodejs18.15 runtime (cloudbaserc.json); the bundle must not use syntax newer than it runs.
const TARGET = 'node18';

const rootPackage = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/**
 * Checks the function's package.json and answers what it depends on (left out of the bundle): the SDK pinned to the
 * repository's version, and any other dependency pinned to the version the repository installs and tests with.
 */
function checkPackage(name: string): string[] {
  const file = path.join(functionsDir, name, 'package.json');
  if (!existsSync(file)) throw new Error(`cloudfunctions/${name}/package.json is missing`);
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as { dependencies?: Record<string, string> };
  const dependencies = pkg.dependencies ?? {};
  if (!(SDK in dependencies)) throw new Error(`cloudfunctions/${name}/package.json must pin ${SDK}`);
  for (const [dependency, pinned] of Object.entries(dependencies)) {
    const wanted = rootPackage.dependencies[dependency] ?? rootPackage.devDependencies[dependency];
    if (pinned !== wanted) {
      throw new Error(
        `cloudfunctions/${name}/package.json must pin ${dependency} to exactly ${wanted ?? '(not a dependency of the repository)'} (found ${pinned})`,
      );
    }
  }
  return Object.keys(dependencies);
}

export function functionNames(): string[] {
  return readdirSync(functionsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(functionsDir, entry.name, 'src', 'index.ts')))
    .map((entry) => entry.name)
    .sort();
}

async function main(): Promise<void> {
  const names = functionNames();
  for (const name of names) {
    const external = checkPackage(name);
    const started = performance.now();
    const result = await build({
      entryPoints: [path.join(functionsDir, name, 'src', 'index.ts')],
      outfile: path.join(functionsDir, name, 'index.js'),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: TARGET,
      external,
      define: { __JX_VERSION__: JSON.stringify(rootPackage.version) },
      legalComments: 'none',
      metafile: true,
      logLevel: 'warning',
    });
    const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
    console.log(`function ${name}: ${(bytes / 1024).toFixed(1)} KB in ${Math.round(performance.now() - started)} ms`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
