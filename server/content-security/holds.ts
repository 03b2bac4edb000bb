// What an owning record stores about its held content, under `content`: texts held for review (or refused) by
// field, and images under check (or refused) by their check's id. Views turn it into the answers' shape, the public
// views leave held content out, and the update pieces here are the only writes of it, so every owner keeps the
// same rules: a verdict or decision changes only what is still held, whatever else changed meanwhile.
import type { ContentHolds } from '../../src/shared/contracts/content-holds';
import type { Db } from '../kit/db';

export interface TextHold {
  state: 'review' | 'refused';
  /** The text's check record (contentChecks). */
  checkId: string;
  reason: string | null;
}

export interface ImageHold {
  fileId: string;
  state: 'checking' | 'refused';
  reason: string | null;
}

/** Stored on the owning record as `content`. */
export interface StoredHolds {
  texts?: Record<string, TextHold>;
  images?: Record<string, ImageHold>;
}

/** The holds as answers show them to the author and staff. */
export function holdsView(stored: StoredHolds | null | undefined): ContentHolds {
  return {
    texts: Object.entries(stored?.texts ?? {}).map(([field, hold]) => ({
      field,
      state: hold.state,
      reason: hold.reason,
    })),
    images: Object.values(stored?.images ?? {}).map((hold) => ({
      fileId: hold.fileId,
      state: hold.state,
      reason: hold.reason,
    })),
  };
}

/** The hold on one text field, if it is held for review or was refused. */
export function textHold(stored: StoredHolds | null | undefined, field: string): TextHold | undefined {
  return stored?.texts?.[field];
}

/** A field's value as the public may see it: `hidden` while the text is held or refused. */
export function shownText<T>(stored: StoredHolds | null | undefined, field: string, value: T, hidden: T): T {
  return textHold(stored, field) ? hidden : value;
}

/** The images the public may see: none still under check, none refused. */
export function shownImages(stored: StoredHolds | null | undefined, fileIds: readonly string[]): string[] {
  const held = new Set(Object.values(stored?.images ?? {}).map((hold) => hold.fileId));
  return fileIds.filter((fileId) => !held.has(fileId));
}

/**
 * The holds to store when a record's content is written again: a text given unchanged keeps its hold (a refused
 * text stays refused until it is rewritten); a changed one takes its new screening's hold, if any. Images still
 * under check that are kept keep their check; new images take theirs; refused images were already removed.
 */
export function nextHolds(
  prior: StoredHolds | null | undefined,
  change: {
    unchangedTexts: readonly string[];
    newTextHolds: Record<string, TextHold>;
    keptImages: readonly string[];
    newImageHolds: Record<string, ImageHold>;
  },
): StoredHolds {
  const texts: Record<string, TextHold> = {};
  for (const field of change.unchangedTexts) {
    const hold = prior?.texts?.[field];
    if (hold) texts[field] = hold;
  }
  Object.assign(texts, change.newTextHolds);
  const images: Record<string, ImageHold> = {};
  for (const [checkId, hold] of Object.entries(prior?.images ?? {})) {
    if (hold.state === 'checking' && change.keptImages.includes(hold.fileId)) images[checkId] = hold;
  }
  Object.assign(images, change.newImageHolds);
  return { texts, images };
}

/** A query part: none of `fields` is held or refused (a decided text's hold is removed when it passes). */
export function noHeldTexts(db: Db, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((field) => [`content.texts.${field}`, db.command.exists(false)]));
}

/** A query part: the text of `field` is still held for review under this check. */
export function textStillHeld(field: string, checkId: string): Record<string, unknown> {
  return { [`content.texts.${field}.checkId`]: checkId, [`content.texts.${field}.state`]: 'review' };
}

/** The changes a decision on a held text makes: passing lifts the hold, refusing keeps it with the reason. */
export function textDecisionChanges(
  db: Db,
  field: string,
  checkId: string,
  decision: { passed: boolean; reason: string | null },
): Record<string, unknown> {
  const path = `content.texts.${field}`;
  if (decision.passed) return { [path]: db.command.remove() };
  const hold: TextHold = { state: 'refused', checkId, reason: decision.reason };
  return { [path]: db.command.set(hold) };
}

/** A query part: the image of this check is still under check on the record. */
export function imageStillChecking(checkId: string): Record<string, unknown> {
  return { [`content.images.${checkId}.state`]: 'checking' };
}

/**
 * The changes a verdict on an image makes: passing lifts the hold; refusing removes the file from `imagesField`
 * (what the record shows) and keeps the refusal with its reason for the author and staff.
 */
export function imageVerdictChanges(
  db: Db,
  imagesField: string,
  target: { checkId: string; fileId: string },
  verdict: { passed: boolean; reason: string | null },
): Record<string, unknown> {
  const path = `content.images.${target.checkId}`;
  if (verdict.passed) return { [path]: db.command.remove() };
  const hold: ImageHold = { fileId: target.fileId, state: 'refused', reason: verdict.reason };
  return { [path]: db.command.set(hold), [imagesField]: db.command.pull(target.fileId) };
}
