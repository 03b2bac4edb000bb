// The app's own file area in a browser. A picked photo is a blob: URL that dies with the page, so a photo waiting
// with a log made without network is kept as a Blob in IndexedDB (it survives a reload, as WeChat's user files
// survive a restart) under a handle `jx-offline-file:<id>`; `localUrl` makes an object URL from it again, which
// `<Image>` shows and the H5 `files.uploadFile` fetches. Plain IndexedDB: no library for five requests.
import { newId } from '@/shared/ids';
import type { KeptFile, UserFiles } from './user-files-types';

const DATABASE = 'jx-offline-files';
const STORE = 'files';
const PREFIX = 'jx-offline-file:';

interface StoredFile {
  blob: Blob;
  size: number;
}

let opened: Promise<IDBDatabase> | null = null;

function database(): Promise<IDBDatabase> {
  opened ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB did not open'));
  }).catch((error: unknown) => {
    opened = null;
    throw error;
  });
  return opened;
}

/** One request in its own transaction, answered once the transaction has committed (a kept file is on disk). */
async function transact<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await database();
  return new Promise<T>((resolve, reject) => {
    const transaction = db.transaction(STORE, mode);
    const request = run(transaction.objectStore(STORE));
    transaction.oncomplete = () => resolve(request.result);
    transaction.onerror = () => reject(transaction.error ?? request.error ?? new Error('IndexedDB request failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
}

const idOf = (path: string) => path.slice(PREFIX.length);
const urls = new Map<string, string>();

async function stored(path: string): Promise<StoredFile | undefined> {
  return transact<StoredFile | undefined>('readonly', (store) => store.get(idOf(path)));
}

async function picked(source: string): Promise<Blob> {
  const response = await fetch(source);
  if (!response.ok) throw new Error(`picked file answered HTTP ${response.status}`);
  return response.blob();
}

export const userFiles: UserFiles = {
  async sizeOf(source) {
    if (!userFiles.isKept(source)) return (await picked(source)).size;
    const file = await stored(source);
    if (!file) throw new Error(`no kept file ${source}`);
    return file.size;
  },

  async keep(source): Promise<KeptFile> {
    const blob = await picked(source);
    const id = newId();
    await transact('readwrite', (store) => store.put({ blob, size: blob.size } satisfies StoredFile, id));
    return { path: `${PREFIX}${id}`, size: blob.size };
  },

  isKept(path) {
    return path.startsWith(PREFIX);
  },

  async localUrl(path) {
    if (!userFiles.isKept(path)) return path;
    const known = urls.get(path);
    if (known) return known;
    const file = await stored(path);
    if (!file) throw new Error(`no kept file ${path}`);
    const url = URL.createObjectURL(file.blob);
    urls.set(path, url);
    return url;
  },

  async remove(path) {
    await transact('readwrite', (store) => store.delete(idOf(path)));
    const url = urls.get(path);
    if (url) URL.revokeObjectURL(url);
    urls.delete(path);
  },

  async list() {
    const keys = await transact('readonly', (store) => store.getAllKeys());
    return keys.map((key) => `${PREFIX}${String(key)}`);
  },

  async usedBytes() {
    const files = await transact<StoredFile[]>('readonly', (store) => store.getAll());
    return files.reduce((sum, file) => sum + file.size, 0);
  },
};
