// The offline queue over in-memory seams: WeChat's limits at their exact boundaries, a refusal that leaves nothing
// behind, what a send's failure does (retry later vs refused for editing), one send per record however many
// flushes are asked for at once, photos deleted once sent, and a restart that finds the records again.
import { CloudError } from './cloud-error';
import {
  OFFLINE_KEY_PREFIX,
  OFFLINE_LIMITS,
  OfflineQueueFullError,
  createOfflineQueue,
  type OfflineQueue,
  type QueuedRecord,
} from './offline-queue';
import { MemoryFiles, MemoryStore } from './testing/offline-fakes';
import { utf8Bytes } from '@/platform/offline-store-types';

const KIND = 'tenones.entry';
let instant = Date.parse('2026-12-01T02:00:00.000Z');
const clock = () => new Date(instant);

let store: MemoryStore;
let files: MemoryFiles;
let queue: OfflineQueue;

beforeEach(() => {
  instant = Date.parse('2026-12-01T02:00:00.000Z');
  store = new MemoryStore();
  files = new MemoryFiles();
  queue = createOfflineQueue({ store, files, now: clock });
});

function later(): void {
  instant += 60_000;
}

/** The bytes a record with `text` as its input takes in storage (key and value), measured by storing it once. */
async function measure(text: string, photos: string[] = []): Promise<{ value: number; total: number }> {
  const probeStore = new MemoryStore();
  const probeFiles = new MemoryFiles();
  const probe = createOfflineQueue({ store: probeStore, files: probeFiles, now: clock });
  // Kept paths of the same length as the real ones: the fakes number their files with one digit here.
  await probe.enqueue({ id: 'measured', kind: KIND, input: { text }, photos: photos.map(() => probeFiles.pick(1)) });
  const key = `${OFFLINE_KEY_PREFIX}measured`;
  const value = utf8Bytes(probeStore.read(key)!);
  return { value, total: value + utf8Bytes(key) };
}

function nothingStored(): void {
  expect(store.keys(OFFLINE_KEY_PREFIX)).toEqual([]);
  expect([...files.kept.keys()]).toEqual([]);
}

