// The app's one offline queue over this platform's storage, file area and clock, and the hook a page uses to show
// the records of one kind waiting on the phone (待发送) and to send them when the network returns. A form queues
// with `offlineQueue.enqueue` when it has no network (or its send failed on the way) and builds its sender with
// `uploadQueuedPhotos`, so a photo sent twice lands on the same cloud path.
import { useCallback, useEffect, useRef, useState } from 'react';
import { now } from '@/platform/clock';
import { isOnline, onNetworkBack } from '@/platform/network';
import { offlineStore } from '@/platform/offline-store';
import { userFiles } from '@/platform/user-files';
import { files } from './files';
import {
  createOfflineQueue,
  type FlushOutcome,
  type OfflineQueue,
  type QueuedRecord,
  type SendRecord,
  type SubmitOutcome,
} from './offline-queue';

export const offlineQueue: OfflineQueue = createOfflineQueue({ store: offlineStore, files: userFiles, now });

function extensionOf(path: string): string {
  const match = /\.(jpe?g|png|gif|webp|heic)$/i.exec(path);
  return match ? match[1]!.toLowerCase() : 'jpg';
}

/**
 * Uploads a queued record's photos, in order, to `${folder}/${record.id}-${index}.<ext>` and answers their file
 * IDs. The path depends only on the record and the index, so a send repeated after a lost answer overwrites the
 * same files instead of leaving copies.
 */
export async function uploadQueuedPhotos(record: QueuedRecord, folder: string): Promise<string[]> {
  const fileIDs: string[] = [];
  for (const [index, path] of record.photos.entries()) {
    const url = await offlineQueue.photoUrl(path);
    const uploaded = await files.uploadFile(url, `${folder}/${record.id}-${index}.${extensionOf(path)}`);
    fileIDs.push(uploaded.fileID);
  }
  return fileIDs;
}

export interface OfflineQueueView<I> {
  /** This kind's records on the phone, oldest first. */
  records: QueuedRecord<I>[];
  /** A URL to show each kept photo of those records (by its kept path), once resolved. */
  photoUrls: Readonly<Record<string, string>>;
  /** True while a flush runs (any kind's). */
  flushing: boolean;
  /** Sends what waits now (发送 tapped); joins a flush already running. */
  flush: () => Promise<FlushOutcome>;
  /** Edits a waiting or refused record and sets it waiting again. */
  update: (id: string, input: I, photos: string[]) => Promise<QueuedRecord<I>>;
  /** Removes a record and its photos unsent. */
  discard: (id: string) => Promise<void>;
  /**
   * 保存 in a form: sends at once when online, else (or when that send fails on the way) keeps the record on the
   * phone; a refusal by the server is thrown for the form to show. Pass the id the form made (`newId`) so that
   * retrying the form's own 保存 after a lost answer never makes a second entry.
   */
  submit: (input: I, photos: string[], id?: string) => Promise<SubmitOutcome<I>>;
}

/** Waits before sending again after a send failed on the way while the phone says it is online (a lost answer). */
export const RETRY_DELAYS_MS = [5_000, 15_000, 60_000, 120_000] as const;

// Orphaned photos (a crash between copying and storing) are cleared once per run of the app.
let swept = false;

/**
 * The records of `kind` waiting on the phone, re-rendered on every change, and sent with `send` when the page
 * opens online, when the network returns and when the app comes back to the front.
 */
export function useOfflineQueue<I = unknown>(
  kind: string,
  send: SendRecord,
  queue: OfflineQueue = offlineQueue,
): OfflineQueueView<I> {
  const read = useCallback(() => queue.list(kind) as QueuedRecord<I>[], [queue, kind]);
  const [records, setRecords] = useState(read);
  const [flushing, setFlushing] = useState(queue.flushing);
  const [photoUrls, setPhotoUrls] = useState<Record<string, string>>({});
  const sendRef = useRef(send);
  sendRef.current = send;

  const flush = useCallback(() => {
    const running = queue.flush({ [kind]: (record) => sendRef.current(record) });
    setFlushing(true);
    running.then(
      () => setFlushing(queue.flushing),
      () => setFlushing(queue.flushing),
    );
    return running;
  }, [queue, kind]);

  useEffect(() => {
    let live = true;
    const refresh = () => {
      if (!live) return;
      setRecords(read());
      setFlushing(queue.flushing);
    };
    const unsubscribe = queue.subscribe(refresh);
    refresh();
    // After a send failed on the way while the phone says it is online (the server unreachable, an answer lost),
    // nothing else would send again until the network changes: try again later, less and less often.
    let timer: ReturnType<typeof setTimeout> | null = null;
    let retries = 0;
    let handled: FlushOutcome | null = null;
    const quietFlush = () => {
      if (timer) clearTimeout(timer);
      timer = null;
      flush().then(
        async (outcome) => {
          // A burst of events joins one flush: its outcome is handled once.
          if (outcome === handled) return;
          handled = outcome;
          if (!outcome.stopped) {
            retries = 0;
            return;
          }
          if (!(await isOnline()) || !live) return; // the network-back event will come
          if (timer) clearTimeout(timer);
          timer = setTimeout(quietFlush, RETRY_DELAYS_MS[Math.min(retries, RETRY_DELAYS_MS.length - 1)]);
          retries += 1;
        },
        () => undefined,
      );
    };
    const stopListening = onNetworkBack(quietFlush);
    if (!swept) {
      swept = true;
      queue.sweep().catch(() => undefined);
    }
    isOnline().then(
      (online) => {
        if (live && online) quietFlush();
      },
      () => undefined,
    );
    return () => {
      live = false;
      if (timer) clearTimeout(timer);
      unsubscribe();
      stopListening();
    };
  }, [queue, read, flush]);

  const photoKey = records.flatMap((record) => record.photos).join('\n');
  useEffect(() => {
    if (!photoKey) return;
    let live = true;
    const paths = photoKey.split('\n');
    Promise.all(
      paths.map((path) =>
        queue.photoUrl(path).then(
          (url) => [path, url] as const,
          () => null,
        ),
      ),
    ).then((pairs) => {
      if (!live) return;
      setPhotoUrls(Object.fromEntries(pairs.filter((pair) => pair !== null)));
    });
    return () => {
      live = false;
    };
  }, [queue, photoKey]);

  const update = useCallback((id: string, input: I, photos: string[]) => queue.update(id, input, photos), [queue]);
  const discard = useCallback((id: string) => queue.discard(id), [queue]);
  const submit = useCallback(
    async (input: I, photos: string[], id?: string) =>
      queue.submit({ id, kind, input, photos }, (record) => sendRef.current(record), await isOnline()),
    [queue, kind],
  );

  return { records, photoUrls, flushing, flush, update, discard, submit };
}
