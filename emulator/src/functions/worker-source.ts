// The worker's code, bundled once per process from function-worker.ts. Bundling here (rather than pointing
// `new Worker` at a .ts file) means the worker needs no TypeScript loader, under tsx, jest or plain node alike.
import path from 'node:path';
import { buildSync } from 'esbuild';

let cached: string | undefined;

export function workerSource(): string {
  if (cached === undefined) {
    const result = buildSync({
      entryPoints: [path.join(__dirname, 'function-worker.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node18',
      write: false,
      logLevel: 'silent',
    });
    cached = result.outputFiles[0]?.text ?? '';
  }
  return cached;
}
