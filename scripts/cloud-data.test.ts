// Export → reset → import of the local cloud's data (npm run cloud:export / cloud:import): the demo data plus a
// fixture holding a date, a server date, a regular expression, nested arrays and a stored file's id come back
// identical, document by document and file by file; the functions work on the imported data; an import into a
// folder that already holds data is refused.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { localAdminApp } from 'cloudbase-local/admin-app';
import { DocumentStore, toStorage } from 'cloudbase-local';
import { mentoringContract } from '../src/shared/contracts/mentoring';
import { data, startSeededCloud } from '../test-support/seeded-cloud';
import { exportData, importData } from './cloud-data';
import { projectCollections } from './local-data';

jest.setTimeout(180_000);

const scratch = mkdtempSync(path.join(tmpdir(), 'jx-snapshot-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every document of a data folder, as canonical EJSON by collection and id (the store's own exact form). */
function contents(dataDir: string): Record<string, Record<string, string>> {
  const store = new DocumentStore(path.join(dataDir, 'database.sqlite'), projectCollections());
  try {
    return Object.fromEntries(
      store
        .names()
        .map((name) => [
          name,
          Object.fromEntries([...store.collection(name).docs.values()].map((doc) => [doc._id, toStorage(doc)])),
        ]),
    );
  } finally {
    store.close();
  }
}

it('gives back the demo data and a fixture of every tricky type identically, and the app works on it', async () => {
  const source = path.join(scratch, 'source');
  const env = await startSeededCloud({ dataDir: source });
  const app = localAdminApp(env.cloud.url);
  const db = app.database();
  const { fileID } = await app.uploadFile({ cloudPath: 'fixtures/photo.png', fileContent: Buffer.from('png bytes') });
  await db
    .collection('auditLog')
    .doc('fixture')
    .set({
      when: new Date('2026-12-31T15:59:59.999Z'),
      stamped: db.serverDate(),
      pattern: /匠心\s+工匠/iu,
      nested: [[1, { deep: [2, [3, null]] }], [], [{ empty: {} }]],
      file: fileID,
    });
  const read = async (database: typeof db) =>
    ((await database.collection('auditLog').doc('fixture').get()).data as Array<Record<string, unknown>>)[0]!;
  const fixtureBefore = await read(db);
  await env.close();

  const exported = path.join(scratch, 'export');
  const manifest = exportData(source, exported, new Date('2026-12-01T00:00:00Z'));
  expect(manifest.collections.users).toBeGreaterThan(10);
  const target = path.join(scratch, 'target');
  importData(exported, target, new Date('2026-12-01T00:00:00Z'));

  const before = contents(source);
  expect(contents(target)).toEqual(before);
  expect(before.auditLog!.fixture).toContain('"$regularExpression"');
  expect(readFileSync(path.join(target, 'storage', 'fixtures', 'photo.png'), 'utf8')).toBe('png bytes');

  const restarted = await startSeededCloud({ dataDir: target, seed: false });
  try {
    const again = localAdminApp(restarted.cloud.url).database();
    // Read through the SDK exactly as before the export (the regular expression in the SDK's own form).
    const fixture = await read(again);
    expect(fixture).toEqual(fixtureBefore);
    expect(fixture.when).toEqual(new Date('2026-12-31T15:59:59.999Z'));
    expect(fixture.stamped).toBeInstanceOf(Date);
    expect(fixture.file).toBe(fileID);
    const masters = data(
      await restarted.call(mentoringContract, 'findMasters', { trade: 'fitter' }, 'persona-worker'),
    );
    expect(masters.rows.length).toBeGreaterThan(0);
  } finally {
    await restarted.close();
  }
});

it('refuses to import into a data folder that already holds documents', () => {
  const exported = path.join(scratch, 'export');
  expect(() => importData(exported, path.join(scratch, 'target'), new Date('2026-12-01T00:00:00Z'))).toThrow(
    /empty data folder/,
  );
});
