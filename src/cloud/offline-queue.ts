// The queue of records made without network (a 十个一 log on a factory floor), kept on the phone and sent when
// the network returns. Pure logic over three seams — the key-value store, the app's own file area and the clock —
// so it is tested with in-memory fakes and behaves the same in WeChat and in a browser.
//
// What it guarantees:
// - A record is stored whole or not at all: one storage key per record; its photos are copied out of temporary
//   paths first, and removed again when the record is refused. WeChat's limits are checked before anything is
//   written (1 MB a key, 10 MB of storage in all, 200 MB of user files), counting what is already there.
// - A record is sent by one flush at a time, oldest first: a second flush while one runs joins it, so a burst of
//   network-back events sends each record once. The record's id is the one the server makes the entry under
//   (it is idempotent by it), so a send whose answer was lost is simply sent again later.
// - A record the server refuses (content, a closed year) stays, with the reason, for editing or discarding.
import { newId } from '@/shared/ids';
import { utf8Bytes, type OfflineStore } from '@/platform/offline-store-types';
import type { UserFiles } from '@/platform/user-files-types';
import {
  failedOnTheWay,
  LIMIT_MESSAGES,
  OFFLINE_KEY_PREFIX,
  OFFLINE_LIMITS,
  OfflineQueueFullError,
  oldestFirst,
  parseStored,
  type FlushOutcome,
  type NewRecord,
  type QueuedRecord,
  type Senders,
  type SendRecord,
  type StoredRecord,
  type SubmitOutcome,
} from './offline-records';
import { CloudError } from './cloud-error';

export {
  failedOnTheWay,
  OFFLINE_KEY_PREFIX,
  OFFLINE_LIMITS,
  OfflineQueueFullError,
  type FlushOutcome,
  type NewRecord,
  type OfflineLimit,
  type QueuedRecord,
  type QueuedState,
  type Senders,
  type SendRecord,
  type SubmitOutcome,
} from './offline-records';

export interface OfflineQueueSeams {
  store: OfflineStore;
  files: UserFiles;
  /** The app's clock (`now` from src/platform/clock.ts). */
  now: () => Date;
}

export class OfflineQueue {
  private readonly listeners = new Set<() => void>();
  /** Mutations run one after another: each checks the limits against what the one before it stored. */
  private tail: Promise<unknown> = Promise.resolve();
  private sendingId: string | null = null;
  private running: Promise<FlushOutcome> | null = null;
  private readonly senders = new Map<string, SendRecord>();
  /** A flush was asked for while one ran: the running one looks for waiting records once more before it ends. */
  private again = false;
  /** Photos kept by an enqueue or update not yet written: `sweep` must not take them for orphans. */
  private readonly pendingPhotos = new Set<string>();

  constructor(private readonly seams: OfflineQueueSeams) {}

  /** Every queued record (of `kind`, when given), oldest first. */
  list(kind?: string): QueuedRecord[] {
    return this.readAll()
      .filter((record) => kind === undefined || record.kind === kind)
      .map((record) => this.view(record));
  }

  /** One queued record, or null. */
  get(id: string): QueuedRecord | null {
    const record = parseStored(this.seams.store.read(this.key(id)));
    return record ? this.view(record) : null;
  }

  /** A URL that shows (and uploads) one of a record's kept photos while the app runs. */
  photoUrl(path: string): Promise<string> {
    return this.seams.files.localUrl(path);
  }

  /** Calls `listener` after every change (queued, sending, sent, refused, edited, discarded); returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Keeps a new record on the phone, waiting to be sent. Refuses with OfflineQueueFullError when it would not fit
   * (then nothing of it is kept), with a CloudError CONFLICT when its id is already queued.
   */
  enqueue<I>(record: NewRecord<I>): Promise<QueuedRecord<I>> {
    return this.exclusive(async () => {
      const id = record.id ?? newId();
      if (this.seams.store.read(this.key(id)) !== null) {
        throw new CloudError('CONFLICT', '这条记录已在手机上等待发送');
      }
      const stored = await this.store(
        { v: 1, id, kind: record.kind, input: record.input, queuedAt: this.seams.now().toISOString() },
        record.photos,
        [],
      );
      return this.view(stored) as QueuedRecord<I>;
    });
  }

