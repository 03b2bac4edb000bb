// The package as another project gets it: `npm pack` of emulator/, the tarball extracted, and its bin run with
// plain node against this repository's cloudbaserc.json and database/collections.json. No TypeScript loader and no
// esbuild may load (a preload refuses them), so the bin works from the packed JavaScript alone. The package's
// dependencies come from this repository's node_modules through a symlink, so the native better-sqlite3 is the one
// already built, not compiled again. Needs the built functions (npm run build:functions).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as tcb from '@cloudbase/node-sdk';

const repo = path.resolve(__dirname, '..');
const work = mkdtempSync(path.join(tmpdir(), 'cloudbase-local-pack-'));
const bin = path.join(work, 'package', 'dist', 'cli.js');
const preload = path.join(work, 'no-build-tools.js');
const children: ChildProcess[] = [];

// Loading any of these means the packed code still depends on a build tool or the TypeScript source.
writeFileSync(
  preload,
  `const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (/^(esbuild|tsx|typescript|@swc\\/)/.test(request) || /\\.tsx?$/.test(request)) {
    throw new Error('the packed cloudbase-local loaded ' + request);
  }
  return load.call(this, request, ...rest);
};
`,
);

function runBin(args: string[]): ChildProcess {
  const child = spawn(process.execPath, ['--require', preload, bin, ...args], {
    cwd: work,
    // No loader or module path from the test runner's environment.
    env: { ...process.env, NODE_OPTIONS: '', NODE_PATH: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return child;
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

/** The bin's output until it says where it listens. */
function listening(child: ChildProcess): Promise<{ url: string; dataDir: string }> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
      const dataDir = /data folder: +(\S+)/.exec(out)?.[1];
      if (url && dataDir) resolve({ url, dataDir });
    });
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`the bin exited (${code}) before listening:\n${out}${err}`)));
  });
}

beforeAll(() => {
  if (!existsSync(path.join(repo, 'cloudfunctions', 'health', 'index.js'))) {
    throw new Error('the functions are not built: npm run build:functions');
  }
  const packed = spawnSync('npm', ['pack', '--json', '--pack-destination', work], {
    cwd: __dirname,
    encoding: 'utf8',
  });
  if (packed.status !== 0) throw new Error(`npm pack failed:\n${packed.stderr}`);
  const { filename } = (JSON.parse(packed.stdout) as [{ filename: string }])[0];
  const extracted = spawnSync('tar', ['xzf', filename, '-C', work], { cwd: work, encoding: 'utf8' });
  if (extracted.status !== 0) throw new Error(`tar failed:\n${extracted.stderr}`);
  // Where an installed package finds its dependencies: a node_modules above it.
  symlinkSync(path.join(repo, 'node_modules'), path.join(work, 'node_modules'), 'dir');
});

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
});

describe('the packed cloudbase-local', () => {
  it('ships plain JavaScript, the prebuilt worker, declarations and the README, and no TypeScript source', () => {
    const files = readdirSync(path.join(work, 'package', 'dist')).sort();
    expect(files).toEqual(['admin-app.js', 'cli.js', 'function-worker.js', 'index.js', 'types']);
    // Declarations for TypeScript users, without the tests.
    const types = readdirSync(path.join(work, 'package', 'dist', 'types'), { recursive: true }).map(String);
    expect(types).toEqual(expect.arrayContaining(['index.d.ts', 'admin-app.d.ts']));
    expect(types.filter((file) => file.endsWith('.test.d.ts'))).toEqual([]);
    expect(existsSync(path.join(work, 'package', 'README.md'))).toBe(true);
    expect(existsSync(path.join(work, 'package', 'src'))).toBe(false);
    const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'))!;
    // A size alarm, far above today's ~52 kB: a bundle that swallowed its dependencies would pass it.
    expect(statSync(path.join(work, tarball)).size).toBeLessThan(200_000);
  });

  it("serves this project's functions and database to the unmodified SDK, and stops on Ctrl-C", async () => {
    const child = runBin([
      '--config',
      path.join(repo, 'cloudbaserc.json'),
      '--collections',
      path.join(repo, 'database', 'collections.json'),
      '--port',
      '0',
    ]);
    const { url, dataDir } = await listening(child);

    const browser = await fetch(`${url}/_emulator/`);
    expect(browser.status).toBe(200);

    const health = await fetch(`${url}/fn/health`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-wx-openid': 'o-packed' },
      body: JSON.stringify({ action: 'status', input: {} }),
    });
    expect(await health.json()).toMatchObject({ ok: true, data: { version: expect.any(String) } });

    process.env.TENCENTCLOUD = 'true';
    const app = tcb.init({ env: 'local', secretId: 'local', secretKey: 'local', serviceUrl: `${url}/admin` });
    const users = app.database().collection('users');
    const { id } = (await users.add({ nickname: 'packed' })) as { id: string };
    const { data } = await users.doc(id).get();
    expect(data[0]).toMatchObject({ _id: id, nickname: 'packed' });

    child.kill('SIGINT');
    expect(await exited(child)).toBe(0);
    // The fresh data folder of a run without --data is gone with it.
    expect(existsSync(dataDir)).toBe(false);
  });

  it('runs a command in exec mode and exits with its status', async () => {
    const child = runBin([
      'exec',
      '--config',
      path.join(repo, 'cloudbaserc.json'),
      '--collections',
      path.join(repo, 'database', 'collections.json'),
      '--',
      process.execPath,
      '-e',
      `fetch(process.env.JX_CLOUD_URL + '/_emulator/').then((r) => process.exit(r.status === 200 ? 7 : 1))`,
    ]);
    expect(await exited(child)).toBe(7);
  });

  it('refuses an unknown flag with its usage and status 2', async () => {
    const child = runBin(['--prot', '8090']);
    let err = '';
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    expect(await exited(child)).toBe(2);
    expect(err).toContain('unknown argument --prot');
    expect(err).toContain('usage:');
  });
});
