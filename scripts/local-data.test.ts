import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startLocalCloud, type LocalCloud } from 'cloudbase-local';
import type { Seed } from '../database/seed';
import { claimDataDir, releaseDataDir, resetDataDir, runningServer, seedOnce } from './local-data';

const dataRoot = path.resolve(__dirname, '..', '.data');
mkdirSync(dataRoot, { recursive: true });
const root = mkdtempSync(path.join(dataRoot, 'local-data-test-'));
const dir = path.join(root, 'data');
writeFileSync(path.join(root, 'cloudbaserc.json'), JSON.stringify({ functions: [] }));
writeFileSync(
  path.join(root, 'collections.json'),
  JSON.stringify({ collections: [{ name: 'orgs', indexes: [{ name: 'code', keys: { code: 1 }, unique: true }] }] }),
);

const orgSeed: Seed = {
  name: 'orgs',
  async run({ app, now }) {
    await app.database().collection('orgs').add({ code: 'city', name: '示范市总工会', createdAt: now });
  },
};

let cloud: LocalCloud;
beforeAll(async () => {
  cloud = await startLocalCloud({
    configFile: path.join(root, 'cloudbaserc.json'),
    collectionsFile: path.join(root, 'collections.json'),
    dataDir: dir,
    timers: 'manual',
  });
});
afterAll(async () => {
  await cloud.close();
  rmSync(root, { recursive: true, force: true });
});

describe('local data folder', () => {
  it('seeds through the SDK on first use only', async () => {
    await expect(seedOnce(dir, cloud.url, [orgSeed], cloud.clock.now())).resolves.toEqual(['orgs']);
    // A second start finds the marker and writes nothing (a duplicate would break the unique index anyway).
    await expect(seedOnce(dir, cloud.url, [orgSeed], cloud.clock.now())).resolves.toEqual([]);
    expect(cloud.database.store.collection('orgs').docs.size).toBe(1);
  });

  it('leaves no marker when a seed fails, so the next start tries again', async () => {
    const other = path.join(root, 'other');
    const failing: Seed = { name: 'broken', run: () => Promise.reject(new Error('seed broke')) };
    await expect(seedOnce(other, cloud.url, [failing], cloud.clock.now())).rejects.toThrow('seed broke');
    expect(existsSync(path.join(other, 'seeded.json'))).toBe(false);
  });

  it('refuses to reset a folder a running server holds, and resets it once released', () => {
    claimDataDir(dir);
    expect(runningServer(dir)).toBe(process.pid);
    expect(resetDataDir(dir)).toEqual({ removed: false, runningPid: process.pid });
    expect(existsSync(dir)).toBe(true);
    releaseDataDir(dir);
    expect(runningServer(dir)).toBeUndefined();
    expect(resetDataDir(dir)).toEqual({ removed: true });
    expect(existsSync(dir)).toBe(false);
    expect(resetDataDir(dir)).toEqual({ removed: false });
  });

  it('treats a pid file of a dead process as no server', () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'server.pid'), '999999');
    expect(runningServer(dir)).toBeUndefined();
  });
});