  /**
   * What a form calls on 保存: with `online`, sends the record at once through `send` (its photos still at their
   * picked paths); when offline, or when that send fails on the way (no network, a lost answer), keeps it on the
   * phone under the same id, waiting — so a send that did arrive is not made twice when the queue sends it again.
   * A refusal by the server (a field error, content) is thrown for the form to show, and nothing is kept; so is
   * OfflineQueueFullError when the record does not fit on the phone.
   */
  async submit<I>(record: NewRecord<I>, send: SendRecord, online: boolean): Promise<SubmitOutcome<I>> {
    const id = record.id ?? newId();
    // A record already waiting is the queue's to send (and `update`'s to change): sending it here too could send
    // it twice at once.
    if (this.seams.store.read(this.key(id)) !== null) {
      throw new CloudError('CONFLICT', '这条记录已在手机上等待发送');
    }
    if (online) {
      const attempt: QueuedRecord<I> = {
        id,
        kind: record.kind,
        input: record.input,
        photos: [...record.photos],
        queuedAt: this.seams.now().toISOString(),
        state: 'sending',
      };
      try {
        await send(attempt);
        return { status: 'sent', id };
      } catch (error) {
        if (!failedOnTheWay(error)) throw error;
      }
    }
    return { status: 'queued', id, record: await this.enqueue({ ...record, id }) };
  }

  /**
   * Replaces a waiting or refused record's input and photos (kept paths of the record stay, new picks are kept,
   * dropped ones are deleted) and sets it waiting again, in its place in the line. Not while it is being sent.
   */
  update<I>(id: string, input: I, photos: string[]): Promise<QueuedRecord<I>> {
    return this.exclusive(async () => {
      const current = this.readable(id);
      const stored = await this.store(
        { v: 1, id, kind: current.kind, input, queuedAt: current.queuedAt },
        photos,
        current.photos,
      );
      return this.view(stored) as QueuedRecord<I>;
    });
  }

  /** Removes a record and its photos from the phone, unsent. Not while it is being sent. */
  discard(id: string): Promise<void> {
    return this.exclusive(async () => {
      const current = this.readable(id);
      this.seams.store.remove(this.key(id));
      this.changed();
      await this.removePhotos(current.photos);
    });
  }

  /**
   * Sends the waiting records of the kinds in `senders`, one at a time, oldest first. A send that succeeds removes
   * the record and its photos; one that fails on the way (a retryable CloudError, or any other error: no network,
   * a lost answer) leaves it waiting and ends this flush; one the server refuses marks it refused and goes on.
   * While a flush runs, another call joins it (its senders are added) and gets the same outcome.
   */
  flush(senders: Senders): Promise<FlushOutcome> {
    for (const [kind, send] of Object.entries(senders)) this.senders.set(kind, send);
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const run = this.run();
    this.running = run;
    return run;
  }

  /** True while a flush runs. */
  get flushing(): boolean {
    return this.running !== null;
  }

  /**
   * Clears what a crash may have left behind: kept photos no record points to, and records that cannot be read.
   * Safe at any time (photos an enqueue is keeping are left alone).
   */
  sweep(): Promise<void> {
    return this.exclusive(async () => {
      for (const key of this.seams.store.keys(OFFLINE_KEY_PREFIX)) {
        if (parseStored(this.seams.store.read(key)) === null) this.seams.store.remove(key);
      }
      const used = new Set(this.readAll().flatMap((record) => record.photos));
      const orphans = (await this.seams.files.list()).filter(
        (path) => !used.has(path) && !this.pendingPhotos.has(path),
      );
      await this.removePhotos(orphans);
    });
  }

  private async run(): Promise<FlushOutcome> {
    const outcome: FlushOutcome = { sent: 0, refused: 0, stopped: false };
    try {
      for (;;) {
        const next = await this.exclusive(async () => this.pickNext());
        if (!next) {
          // A flush joined after the pick looked: look once more, so what it came for is not left waiting.
          if (this.again) continue;
          break;
        }
        const send = this.senders.get(next.kind)!;
        let failure: unknown = null;
        try {
          await send(this.view(next));
        } catch (error) {
          failure = error;
        }
        if (failure === null) {
          await this.exclusive(async () => {
            this.seams.store.remove(this.key(next.id));
            this.sendingId = null;
            this.changed();
            await this.removePhotos(next.photos);
          });
          outcome.sent += 1;
        } else if (failure instanceof CloudError && !failedOnTheWay(failure)) {
          await this.exclusive(async () => {
            const refusal = failure.field
              ? { message: failure.message, field: failure.field }
              : { message: failure.message };
            try {
              this.writeRecord({ ...next, state: 'refused', refusal });
            } catch {
              // Storage full even for the reason: it stays waiting, and the server refuses it again next time.
            }
            this.sendingId = null;
            this.changed();
          });
          outcome.refused += 1;
        } else {
          this.sendingId = null;
          this.changed();
          outcome.stopped = true;
          break;
        }
      }
    } finally {
      // Synchronously with the last look for work: a flush asked for from now on starts a run of its own.
      this.sendingId = null;
      this.running = null;
      this.again = false;
      this.senders.clear();
    }
    return outcome;
  }

