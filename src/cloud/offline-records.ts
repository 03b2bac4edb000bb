// What the offline queue keeps and refuses, apart from how it runs: the records as a form hands them in and as they
// are stored (one key each), WeChat's limits with the messages a refusal shows, and the error for a record that does
// not fit. The queue (offline-queue.ts) re-exports what callers use.
import { CloudError } from './cloud-error';

/** WeChat's limits, and the headroom the queue leaves in storage for the rest of the app. */
export const OFFLINE_LIMITS = {
  /** One storage key holds at most 1 MB. */
  recordBytes: 1024 * 1024,
  /** A mini-program's storage holds at most 10 MB in all. */
  storageBytes: 10 * 1024 * 1024,
  /** Kept free for the rest of the app's storage, which may grow after the queue has filled the rest. */
  storageHeadroomBytes: 256 * 1024,
  /** A mini-program's user files hold at most 200 MB. */
  userFileBytes: 200 * 1024 * 1024,
} as const;

/** Storage keys of queued records start with this. */
export const OFFLINE_KEY_PREFIX = 'jx-offline:';

export type QueuedState = 'waiting' | 'sending' | 'refused';

export interface QueuedRecord<I = unknown> {
  /** The id the server makes the entry under (client-made, `newId`): sending it again never makes a second. */
  id: string;
  /** What the record is, which picks its sender, e.g. 'tenones.entry'. */
  kind: string;
  /** The JSON the action will get. */
  input: I;
  /** Kept local paths of its photos, in order (`UserFiles.localUrl` turns one into a URL to show or upload). */
  photos: string[];
  /** When it was queued (ISO instant): records are sent oldest first. */
  queuedAt: string;
  state: QueuedState;
  /** Why the server refused it (state 'refused'), and the input field to blame when there is one. */
  refusal?: { message: string; field?: string };
}

/** What a form hands the queue: the record's id (the one it would have sent online) is optional. */
export interface NewRecord<I = unknown> {
  id?: string;
  kind: string;
  input: I;
  /** Picked photos (temporary paths or blob: URLs); kept paths of this record are accepted as they are. */
  photos: string[];
}

/** Sends one record: uploads its photos to cloud paths made from the record's id and index, then calls the action. */
export type SendRecord = (record: QueuedRecord) => Promise<void>;

/** Senders by record kind: a flush sends only the kinds it has a sender for. */
export type Senders = Readonly<Record<string, SendRecord>>;

export interface FlushOutcome {
  /** Records the server took (removed from the phone with their photos). */
  sent: number;
  /** Records the server refused (kept, marked with the reason). */
  refused: number;
  /** True when a send failed on the way (no network, lost answer): the rest wait for the next flush. */
  stopped: boolean;
}

/** What became of a submitted record: sent now, or kept on the phone to be sent when the network returns. */
export type SubmitOutcome<I = unknown> =
  { status: 'sent'; id: string } | { status: 'queued'; id: string; record: QueuedRecord<I> };

/** A send that failed on the way (and may be tried again), not one the server refused. */
export function failedOnTheWay(error: unknown): boolean {
  return !(error instanceof CloudError) || error.retryable;
}

export type OfflineLimit = 'record' | 'storage' | 'userFiles' | 'write';

/**
 * A record that does not fit on the phone, refused before anything was kept. A CloudError (not retryable), so a
 * form shows its message as it shows a server's; `field` is 'photos' when the photos are what does not fit.
 */
export class OfflineQueueFullError extends CloudError {
  constructor(
    readonly limit: OfflineLimit,
    message: string,
    field?: string,
  ) {
    super('CONFLICT', message, field);
    this.name = 'OfflineQueueFullError';
  }
}

export const LIMIT_MESSAGES: Record<OfflineLimit, string> = {
  record: '这条记录太大，超过了手机上单条 1 MB 的存储上限，请精简文字后再保存',
  storage: '手机上待发送的记录已满（共 10 MB），请连上网络发送后再记',
  userFiles: '手机上待发送的照片已满（共 200 MB），请少选几张，或连上网络发送后再记',
  write: '手机存储空间不足，没能保存这条记录，请连上网络发送后再记',
};

/** The stored form: 'sending' is never stored (a send cut short by a restart is simply waiting again). */
export interface StoredRecord {
  v: 1;
  id: string;
  kind: string;
  input: unknown;
  photos: string[];
  queuedAt: string;
  state: 'waiting' | 'refused';
  refusal?: { message: string; field?: string };
}

export function parseStored(text: string | null): StoredRecord | null {
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as Partial<StoredRecord> | null;
    if (
      value?.v === 1 &&
      typeof value.id === 'string' &&
      typeof value.kind === 'string' &&
      Array.isArray(value.photos) &&
      typeof value.queuedAt === 'string' &&
      (value.state === 'waiting' || value.state === 'refused')
    ) {
      return value as StoredRecord;
    }
  } catch {
    // Not ours or damaged: treated as absent (and cleared by `sweep`).
  }
  return null;
}

export const oldestFirst = (a: { queuedAt: string; id: string }, b: { queuedAt: string; id: string }) =>
  a.queuedAt < b.queuedAt ? -1 : a.queuedAt > b.queuedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
