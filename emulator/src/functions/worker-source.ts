// Code for worker threads, bundled once per process from a TypeScript entry. Bundling here (rather than pointing
// `new Worker` at a .ts file) means the worker needs no TypeScript loader, under tsx, jest or plain node alike.
// Packages stay external and resolve from the repository's node_modules.
import path from 'node:path';
import { buildSync } from 'esbuild';

const cache = new Map<string, string>();

export function bundledWorkerSource(entry: string): string {
  let code = cache.get(entry);
  if (code === undefined) {
    const result = buildSync({
      entryPoints: [entry],
      bundle: true,
      packages: 'external',
      platform: 'node',
      format: 'cjs',
      target: 'node18',
      write: false,
      logLevel: 'silent',
    });
    code = result.outputFiles[0]?.text ?? '';
    cache.set(entry, code);
  }
  return code;
}

export function workerSource(): string {
  return bundledWorkerSource(path.join(__dirname, 'function-worker.ts'));
}