describe('enqueue', () => {
  it('keeps each record under its own key with its photos copied out of temporary paths', async () => {
    const photo = files.pick(1000);
    const first = await queue.enqueue({
      id: 'e1',
      kind: KIND,
      input: { item: 3, text: '技能比武' },
      photos: [photo],
    });
    later();
    await queue.enqueue({ id: 'e2', kind: KIND, input: { item: 4, text: '读一本书' }, photos: [] });

    expect(store.keys(OFFLINE_KEY_PREFIX).sort()).toEqual([`${OFFLINE_KEY_PREFIX}e1`, `${OFFLINE_KEY_PREFIX}e2`]);
    expect(first).toMatchObject({ id: 'e1', state: 'waiting', queuedAt: '2026-12-01T02:00:00.000Z' });
    expect(first.photos).toHaveLength(1);
    expect(files.isKept(first.photos[0]!)).toBe(true);
    expect(files.kept.get(first.photos[0]!)).toBe(1000);
    expect(queue.list(KIND).map((record) => record.id)).toEqual(['e1', 'e2']);
    expect(queue.list('other.kind')).toEqual([]);
  });

  it('makes an id when the form has none, and refuses an id already waiting', async () => {
    const made = await queue.enqueue({ kind: KIND, input: {}, photos: [] });
    expect(made.id).toMatch(/^[0-9a-f]{24}$/);
    const photo = files.pick(10);
    await expect(queue.enqueue({ id: made.id, kind: KIND, input: {}, photos: [photo] })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect(store.keys(OFFLINE_KEY_PREFIX)).toHaveLength(1);
    expect(files.keeps).toEqual([]);
  });

  it('takes a record of exactly 1 MB and refuses one byte more, keeping nothing of it', async () => {
    const photo = files.pick(500);
    const base = await measure('', [photo]);
    const fits = 'x'.repeat(OFFLINE_LIMITS.recordBytes - base.value);
    await queue.enqueue({ id: 'measured', kind: KIND, input: { text: fits }, photos: [photo] });
    expect(utf8Bytes(store.read(`${OFFLINE_KEY_PREFIX}measured`)!)).toBe(OFFLINE_LIMITS.recordBytes);
    await queue.discard('measured');
    nothingStored();

    const error = await queue
      .enqueue({ id: 'measured', kind: KIND, input: { text: `${fits}x` }, photos: [photo] })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OfflineQueueFullError);
    expect(error).toMatchObject({ limit: 'record', code: 'CONFLICT', retryable: false });
    expect((error as Error).message).toContain('1 MB');
    // The photo was copied before the size was known: the copy is gone again.
    expect(files.keeps).toHaveLength(2);
    nothingStored();
  });

  it('counts a Chinese character as 3 bytes', async () => {
    const base = await measure('');
    const room = OFFLINE_LIMITS.recordBytes - base.value;
    const text = '匠'.repeat(Math.floor(room / 3)) + 'x'.repeat(room % 3);
    await expect(queue.enqueue({ id: 'measured', kind: KIND, input: { text }, photos: [] })).resolves.toBeTruthy();
    await queue.discard('measured');
    await expect(
      queue.enqueue({ id: 'measured', kind: KIND, input: { text: `${text}匠` }, photos: [] }),
    ).rejects.toMatchObject({ limit: 'record' });
  });

  it('fills storage up to 10 MB less the headroom, counting what the storage already holds', async () => {
    const limit = OFFLINE_LIMITS.storageBytes - OFFLINE_LIMITS.storageHeadroomBytes;
    const [first, second] = [files.pick(100), files.pick(100)];
    const record = await measure('hello', [first]);
    // Someone else's data fills the storage so that the record, key and all, fits exactly.
    store.write('jx-font-scale', 'x'.repeat(limit - record.total - utf8Bytes('jx-font-scale')));
    await queue.enqueue({ id: 'measured', kind: KIND, input: { text: 'hello' }, photos: [first] });
    expect(store.usedBytes()).toBe(limit);
    await queue.discard('measured');

    store.write('jx-font-scale', 'x'.repeat(limit - record.total - utf8Bytes('jx-font-scale') + 1));
    await expect(
      queue.enqueue({ id: 'measured', kind: KIND, input: { text: 'hello' }, photos: [second] }),
    ).rejects.toMatchObject({ limit: 'storage', message: expect.stringContaining('10 MB') });
    nothingStored();
  });

  it('counts its own records against the 10 MB: the tenth record of almost 1 MB does not fit', async () => {
    const big = 'x'.repeat(OFFLINE_LIMITS.recordBytes - 200);
    for (let n = 0; n < 9; n += 1) {
      await queue.enqueue({ id: `big${n}`, kind: KIND, input: { text: big }, photos: [] });
    }
    await expect(queue.enqueue({ id: 'big9', kind: KIND, input: { text: big }, photos: [] })).rejects.toMatchObject({
      limit: 'storage',
    });
    expect(queue.list()).toHaveLength(9);
  });

  it('takes photos up to 200 MB of user files in all and refuses one byte more, copying nothing', async () => {
    files.otherBytes = OFFLINE_LIMITS.userFileBytes - 3000;
    await queue.enqueue({ id: 'a', kind: KIND, input: {}, photos: [files.pick(1000), files.pick(2000)] });
    expect(await files.usedBytes()).toBe(OFFLINE_LIMITS.userFileBytes);

    const one = files.pick(1);
    const error = await queue.enqueue({ id: 'b', kind: KIND, input: {}, photos: [one] }).catch((caught) => caught);
    expect(error).toMatchObject({ limit: 'userFiles', field: 'photos', message: expect.stringContaining('200 MB') });
    expect(files.keeps).toHaveLength(2);
    expect(queue.list().map((record) => record.id)).toEqual(['a']);
  });

  it('turns a write the platform refuses into the same refusal, with the photos removed', async () => {
    store.failWrites = true;
    await expect(queue.enqueue({ kind: KIND, input: {}, photos: [files.pick(10)] })).rejects.toMatchObject({
      limit: 'write',
    });
    nothingStored();
  });

  it('lets only one of two racing records take the last room for photos', async () => {
    files.otherBytes = OFFLINE_LIMITS.userFileBytes - 1500;
    files.delayMs = 5;
    const results = await Promise.allSettled([
      queue.enqueue({ id: 'a', kind: KIND, input: {}, photos: [files.pick(1000)] }),
      queue.enqueue({ id: 'b', kind: KIND, input: {}, photos: [files.pick(1000)] }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(queue.list()).toHaveLength(1);
    expect(files.kept.size).toBe(1);
  });
});

describe('a restart', () => {
  it('finds the records and their photos again, waiting, oldest first', async () => {
    await queue.enqueue({ id: 'late', kind: KIND, input: { n: 1 }, photos: [files.pick(10)] });
    instant -= 3_600_000;
    await queue.enqueue({ id: 'early', kind: KIND, input: { n: 2 }, photos: [] });

    const reopened = createOfflineQueue({ store, files, now: clock });
    const records = reopened.list(KIND);
    expect(records.map((record) => [record.id, record.state, record.input])).toEqual([
      ['early', 'waiting', { n: 2 }],
      ['late', 'waiting', { n: 1 }],
    ]);
    expect(files.kept.has(records[1]!.photos[0]!)).toBe(true);
    expect(reopened.get('late')).toEqual(records[1]);
  });

  it('sweeps photos no record points to and records that cannot be read', async () => {
    const kept = await queue.enqueue({ id: 'ok', kind: KIND, input: {}, photos: [files.pick(10)] });
    await files.keep(files.pick(20));
    store.write(`${OFFLINE_KEY_PREFIX}broken`, '{not json');
    store.write('jx-font-scale', '1.5');
    await queue.sweep();
    expect([...files.kept.keys()]).toEqual(kept.photos);
    expect(store.keys(OFFLINE_KEY_PREFIX)).toEqual([`${OFFLINE_KEY_PREFIX}ok`]);
    expect(store.read('jx-font-scale')).toBe('1.5');
  });
});

describe('flush', () => {
  it('sends oldest first, then removes each record and its photos', async () => {
    await queue.enqueue({ id: 'one', kind: KIND, input: { n: 1 }, photos: [files.pick(10), files.pick(20)] });
    later();
    await queue.enqueue({ id: 'two', kind: KIND, input: { n: 2 }, photos: [] });
    const seen: QueuedRecord[] = [];
    const outcome = await queue.flush({
      [KIND]: async (record) => {
        seen.push(record);
        // While it is sent, the record says so and cannot be edited or discarded.
        expect(queue.get(record.id)?.state).toBe('sending');
        await expect(queue.discard(record.id)).rejects.toMatchObject({ code: 'CONFLICT' });
        await expect(queue.update(record.id, {}, [])).rejects.toMatchObject({ code: 'CONFLICT' });
      },
    });
    expect(outcome).toEqual({ sent: 2, refused: 0, stopped: false });
    expect(seen.map((record) => [record.id, record.state, record.photos.length])).toEqual([
      ['one', 'sending', 2],
      ['two', 'sending', 0],
    ]);
    nothingStored();
    expect(queue.flushing).toBe(false);
  });

  it('keeps a record waiting and stops when the send fails on the way', async () => {
    await queue.enqueue({ id: 'one', kind: KIND, input: {}, photos: [files.pick(10)] });
    later();
    await queue.enqueue({ id: 'two', kind: KIND, input: {}, photos: [] });
    const send = jest.fn().mockRejectedValueOnce(new CloudError('NETWORK', '网络不通，请检查网络后重试'));
    expect(await queue.flush({ [KIND]: send })).toEqual({ sent: 0, refused: 0, stopped: true });
    expect(send).toHaveBeenCalledTimes(1);
    expect(queue.list().map((record) => [record.id, record.state])).toEqual([
      ['one', 'waiting'],
      ['two', 'waiting'],
    ]);
    expect(files.kept.size).toBe(1);

    // Not a CloudError at all (an upload's fetch failing): the same.
    send.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    expect(await queue.flush({ [KIND]: send })).toMatchObject({ stopped: true });
    expect(queue.list()).toHaveLength(2);

    // The answer lost, then the network back: the same record is sent again, with the same id.
    send.mockResolvedValue(undefined);
    expect(await queue.flush({ [KIND]: send })).toEqual({ sent: 2, refused: 0, stopped: false });
    expect(send.mock.calls.map(([record]) => (record as QueuedRecord).id)).toEqual(['one', 'one', 'one', 'two']);
    nothingStored();
  });

  it('marks a record the server refuses, goes on, and sends it again only once edited', async () => {
    const photo = files.pick(10);
    await queue.enqueue({ id: 'bad', kind: KIND, input: { date: '2027-01-01' }, photos: [photo] });
    later();
    await queue.enqueue({ id: 'good', kind: KIND, input: { date: '2026-11-30' }, photos: [] });
    const send = jest.fn(async (record: QueuedRecord) => {
      if ((record.input as { date: string }).date > '2026-12-31') {
        throw new CloudError('INVALID_INPUT', '日期不能晚于今天', 'date');
      }
    });
    expect(await queue.flush({ [KIND]: send })).toEqual({ sent: 1, refused: 1, stopped: false });
    const refused = queue.get('bad')!;
    expect(refused).toMatchObject({ state: 'refused', refusal: { message: '日期不能晚于今天', field: 'date' } });
    expect(files.kept.has(refused.photos[0]!)).toBe(true);

    // Refused records are not sent again as they are.
    expect(await queue.flush({ [KIND]: send })).toEqual({ sent: 0, refused: 0, stopped: false });
    expect(send).toHaveBeenCalledTimes(2);

    // Edited: waiting again in its place, its kept photo kept, a new one copied.
    const added = files.pick(30);
    const edited = await queue.update('bad', { date: '2026-11-29' }, [...refused.photos, added]);
    expect(edited).toMatchObject({ state: 'waiting', queuedAt: refused.queuedAt, input: { date: '2026-11-29' } });
    expect(edited.refusal).toBeUndefined();
    expect(edited.photos[0]).toBe(refused.photos[0]);
    expect(files.isKept(edited.photos[1]!)).toBe(true);
    expect(await queue.flush({ [KIND]: send })).toEqual({ sent: 1, refused: 0, stopped: false });
    nothingStored();
  });

  it('sends each record once however many flushes are asked for at once', async () => {
    for (const id of ['a', 'b', 'c']) {
      await queue.enqueue({ id, kind: KIND, input: {}, photos: [] });
      later();
    }
    let inFlight = 0;
    const sent: string[] = [];
    const send = async (record: QueuedRecord) => {
      inFlight += 1;
      expect(inFlight).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 5));
      sent.push(record.id);
      inFlight -= 1;
    };
    const storm = Array.from({ length: 20 }, () => queue.flush({ [KIND]: send }));
    expect(queue.flushing).toBe(true);
    const outcomes = await Promise.all(storm);
    expect(sent).toEqual(['a', 'b', 'c']);
    expect(new Set(outcomes).size).toBe(1);
    expect(outcomes[0]).toEqual({ sent: 3, refused: 0, stopped: false });
  });

  it('also sends what was queued while it ran, when asked again', async () => {
    await queue.enqueue({ id: 'first', kind: KIND, input: {}, photos: [] });
    const sent: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const send = async (record: QueuedRecord) => {
      if (record.id === 'first') await gate;
      sent.push(record.id);
    };
    const running = queue.flush({ [KIND]: send });
    await new Promise((resolve) => setTimeout(resolve, 0));
    later();
    await queue.enqueue({ id: 'second', kind: KIND, input: {}, photos: [] });
    const joined = queue.flush({ [KIND]: send });
    expect(joined).toBe(running);
    release();
    await joined;
    expect(sent).toEqual(['first', 'second']);
  });

  it('looks once more when a flush is asked for just after its last look', async () => {
    await queue.enqueue({ id: 'a', kind: KIND, input: {}, photos: [] });
    const stored = store.read(`${OFFLINE_KEY_PREFIX}a`)!;
    const sent: string[] = [];
    const send = async (record: QueuedRecord) => void sent.push(record.id);
    let joined: Promise<unknown> | null = null;
    let looks = 0;
    const keys = store.keys.bind(store);
    store.keys = (prefix) => {
      looks += 1;
      if (looks === 2) {
        // Right after the look that finds nothing more: a record arrives and its flush is asked for.
        queueMicrotask(() => {
          store.write(`${OFFLINE_KEY_PREFIX}b`, stored.replace('"id":"a"', '"id":"b"'));
          joined = queue.flush({ [KIND]: send });
        });
      }
      return keys(prefix);
    };
    const outcome = await queue.flush({ [KIND]: send });
    expect(joined).not.toBeNull();
    expect(sent).toEqual(['a', 'b']);
    expect(outcome.sent).toBe(2);
  });

  it('sends only the kinds it has a sender for, and a flush joined with another kind sends that too', async () => {
    await queue.enqueue({ id: 'entry', kind: KIND, input: {}, photos: [] });
    later();
    await queue.enqueue({ id: 'diary', kind: 'tenones.diary', input: {}, photos: [] });
    const sent: string[] = [];
    expect(await queue.flush({ 'tenones.diary': async (record) => void sent.push(record.id) })).toMatchObject({
      sent: 1,
    });
    expect(queue.list().map((record) => record.id)).toEqual(['entry']);

    await queue.enqueue({ id: 'diary2', kind: 'tenones.diary', input: {}, photos: [] });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = queue.flush({
      [KIND]: async (record) => {
        await gate;
        sent.push(record.id);
      },
    });
    const second = queue.flush({ 'tenones.diary': async (record) => void sent.push(record.id) });
    release();
    expect(await first).toEqual(await second);
    expect(sent).toEqual(['diary', 'entry', 'diary2']);
    nothingStored();
  });

  it('tells subscribers of every change', async () => {
    const seen: string[] = [];
    const unsubscribe = queue.subscribe(() =>
      seen.push(
        queue
          .list()
          .map((record) => `${record.id}:${record.state}`)
          .join(','),
      ),
    );
    await queue.enqueue({ id: 'a', kind: KIND, input: {}, photos: [] });
    await queue.flush({ [KIND]: async () => undefined });
    unsubscribe();
    await queue.enqueue({ id: 'b', kind: KIND, input: {}, photos: [] });
    expect(seen).toEqual(['a:waiting', 'a:sending', '']);
  });
});

describe('update and discard', () => {
  it('deletes the photos an edit drops and frees their room for new ones', async () => {
    files.otherBytes = OFFLINE_LIMITS.userFileBytes - 2000;
    const record = await queue.enqueue({ id: 'a', kind: KIND, input: {}, photos: [files.pick(2000)] });
    const replacement = files.pick(2000);
    const edited = await queue.update('a', { text: '改过' }, [replacement]);
    expect(files.kept.has(record.photos[0]!)).toBe(false);
    expect([...files.kept.keys()]).toEqual(edited.photos);
    // With the room taken again, one more byte does not fit, and the record stays as it was.
    await expect(queue.update('a', { text: '再改' }, [...edited.photos, files.pick(1)])).rejects.toMatchObject({
      limit: 'userFiles',
    });
    expect(queue.get('a')).toMatchObject({ input: { text: '改过' }, photos: edited.photos });
  });

  it('keeps the previous version whole when an edit does not fit', async () => {
    const record = await queue.enqueue({ id: 'a', kind: KIND, input: { text: 'short' }, photos: [files.pick(5)] });
    const huge = 'x'.repeat(OFFLINE_LIMITS.recordBytes);
    await expect(queue.update('a', { text: huge }, [...record.photos, files.pick(7)])).rejects.toMatchObject({
      limit: 'record',
    });
    expect(queue.get('a')).toEqual(record);
    expect([...files.kept.keys()]).toEqual(record.photos);
  });

  it('discards a record with its photos, and says so when it is gone', async () => {
    await queue.enqueue({ id: 'a', kind: KIND, input: {}, photos: [files.pick(5)] });
    await queue.discard('a');
    nothingStored();
    await expect(queue.discard('a')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(queue.update('a', {}, [])).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('submit', () => {
  it('sends at once when online, with the photos at their picked paths, keeping nothing', async () => {
    const photo = files.pick(10);
    const send = jest.fn(async (_record: QueuedRecord) => undefined);
    const outcome = await queue.submit({ id: 'e1', kind: KIND, input: { n: 1 }, photos: [photo] }, send, true);
    expect(outcome).toEqual({ status: 'sent', id: 'e1' });
    expect(send.mock.calls[0]![0]).toMatchObject({ id: 'e1', state: 'sending', photos: [photo], input: { n: 1 } });
    nothingStored();
  });

  it('keeps the record under the same id when the send fails on the way, and sends it again later', async () => {
    const photo = files.pick(10);
    const send = jest.fn().mockRejectedValueOnce(new CloudError('NETWORK', '网络不通，请检查网络后重试'));
    const outcome = await queue.submit({ id: 'e1', kind: KIND, input: {}, photos: [photo] }, send, true);
    expect(outcome).toMatchObject({ status: 'queued', id: 'e1', record: { id: 'e1', state: 'waiting' } });
    expect(files.kept.size).toBe(1);
    // Submitted again while it waits: refused, not sent beside the queue's own send.
    await expect(queue.submit({ id: 'e1', kind: KIND, input: {}, photos: [] }, send, true)).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect(send).toHaveBeenCalledTimes(1);
    send.mockResolvedValue(undefined);
    await queue.flush({ [KIND]: send });
    expect(send.mock.calls.map(([record]) => (record as QueuedRecord).id)).toEqual(['e1', 'e1']);
    nothingStored();
  });

  it('throws what the server refuses for the form to show, keeping nothing', async () => {
    const refusal = new CloudError('INVALID_INPUT', '日期不能晚于今天', 'date');
    const send = jest.fn().mockRejectedValue(refusal);
    await expect(queue.submit({ kind: KIND, input: {}, photos: [files.pick(10)] }, send, true)).rejects.toBe(refusal);
    nothingStored();
  });

  it('keeps the record without trying when offline, and refuses one that does not fit', async () => {
    const send = jest.fn();
    const outcome = await queue.submit({ kind: KIND, input: {}, photos: [] }, send, false);
    expect(outcome.status).toBe('queued');
    expect(queue.list().map((record) => record.id)).toEqual([outcome.id]);
    files.otherBytes = OFFLINE_LIMITS.userFileBytes;
    await expect(
      queue.submit({ kind: KIND, input: {}, photos: [files.pick(1)] }, send, false),
    ).rejects.toBeInstanceOf(OfflineQueueFullError);
    expect(send).not.toHaveBeenCalled();
    expect(queue.list()).toHaveLength(1);
  });
});
