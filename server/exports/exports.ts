// Exports: the `exports` collection, one record per file staff had made (who, what, when, whether it holds personal
// data, when it goes), the file itself in cloud storage, and the housekeeping that deletes it when it expires. A file
// with personal data (names of people not yet published, masked numbers, who acted) lives a day; others a week.
// The file is reached only through a temporary URL handed out when it is made.
import type * as tcb from '@cloudbase/node-sdk';
import type { Actor } from '../kit/actor';
import { storedCollection, type Db } from '../kit/db';
import { newId } from '../kit/ids';
import { beijingDay } from '../../src/shared/time/beijing';

export const PERSONAL_LIFETIME_MS = 24 * 3600_000;
export const OTHER_LIFETIME_MS = 7 * 24 * 3600_000;
/** The temporary URL is for fetching the file now, not for keeping: an hour, never past the file's expiry. */
const URL_MAX_AGE_S = 3600;

export interface ExportRecord {
  _id: string;
  /** What the file is, e.g. `selection.result`. */
  kind: string;
  /** What it is about, as staff read it (the campaign's title and the kind of list). */
  label: string;
  /** The organisation whose data it holds: staff over it may have made it. */
  orgPath: string[];
  subjectId: string;
  fileId: string;
  fileName: string;
  rows: number;
  personal: boolean;
  createdBy: string;
  createdByName: string;
  createdAt: Date;
  expiresAt: Date;
  /** Set when housekeeping has deleted the file. */
  deletedAt: Date | null;
}

export const exportRecords = storedCollection<ExportRecord>('exports');

export interface StoreContext {
  app: tcb.CloudBase;
  db: Db;
  now: Date;
  actor: Actor;
}

export interface MadeExport {
  exportId: string;
  fileName: string;
  url: string;
  expiresAt: Date;
  personal: boolean;
  rows: number;
}

/**
 * Uploads the file, records it and answers a temporary URL. The file is uploaded first and deleted again if the
 * record cannot be written, so no file is ever left in storage that housekeeping does not know about.
 */
export async function storeExport(
  ctx: StoreContext,
  file: Pick<ExportRecord, 'kind' | 'label' | 'orgPath' | 'subjectId' | 'fileName' | 'rows' | 'personal'> & {
    bytes: Buffer;
  },
): Promise<MadeExport> {
  const id = newId('x');
  // The path is plain ASCII (ids and a day); the Chinese file name travels beside it.
  const cloudPath = `exports/${beijingDay(ctx.now)}/${id}.xlsx`;
  const { fileID } = await ctx.app.uploadFile({ cloudPath, fileContent: file.bytes });
  const expiresAt = new Date(ctx.now.getTime() + (file.personal ? PERSONAL_LIFETIME_MS : OTHER_LIFETIME_MS));
  const { bytes: _bytes, ...described } = file;
  const record: ExportRecord = {
    _id: id,
    ...described,
    fileId: fileID,
    createdBy: ctx.actor.id,
    createdByName: ctx.actor.name,
    createdAt: ctx.now,
    expiresAt,
    deletedAt: null,
  };
  try {
    await exportRecords.of(ctx.db).add(record);
  } catch (error) {
    await ctx.app.deleteFile({ fileList: [fileID] }).catch(() => undefined);
    throw error;
  }
  const maxAge = Math.min(URL_MAX_AGE_S, Math.floor((expiresAt.getTime() - ctx.now.getTime()) / 1000));
  const { fileList } = await ctx.app.getTempFileURL({ fileList: [{ fileID, maxAge }] });
  const url = fileList[0]?.code === 'SUCCESS' ? fileList[0].tempFileURL : '';
  if (!url) throw new Error(`no temporary URL for ${fileID}: ${fileList[0]?.code ?? 'no answer'}`);
  return { exportId: id, fileName: file.fileName, url, expiresAt, personal: file.personal, rows: file.rows };
}

/** Storage answers these for a file that is gone: it needs no deleting. */
const GONE = new Set(['SUCCESS', 'STORAGE_FILE_NONEXIST']);

/**
 * Housekeeping the timer runs: deletes from storage every file whose time is up and marks its record. A file
 * storage would not delete stays unmarked and is tried again on the next run. At most 50 a run: the most one
 * deleteFile call takes.
 */
export async function deleteExpiredExports(ctx: { app: tcb.CloudBase; db: Db; now: Date }): Promise<number> {
  const _ = ctx.db.command;
  const { data } = (await exportRecords
    .of(ctx.db)
    .where({ deletedAt: null, expiresAt: _.lte(ctx.now) })
    .orderBy('expiresAt', 'asc')
    .limit(50)
    .get()) as { data: ExportRecord[] };
  if (data.length === 0) return 0;
  const { fileList } = await ctx.app.deleteFile({ fileList: data.map((record) => record.fileId) });
  const gone = data.filter((record) => GONE.has(fileList.find((item) => item.fileID === record.fileId)?.code ?? ''));
  if (gone.length === 0) return 0;
  const { updated } = await exportRecords
    .of(ctx.db)
    .where({ _id: _.in(gone.map((record) => record._id)), deletedAt: null })
    .update({ deletedAt: ctx.now });
  return updated;
}
