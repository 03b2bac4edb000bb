// The offline queue's storage in a browser: localStorage, one key per record, as WeChat's storage in the
// mini-program. The bytes used are counted as UTF-8 over every key and value, the measure the queue applies to
// WeChat's 10 MB, so a journey meets the same limits as a phone (a browser's own quota, if smaller, makes the
// write throw, which the queue turns into its refusal).
import type { OfflineStore } from './offline-store-types';
import { utf8Bytes } from './offline-store-types';

export const offlineStore: OfflineStore = {
  read(key) {
    return localStorage.getItem(key);
  },
  write(key, value) {
    localStorage.setItem(key, value);
  },
  remove(key) {
    localStorage.removeItem(key);
  },
  keys(prefix) {
    const found: string[] = [];
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i);
      if (key !== null && key.startsWith(prefix)) found.push(key);
    }
    return found;
  },
  usedBytes() {
    let bytes = 0;
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i);
      if (key !== null) bytes += utf8Bytes(key) + utf8Bytes(localStorage.getItem(key) ?? '');
    }
    return bytes;
  },
};
