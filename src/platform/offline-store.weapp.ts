// The offline queue's storage in WeChat: one storage key per record (WeChat allows 1 MB per key and 10 MB per
// mini-program), written synchronously so a record is either stored or refused before the form says so. What the
// storage already holds comes from getStorageInfoSync, which WeChat reports in KB over every key.
import Taro from '@tarojs/taro';
import type { OfflineStore } from './offline-store-types';

export const offlineStore: OfflineStore = {
  read(key) {
    // WeChat answers '' for a missing key; the queue only ever stores JSON objects, never ''.
    const value: unknown = Taro.getStorageSync(key);
    return typeof value === 'string' && value !== '' ? value : null;
  },
  write(key, value) {
    Taro.setStorageSync(key, value);
  },
  remove(key) {
    Taro.removeStorageSync(key);
  },
  keys(prefix) {
    return Taro.getStorageInfoSync().keys.filter((key) => key.startsWith(prefix));
  },
  usedBytes() {
    return Taro.getStorageInfoSync().currentSize * 1024;
  },
};