  /** The oldest waiting record some sender can send, marked as being sent (under the lock). */
  private pickNext(): StoredRecord | null {
    this.again = false;
    const next = this.readAll().find((record) => record.state === 'waiting' && this.senders.has(record.kind));
    if (!next) return null;
    this.sendingId = next.id;
    this.changed();
    return next;
  }

  /**
   * Keeps `photos` (copying picked ones, keeping those of `previous`), checks every limit, writes the record, then
   * deletes the previous photos no longer used. On any refusal the copies just made are deleted again.
   */
  private async store(
    base: Omit<StoredRecord, 'photos' | 'state' | 'refusal'>,
    photos: string[],
    previous: string[],
  ): Promise<StoredRecord> {
    const { store, files } = this.seams;
    const own = new Set(previous);
    const picked = photos.filter((path) => !own.has(path));
    const dropped = previous.filter((path) => !photos.includes(path));

    // Photos first: their sizes decide before anything is copied.
    if (picked.length > 0) {
      const sizes = await Promise.all([...picked, ...dropped].map((path) => files.sizeOf(path)));
      const adding = sizes.slice(0, picked.length).reduce((sum, size) => sum + size, 0);
      const freeing = sizes.slice(picked.length).reduce((sum, size) => sum + size, 0);
      if ((await files.usedBytes()) - freeing + adding > OFFLINE_LIMITS.userFileBytes) {
        throw new OfflineQueueFullError('userFiles', LIMIT_MESSAGES.userFiles, 'photos');
      }
    }

    const kept = new Map<string, string>();
    try {
      for (const path of picked) {
        const copy = await files.keep(path);
        kept.set(path, copy.path);
        this.pendingPhotos.add(copy.path);
      }
      const record: StoredRecord = {
        ...base,
        photos: photos.map((path) => kept.get(path) ?? path),
        state: 'waiting',
      };
      const key = this.key(record.id);
      const text = JSON.stringify(record);
      const bytes = utf8Bytes(text);
      if (bytes > OFFLINE_LIMITS.recordBytes) {
        throw new OfflineQueueFullError('record', LIMIT_MESSAGES.record);
      }
      const before = store.read(key);
      const replaced = before === null ? 0 : utf8Bytes(key) + utf8Bytes(before);
      const limit = OFFLINE_LIMITS.storageBytes - OFFLINE_LIMITS.storageHeadroomBytes;
      if (store.usedBytes() - replaced + utf8Bytes(key) + bytes > limit) {
        throw new OfflineQueueFullError('storage', LIMIT_MESSAGES.storage);
      }
      try {
        store.write(key, text);
      } catch {
        // The platform's own quota said no (a browser's may be smaller than WeChat's): the same refusal.
        throw new OfflineQueueFullError('write', LIMIT_MESSAGES.write);
      }
      this.changed();
      await this.removePhotos(dropped);
      return record;
    } catch (error) {
      await this.removePhotos([...kept.values()]);
      throw error;
    } finally {
      for (const path of kept.values()) this.pendingPhotos.delete(path);
    }
  }

  /** A record that may be edited or discarded now. */
  private readable(id: string): StoredRecord {
    const current = parseStored(this.seams.store.read(this.key(id)));
    if (!current) throw new CloudError('NOT_FOUND', '这条待发送的记录已不在手机上（可能已发送）');
    if (this.sendingId === id) throw new CloudError('CONFLICT', '这条记录正在发送，请稍候再试');
    return current;
  }

  private readAll(): StoredRecord[] {
    const { store } = this.seams;
    return store
      .keys(OFFLINE_KEY_PREFIX)
      .flatMap((key) => parseStored(store.read(key)) ?? [])
      .sort(oldestFirst);
  }

  private writeRecord(record: StoredRecord): void {
    this.seams.store.write(this.key(record.id), JSON.stringify(record));
  }

  private view(record: StoredRecord): QueuedRecord {
    const { v: _v, ...rest } = record;
    return { ...rest, photos: [...rest.photos], state: this.sendingId === record.id ? 'sending' : record.state };
  }

  private key(id: string): string {
    return `${OFFLINE_KEY_PREFIX}${id}`;
  }

  /** Best effort: a photo that cannot be deleted now is an orphan `sweep` clears later. */
  private async removePhotos(paths: string[]): Promise<void> {
    for (const path of paths) {
      try {
        await this.seams.files.remove(path);
      } catch {
        // Left for sweep.
      }
    }
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

export function createOfflineQueue(seams: OfflineQueueSeams): OfflineQueue {
  return new OfflineQueue(seams);
}
