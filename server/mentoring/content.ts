// 师带徒 under content security: a studio's name and description (texts) and photos (`studio`), and an application's
// statement (`mentorApplication`). Both are the usual owners (holds under `content`); the message-push function
// (content-verdict) registers them, so WeChat's verdict on a studio photo reaches the studio.
import type { GuardedContext } from '../kit/guarded-function';
import { AppError } from '../kit/app-error';
import { nextHolds, type StoredHolds } from '../content-security/holds';
import { submitImages } from '../content-security/images';
import { recordContentOwner, type ContentOwner } from '../content-security/owners';
import { settleHolds } from '../content-security/settle';
import { screenTexts } from '../content-security/text';
import { mentorApplications, studios } from './records';

export const studioContent: ContentOwner = recordContentOwner({
  kind: 'studio',
  collection: studios,
  imagesField: 'photos',
});

export const applicationContent: ContentOwner = recordContentOwner({
  kind: 'mentorApplication',
  collection: mentorApplications,
});

export const mentoringContentOwners = [studioContent, applicationContent] as const;

/** The studio's texts as users know them (a refusal names the field and this label). */
export const STUDIO_TEXTS = { name: '工作室名称', description: '工作室简介' } as const;

/** Where a person uploads studio photos (the server takes no one else's files). */
export const studioPhotoFolder = (person: string) => `mentoring/${person}/`;

/**
 * Screens a studio's texts and new photos before it is stored: unchanged texts and kept photos keep their holds, new
 * photos must be in the editor's own upload folder.
 */
export async function screenStudio(
  ctx: GuardedContext,
  studioId: string,
  next: { name: string; description: string; photos: readonly string[] },
  prior?: { name: string; description: string; photos: readonly string[]; content?: StoredHolds },
): Promise<StoredHolds> {
  const kept = next.photos.filter((fileId) => prior?.photos.includes(fileId));
  const added = next.photos.filter((fileId) => !kept.includes(fileId));
  added.forEach((fileId) => {
    if (!fileId.includes(`/${studioPhotoFolder(ctx.actor.id)}`)) {
      const index = next.photos.indexOf(fileId);
      throw new AppError('INVALID_INPUT', `第${index + 1}张照片不是你上传的，请重新上传`, `studio.photos.${index}`);
    }
  });
  const author = {
    owner: { kind: studioContent.kind, id: studioId },
    openid: ctx.caller.openid,
    purpose: 'profile' as const,
  };
  const fields = ['name', 'description'] as const;
  const unchangedTexts = fields.filter((field) => prior && prior[field] === next[field]);
  const newTextHolds = await screenTexts(
    ctx,
    author,
    fields
      .filter((field) => !unchangedTexts.includes(field))
      .map((field) => ({ field: `studio.${field}`, holdKey: field, label: STUDIO_TEXTS[field], text: next[field] })),
  );
  const newImageHolds = await submitImages(ctx, author, { field: 'studio.photos', fileIds: added });
  return nextHolds(prior?.content, { unchangedTexts, newTextHolds, keptImages: kept, newImageHolds });
}

/** Screens an application's statement (read by the master): risky refuses naming `statement`. */
export async function screenStatement(ctx: GuardedContext, applicationId: string, statement: string) {
  const texts = await screenTexts(
    ctx,
    { owner: { kind: applicationContent.kind, id: applicationId }, openid: ctx.caller.openid, purpose: 'comment' },
    [{ field: 'statement', label: '拜师申请', text: statement }],
  );
  return Object.keys(texts).length > 0 ? { texts } : {};
}

export const settleStudio = (ctx: GuardedContext, id: string, holds: StoredHolds) =>
  settleHolds(ctx, studioContent, id, holds);
export const settleApplication = (ctx: GuardedContext, id: string, holds: StoredHolds) =>
  settleHolds(ctx, applicationContent, id, holds);
