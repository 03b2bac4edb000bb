/**
 * @jest-environment jsdom
 */
// The hook a page shows 待发送 records with: it lists one kind's records and follows every change, sends what
// waits when the page opens online and when the network comes back (a burst of events sends each record once),
// resolves the kept photos to URLs, and the photos a sender uploads land on paths made from the record's id.
import { act, renderHook, waitFor } from '@testing-library/react';
import { CloudError } from './cloud-error';
import { createOfflineQueue, type OfflineQueue, type QueuedRecord } from './offline-queue';
import { MemoryFiles, MemoryStore } from './testing/offline-fakes';
import { offlineQueue, RETRY_DELAYS_MS, uploadQueuedPhotos, useOfflineQueue } from './use-offline-queue';
import { files as cloudFiles } from './files';
import { isOnline, onNetworkBack } from '@/platform/network';

jest.mock('@/platform/network', () => ({ isOnline: jest.fn(), onNetworkBack: jest.fn() }));
jest.mock('./files', () => ({ files: { uploadFile: jest.fn(), fileUrls: jest.fn() } }));

const KIND = 'tenones.entry';
let networkBack: Array<() => void>;
let store: MemoryStore;
let photos: MemoryFiles;
let queue: OfflineQueue;

beforeEach(() => {
  networkBack = [];
  jest.mocked(onNetworkBack).mockImplementation((listener) => {
    networkBack.push(listener);
    return () => (networkBack = networkBack.filter((known) => known !== listener));
  });
  jest.mocked(isOnline).mockResolvedValue(false);
  store = new MemoryStore();
  photos = new MemoryFiles();
  queue = createOfflineQueue({ store, files: photos, now: () => new Date(Date.parse('2026-12-01T02:00:00Z')) });
});

it('lists its kind, follows changes and sends once when the network comes back in a burst', async () => {
  const send = jest.fn(async (_record: QueuedRecord) => {
    await new Promise((resolve) => setTimeout(resolve, 5));
  });
  const { result, unmount } = renderHook(() => useOfflineQueue(KIND, send, queue));
  expect(result.current.records).toEqual([]);

  await act(async () => {
    await queue.enqueue({ id: 'e1', kind: KIND, input: { text: '车间' }, photos: [photos.pick(10)] });
    await queue.enqueue({ id: 'd1', kind: 'tenones.diary', input: {}, photos: [] });
  });
  expect(result.current.records.map((record) => [record.id, record.state])).toEqual([['e1', 'waiting']]);
  const kept = result.current.records[0]!.photos[0]!;
  await waitFor(() => expect(result.current.photoUrls[kept]).toBe(`blob:${kept}`));

  await act(async () => {
    for (let n = 0; n < 5; n += 1) for (const listener of networkBack) listener();
    await new Promise((resolve) => setTimeout(resolve, 30));
  });
  expect(send).toHaveBeenCalledTimes(1);
  expect(send.mock.calls[0]![0]).toMatchObject({ id: 'e1', state: 'sending' });
  expect(result.current.records).toEqual([]);
  expect(result.current.flushing).toBe(false);
  // The other kind's record was not this page's to send.
  expect(queue.list().map((record) => record.id)).toEqual(['d1']);

  unmount();
  expect(networkBack).toEqual([]);
});

it('sends what waited when the page opens online, and shows a refusal', async () => {
  await queue.enqueue({ id: 'e1', kind: KIND, input: { text: '违规' }, photos: [] });
  jest.mocked(isOnline).mockResolvedValue(true);
  const send = jest.fn(async () => {
    throw new CloudError('INVALID_INPUT', '内容含有违规信息，请修改', 'text');
  });
  const { result } = renderHook(() => useOfflineQueue(KIND, send, queue));
  await waitFor(() => expect(result.current.records[0]?.state).toBe('refused'));
  expect(result.current.records[0]!.refusal).toEqual({ message: '内容含有违规信息，请修改', field: 'text' });

  await act(async () => {
    await result.current.discard('e1');
  });
  expect(result.current.records).toEqual([]);
});

it('tries again later when a send fails on the way while online (a lost answer), not while offline', async () => {
  jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
  try {
    await queue.enqueue({ id: 'e1', kind: KIND, input: {}, photos: [] });
    const lost = new CloudError('NETWORK', '网络不通，请检查网络后重试');
    const send = jest.fn().mockRejectedValueOnce(lost).mockRejectedValueOnce(lost).mockResolvedValue(undefined);
    jest.mocked(isOnline).mockResolvedValue(true);
    const { result } = renderHook(() => useOfflineQueue(KIND, send, queue));
    await act(async () => {
      await jest.advanceTimersByTimeAsync(0);
    });
    expect(send).toHaveBeenCalledTimes(1);
    await act(async () => {
      await jest.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0] - 1);
    });
    expect(send).toHaveBeenCalledTimes(1);
    // The network goes before the retry: the retry fails too, and then no timer is left running.
    jest.mocked(isOnline).mockResolvedValue(false);
    await act(async () => {
      await jest.advanceTimersByTimeAsync(1);
    });
    expect(send).toHaveBeenCalledTimes(2);
    await act(async () => {
      await jest.advanceTimersByTimeAsync(Math.max(...RETRY_DELAYS_MS) * 2);
    });
    expect(send).toHaveBeenCalledTimes(2);
    // The network-back event sends it.
    await act(async () => {
      for (const listener of networkBack) listener();
      await jest.advanceTimersByTimeAsync(0);
    });
    expect(send).toHaveBeenCalledTimes(3);
    expect(send.mock.calls.map(([record]) => (record as QueuedRecord).id)).toEqual(['e1', 'e1', 'e1']);
    expect(result.current.records).toEqual([]);
  } finally {
    jest.useRealTimers();
  }
});

it('submits: kept on the phone when offline, shown at once as waiting', async () => {
  const send = jest.fn();
  const { result } = renderHook(() => useOfflineQueue<{ text: string }>(KIND, send, queue));
  let outcome: unknown;
  await act(async () => {
    outcome = await result.current.submit({ text: '无网时记的' }, [photos.pick(10)], 'e5');
  });
  expect(outcome).toMatchObject({ status: 'queued', id: 'e5' });
  expect(send).not.toHaveBeenCalled();
  expect(result.current.records.map((record) => [record.id, record.state, record.input.text])).toEqual([
    ['e5', 'waiting', '无网时记的'],
  ]);
});

it('uploads a record’s photos to paths made from its id and index, the same on every send', async () => {
  jest
    .mocked(cloudFiles.uploadFile)
    .mockImplementation(async (_path, cloudPath) => ({ fileID: `cloud://env/${cloudPath}`, url: 'https://x' }));
  const record: QueuedRecord = {
    id: 'e9',
    kind: KIND,
    input: {},
    photos: ['https://picked/a.png', 'https://picked/b'],
    queuedAt: '2026-12-01T02:00:00.000Z',
    state: 'sending',
  };
  // The app's queue over the browser seams: a path that is not a kept handle is its own URL.
  expect(offlineQueue).toBeDefined();
  const first = await uploadQueuedPhotos(record, 'tenones/entries');
  const again = await uploadQueuedPhotos(record, 'tenones/entries');
  expect(first).toEqual(['cloud://env/tenones/entries/e9-0.png', 'cloud://env/tenones/entries/e9-1.jpg']);
  expect(again).toEqual(first);
  expect(jest.mocked(cloudFiles.uploadFile).mock.calls[0]).toEqual([
    'https://picked/a.png',
    'tenones/entries/e9-0.png',
  ]);
});
