// A TypeScript entry bundled into code for a worker thread (`new Worker(code, { eval: true })`), once per process,
// so the worker needs no TypeScript loader. Packages stay external and resolve from the repository's node_modules.
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
