// What every write of a 十个一 record shares: the author's own record loaded (someone else's id answers as not
// found, saying nothing about whose it is), content screened before anything is stored (a risky text refuses the
// request naming its field), the holds settled and the credit settled after it is stored, and files dropped from a
// record removed from storage.
import { createHash } from 'node:crypto';
import type { TenItem } from '../../src/shared/tenones/items';
import { entryDateProblem } from '../../src/shared/tenones/year-rules';
import { nextHolds, type StoredHolds } from '../content-security/holds';
import { submitImages } from '../content-security/images';
import type { ContentOwner } from '../content-security/owners';
import { settleHolds } from '../content-security/settle';
import { screenTexts, type TextToScreen } from '../content-security/text';
import type { Actor } from '../kit/actor';
import { AppError } from '../kit/app-error';
import type { GuardedContext } from '../kit/guarded-function';
import type { UserRecord } from '../people/users';
import type { HistoryEvent } from './records';
import { recordState } from './views';
import { isDuplicateWrite, type StoredCollection } from '../kit/db';

/** The caller's own user record (the access rule `profiled` guarantees one). */
export function me(ctx: GuardedContext): UserRecord {
  const user = ctx.caller.user;
  if (!user?.profile) throw new AppError('FORBIDDEN', '请先填写个人资料');
  return user;
}

/** The enterprise name of a person now (their open membership), or null. */
export function orgNameOf(user: UserRecord): string | null {
  return user.history.find((entry) => entry.to === null)?.orgName ?? null;
}

export function historyEvent(
  action: HistoryEvent['action'],
  actor: Actor,
  at: Date,
  note: string | null = null,
): HistoryEvent {
  return { action, by: actor.id, byName: actor.name, at, note };
}

/** Refuses a date the year rules do not allow, naming the field. */
export function requireLoggableDate(date: string, now: Date, field = 'date'): void {
  const problem = entryDateProblem(date, now);
  if (problem) throw new AppError('INVALID_INPUT', problem, field);
}

/** A digest of what was sent, to tell a repeat of the same send from a different one under the same id. */
export function digestOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/**
 * Screens what a record would store (new, or `prior` rewritten): changed texts through msgSecCheck as a log of the
 * author's, new photos through the image check. Unchanged texts and kept photos keep their holds.
 */
export async function screenRecord(
  ctx: GuardedContext,
  owner: { kind: string; id: string },
  texts: Record<string, { label: string; text: string }>,
  photos: { field: string; next: string[]; prior?: string[] },
  prior?: { content: StoredHolds; texts: Record<string, string> },
): Promise<StoredHolds> {
  const author = { owner, openid: ctx.caller.openid, purpose: 'log' as const };
  const unchangedTexts = Object.keys(texts).filter((field) => prior?.texts[field] === texts[field]!.text);
  const toScreen: TextToScreen[] = Object.entries(texts)
    .filter(([field]) => !unchangedTexts.includes(field))
    .map(([field, { label, text }]) => ({ field, label, text }));
  const newTextHolds = await screenTexts(ctx, author, toScreen);
  const keptImages = photos.next.filter((fileId) => photos.prior?.includes(fileId));
  const newImageHolds = await submitImages(ctx, author, {
    field: photos.field,
    fileIds: photos.next.filter((fileId) => !keptImages.includes(fileId)),
  });
  return nextHolds(prior?.content, { unchangedTexts, newTextHolds, keptImages, newImageHolds });
}

/** After a record's holds were stored: what was decided meanwhile is applied. */
export const settleRecordHolds = (ctx: GuardedContext, owner: ContentOwner, id: string, holds: StoredHolds) =>
  settleHolds(ctx, owner, id, holds);

/** Files a record no longer shows, removed from storage (a failure leaves an orphan file, never a broken record). */
export async function dropFiles(ctx: GuardedContext, fileIds: string[]): Promise<void> {
  if (fileIds.length === 0) return;
  try {
    await ctx.app.deleteFile({ fileList: fileIds });
  } catch (error) {
    console.warn('deleting dropped photos failed', (error as Error).message);
  }
}

export const asItem = (item: number) => item as TenItem;

/** Where a person's 十个一 photos are uploaded (the app uploads there; the server takes no one else's files). */
export const photoFolder = (person: string) => `tenones/${person}/`;

/** Refuses a photo outside the author's own folder (someone else's file id), naming it. */
export function requireOwnPhotos(photos: readonly string[], person: string, field = 'photos'): void {
  photos.forEach((fileId, index) => {
    if (!fileId.includes(`/${photoFolder(person)}`)) {
      throw new AppError('INVALID_INPUT', `第${index + 1}张照片不是你上传的，请重新选择`, `${field}.${index}`);
    }
  });
}

/** The fields every kept record starts with: its author, where they are a member, its holds and first event. */
export function newKept(ctx: GuardedContext, user: UserRecord, id: string, year: number, content: StoredHolds) {
  return {
    _id: id,
    person: user._id,
    openid: ctx.caller.openid,
    orgPath: user.orgPath,
    year,
    content,
    state: recordState({ content }),
    version: 1,
    history: [historyEvent('created', ctx.actor, ctx.now)],
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
}

/** The changes that rewrite a kept record's content: its holds and state, one more version, an 'edited' event. */
export function rewrite(ctx: GuardedContext, content: StoredHolds): Record<string, unknown> {
  const _ = ctx.db.command;
  return {
    content: _.set(content),
    state: recordState({ content }),
    version: _.inc(1),
    updatedAt: ctx.now,
    history: _.push([historyEvent('edited', ctx.actor, ctx.now)]),
  };
}

/** Stores a kept record, or refuses with `conflict` when it was just stored by another call (a race, a second tab). */
export async function addKept<T extends { _id: string }>(
  ctx: GuardedContext,
  collection: StoredCollection<T>,
  record: T,
  conflict: string,
): Promise<void> {
  try {
    await collection.of(ctx.db).add(record);
  } catch (error) {
    if (!isDuplicateWrite(error)) throw error;
    throw new AppError('CONFLICT', conflict);
  }
}
