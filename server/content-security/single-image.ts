// One image kept in one field of a record (a contest's poster, a campaign's cover): staff upload it into their own
// folder, it goes to WeChat's image check when it is new, the public sees it once the check passed it, and a refusal
// empties the field. Contests and campaigns use these same pieces, so the two images follow one rule.
import type { ContentContext } from './checks';
import { imageStillChecking, nextHolds, type ImageHold, type StoredHolds } from './holds';
import { submitImages } from './images';
import type { ImageVerdict } from './owners';
import { AppError } from '../kit/app-error';
import type { GuardedContext } from '../kit/guarded-function';
import type { StoredCollection } from '../kit/db';

export interface SingleImage {
  /** The owner kind the verdict is routed to (`contest`, `campaign`). */
  kind: string;
  /** The record's field that holds the file id; also the path a refusal names (prefixed by `fieldPrefix`). */
  field: string;
  /** How the request's input names the field (`contest.poster`, `coverImage`). */
  inputField: string;
  /** What staff call it (海报, 封面图片). */
  label: string;
  /** The uploader's own folder, the only place such a file is taken from. */
  folder: (person: string) => string;
}

/** The changes of a verdict on a record whose image is one field (not a list): refusing empties it. */
export function singleImageVerdictChanges(
  ctx: ContentContext,
  target: { checkId: string; fileId: string },
  verdict: ImageVerdict,
  imageField: string,
): Record<string, unknown> {
  const _ = ctx.db.command;
  const path = `content.images.${target.checkId}`;
  if (verdict.passed) return { [path]: _.remove() };
  const hold: ImageHold = { fileId: target.fileId, state: 'refused', reason: verdict.reason };
  return { [path]: _.set(hold), [imageField]: null };
}

/** Applies a verdict to the record only while it still holds that image under that check. */
export async function applySingleImageVerdict<T extends { _id: string }>(
  ctx: ContentContext,
  collection: StoredCollection<T>,
  image: Pick<SingleImage, 'field'>,
  target: { ownerId: string; checkId: string; fileId: string },
  verdict: ImageVerdict,
): Promise<void> {
  // A hold is dropped when the image is replaced, so a hold still checking is the current image's own.
  await collection
    .of(ctx.db)
    .where({ _id: target.ownerId, [image.field]: target.fileId, ...imageStillChecking(target.checkId) })
    .update({ ...singleImageVerdictChanges(ctx, target, verdict, image.field), updatedAt: ctx.now });
}

/**
 * The image's holds when its record is written: a new image goes to the image check (it must be in the caller's own
 * folder), a kept one keeps its hold, a removed one drops it. A refusal names the input's field.
 */
export async function screenSingleImage(
  ctx: GuardedContext,
  image: SingleImage,
  ownerId: string,
  fileId: string | null,
  prior?: { fileId: string | null; content?: StoredHolds },
): Promise<StoredHolds> {
  const kept = fileId !== null && fileId === prior?.fileId;
  if (fileId && !kept && !fileId.includes(`/${image.folder(ctx.actor.id)}`)) {
    throw new AppError('INVALID_INPUT', `${image.label}不是你上传的图片，请重新上传`, image.inputField);
  }
  const author = { owner: { kind: image.kind, id: ownerId }, openid: ctx.caller.openid, purpose: 'profile' as const };
  const newImageHolds =
    fileId && !kept
      ? await submitImages(ctx, author, { field: image.inputField, fileIds: [fileId] }).catch((error: unknown) => {
          // The check names the first of a list of images; this one is the field itself.
          if (error instanceof AppError && error.field?.startsWith(image.inputField)) {
            throw new AppError(error.code, error.message.replace('第1张照片', image.label), image.inputField);
          }
          throw error;
        })
      : {};
  return nextHolds(prior?.content, {
    unchangedTexts: [],
    newTextHolds: {},
    keptImages: kept ? [fileId] : [],
    newImageHolds,
  });
}

/** The image's own check while it holds the image, or the refusal that took the last one off (until replaced). */
export function singleImageHold(
  content: StoredHolds | null | undefined,
  fileId: string | null,
): { state: ImageHold['state']; reason: string | null } | null {
  const images = Object.values(content?.images ?? {});
  const hold = images.find((one) => one.fileId === fileId) ?? images.find((one) => one.state === 'refused');
  return hold ? { state: hold.state, reason: hold.reason } : null;
}
