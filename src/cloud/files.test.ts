// The H5 file client against a running local cloud: what the app uploads is stored under the local identity and
// comes back through a temporary URL.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startLocalCloud, type LocalCloud } from 'cloudbase-local';
import { files } from './files';

const dataRoot = path.resolve(__dirname, '..', '..', '.data');
mkdirSync(dataRoot, { recursive: true });
const dir = mkdtempSync(path.join(dataRoot, 'files-client-test-'));
writeFileSync(path.join(dir, 'cloudbaserc.json'), JSON.stringify({ functionRoot: './functions', functions: [] }));
writeFileSync(path.join(dir, 'collections.json'), JSON.stringify({ collections: [] }));

let cloud: LocalCloud;
const realFetch = globalThis.fetch;
const storage = new Map<string, string>();

beforeAll(async () => {
  cloud = await startLocalCloud({
    configFile: path.join(dir, 'cloudbaserc.json'),
    collectionsFile: path.join(dir, 'collections.json'),
    timers: 'manual',
  });
  // The browser resolves the app's relative URLs against the page, which the local cloud serves.
  globalThis.fetch = (input, init) =>
    realFetch(typeof input === 'string' && input.startsWith('/') ? `${cloud.url}${input}` : input, init);
  Object.assign(globalThis, {
    localStorage: {
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: string) => storage.set(k, v),
    },
  });
});
afterAll(async () => {
  globalThis.fetch = realFetch;
  await cloud.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('H5 file client', () => {
  it('uploads a picked file and gets URLs for stored ones', async () => {
    const picked = `data:image/png;base64,${Buffer.from('not really a png').toString('base64')}`;
    const uploaded = await files.uploadFile(picked, 'avatars/li.png');
    expect(uploaded.fileID).toBe('cloud://local.local-bucket/avatars/li.png');
    expect(await (await realFetch(uploaded.url)).text()).toBe('not really a png');

    const urls = await files.fileUrls([uploaded.fileID, 'cloud://local.local-bucket/missing.png']);
    expect(Object.keys(urls)).toEqual([uploaded.fileID]);
    expect(await (await realFetch(urls[uploaded.fileID]!)).text()).toBe('not really a png');
    await expect(files.fileUrls([])).resolves.toEqual({});
  });

  it('fails clearly when the storage refuses the path', async () => {
    await expect(files.uploadFile('data:text/plain,x', '../escape.txt')).rejects.toThrow('storage answered HTTP 400');
  });
});
