/**
 * @jest-environment jsdom
 */
// The browser's storage seam for the offline queue: localStorage, one key per record, keys found by prefix, and
// the bytes used counted in UTF-8 over everything stored (what the queue holds against WeChat's 10 MB); and the
// queue over it finds its records again after a reload.
import { createOfflineQueue, OFFLINE_KEY_PREFIX } from '@/cloud/offline-queue';
import { MemoryFiles } from '@/cloud/testing/offline-fakes';
import { offlineStore } from './offline-store.h5';
import { utf8Bytes } from './offline-store-types';

beforeEach(() => localStorage.clear());

it('stores, lists by prefix and removes keys in localStorage', () => {
  offlineStore.write('jx-offline:a', '{"n":1}');
  offlineStore.write('jx-offline:b', '{"n":2}');
  localStorage.setItem('jx-font-scale', '1.5');
  expect(offlineStore.read('jx-offline:a')).toBe('{"n":1}');
  expect(offlineStore.read('jx-offline:missing')).toBeNull();
  expect(offlineStore.keys('jx-offline:').sort()).toEqual(['jx-offline:a', 'jx-offline:b']);
  offlineStore.remove('jx-offline:a');
  offlineStore.remove('jx-offline:a');
  expect(offlineStore.keys('jx-offline:')).toEqual(['jx-offline:b']);
  expect(localStorage.getItem('jx-font-scale')).toBe('1.5');
});

it('counts every key and value in UTF-8', () => {
  expect(offlineStore.usedBytes()).toBe(0);
  offlineStore.write('k', '匠心');
  localStorage.setItem('other', 'ab');
  expect(offlineStore.usedBytes()).toBe(1 + 6 + 5 + 2);
});

it('counts UTF-8 as WeChat stores it: 1, 2, 3 and 4 bytes', () => {
  expect(utf8Bytes('a')).toBe(1);
  expect(utf8Bytes('é')).toBe(2);
  expect(utf8Bytes('匠')).toBe(3);
  expect(utf8Bytes('👷')).toBe(4);
  expect(utf8Bytes('\ud800x')).toBe(4);
});

it('lets the queue find its records again after a reload', async () => {
  const files = new MemoryFiles();
  const clock = () => new Date(Date.parse('2026-12-01T02:00:00.000Z'));
  const before = createOfflineQueue({ store: offlineStore, files, now: clock });
  await before.enqueue({ id: 'e1', kind: 'tenones.entry', input: { text: '车间里记的' }, photos: [files.pick(10)] });
  expect(Object.keys(localStorage).filter((key) => key.startsWith(OFFLINE_KEY_PREFIX))).toEqual([
    `${OFFLINE_KEY_PREFIX}e1`,
  ]);

  const after = createOfflineQueue({ store: offlineStore, files, now: clock });
  expect(after.list('tenones.entry')).toEqual([
    expect.objectContaining({ id: 'e1', state: 'waiting', input: { text: '车间里记的' } }),
  ]);
});
