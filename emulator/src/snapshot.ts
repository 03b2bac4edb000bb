// Export and import of a data folder (Firebase's `emulators:export` / `--import`): every collection as EJSON, the
// declared indexes, and the stored files with their creators, so data can be kept, moved to another machine, or put
// back after a reset. Both work on a data folder no server is using (the caller makes sure), reading and writing
// the SQLite file through the same store the server uses.
//
// The folder:
//   manifest.json            format, when, and how many documents each collection held
//   indexes.json             the collections and their indexes, as collections.json declares them
//   collections/<name>.jsonl one document per line, canonical EJSON (dates, regular expressions and numbers keep
//                            their exact types; nothing is lost that the store holds)
//   storage/…                the stored files under their cloud paths
//   storage.owners.json      which client created each file (the storage rule "only the creator may write")
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fromStorage, toStorage } from './database/ejson-codec';
import { DocumentStore, type CollectionSpec, type Doc, type Write } from './database/document-store';

export const SNAPSHOT_FORMAT = 'cloudbase-local-snapshot/1';

interface Manifest {
  format: string;
  exportedAt: string;
  collections: Record<string, number>;
}

const databaseFile = (dataDir: string) => path.join(dataDir, 'database.sqlite');
const BATCH = 500;

/** Writes the data folder's collections, indexes and files into `outDir` (created, or emptied first). */
export function exportDataFolder(dataDir: string, outDir: string, collections: CollectionSpec[], at: Date): Manifest {
  const store = new DocumentStore(databaseFile(dataDir), collections);
  try {
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(path.join(outDir, 'collections'), { recursive: true });
    const counts: Record<string, number> = {};
    const specs: CollectionSpec[] = [];
    for (const name of store.names()) {
      const collection = store.collection(name);
      const lines = [...collection.docs.values()].map((doc) => toStorage(doc));
      writeFileSync(path.join(outDir, 'collections', `${name}.jsonl`), lines.length ? `${lines.join('\n')}\n` : '');
      counts[name] = lines.length;
      specs.push({ name, indexes: collection.indexes.map((index) => index.spec) });
    }
    writeFileSync(path.join(outDir, 'indexes.json'), `${JSON.stringify({ collections: specs }, null, 2)}\n`);
    if (existsSync(path.join(dataDir, 'storage'))) {
      cpSync(path.join(dataDir, 'storage'), path.join(outDir, 'storage'), { recursive: true });
    }
    if (existsSync(path.join(dataDir, 'storage.owners.json'))) {
      cpSync(path.join(dataDir, 'storage.owners.json'), path.join(outDir, 'storage.owners.json'));
    }
    const manifest: Manifest = { format: SNAPSHOT_FORMAT, exportedAt: at.toISOString(), collections: counts };
    writeFileSync(path.join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  } finally {
    store.close();
  }
}

/**
 * Loads an exported folder into a data folder that holds no documents and no files yet; refuses otherwise, so an
 * import never mixes with data already there. `collections` are the declared ones (their indexes apply); any other
 * collection of the export is created with the indexes it was exported with.
 */
export function importDataFolder(fromDir: string, dataDir: string, collections: CollectionSpec[]): Manifest {
  const manifest = JSON.parse(readFileSync(path.join(fromDir, 'manifest.json'), 'utf8')) as Manifest;
  if (manifest.format !== SNAPSHOT_FORMAT) throw new Error(`${fromDir} is not a local-cloud export`);
  const exported = (
    JSON.parse(readFileSync(path.join(fromDir, 'indexes.json'), 'utf8')) as {
      collections: CollectionSpec[];
    }
  ).collections;
  const declared = new Set(collections.map((spec) => spec.name));
  const specs = [...collections, ...exported.filter((spec) => !declared.has(spec.name))];
  mkdirSync(dataDir, { recursive: true });
  if (existsSync(path.join(dataDir, 'storage')) && readdirSync(path.join(dataDir, 'storage')).length > 0) {
    throw new Error(`${dataDir} already holds stored files: import into an empty data folder`);
  }
  const store = new DocumentStore(databaseFile(dataDir), specs);
  try {
    const held = store.names().find((name) => store.collection(name).docs.size > 0);
    if (held) throw new Error(`${dataDir} already holds documents (${held}): import into an empty data folder`);
    for (const name of Object.keys(manifest.collections)) {
      if (!store.names().includes(name)) store.createCollection(name);
      const text = readFileSync(path.join(fromDir, 'collections', `${name}.jsonl`), 'utf8');
      const docs = text
        .split('\n')
        .filter((line) => line.length > 0)
        .map((line) => fromStorage(line) as Doc);
      if (docs.length !== manifest.collections[name]) {
        throw new Error(
          `${name}: the export lists ${manifest.collections[name]} documents, its file holds ${docs.length}`,
        );
      }
      for (let i = 0; i < docs.length; i += BATCH) {
        const writes: Write[] = docs.slice(i, i + BATCH).map((doc) => ({ collection: name, id: doc._id, doc }));
        store.commit(writes);
      }
    }
  } finally {
    store.close();
  }
  if (existsSync(path.join(fromDir, 'storage'))) {
    cpSync(path.join(fromDir, 'storage'), path.join(dataDir, 'storage'), { recursive: true });
  }
  if (existsSync(path.join(fromDir, 'storage.owners.json'))) {
    cpSync(path.join(fromDir, 'storage.owners.json'), path.join(dataDir, 'storage.owners.json'));
  }
  return manifest;
}
