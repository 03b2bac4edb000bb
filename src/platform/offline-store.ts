// Seen by the type checker and by jest only: Taro builds pick offline-store.weapp.ts or offline-store.h5.ts instead.
export { offlineStore } from './offline-store.h5';
export type { OfflineStore } from './offline-store-types';
export { utf8Bytes } from './offline-store-types';
