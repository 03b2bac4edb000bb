// Image security: every user image others will see goes to WeChat's mediaCheckAsync (v2, media type 2 = image)
// with a temporary URL of the file. The answer is only a trace id; the verdict arrives later as a `wxa_media_check`
// message push, which the message-push function hands to `receiveMediaVerdict`. Until then the owner stores the
// image as held (审核中) and the public does not see it. A refused image is taken off the record by its owner and
// its file deleted here.
//
// The verdict may race the request that sent the image. The check is recorded before the owner stores its hold,
// and the owner calls `settleHolds` (settle.ts) after storing it, so whichever comes last applies the verdict: a
// verdict recorded by then is applied by the request, a later one by the push. Applying twice changes nothing.
import type * as tcb from '@cloudbase/node-sdk';
import * as z from 'zod';
import { AppError } from '../kit/app-error';
import { isDuplicateWrite } from '../kit/db';
import {
  contentChecks,
  imageCheckId,
  labelName,
  labelOf,
  SCENES,
  type ContentContext,
  type ImageCheckRecord,
  type Suggest,
} from './checks';
import type { ImageHold } from './holds';
import type { ContentOwner, ContentRegistry } from './owners';
import type { ContentAuthor } from './text';

/** WeChat fetches the image within 30 minutes of the request; the URL outlives that. */
const URL_MAX_AGE_S = 3 * 3600;

/**
 * Sends each image to WeChat's check and records the pending checks, before the owner stores anything: a file
 * that is not in storage refuses the request (naming `<field>.<index>`), and so does a check WeChat will not take.
 * Returns the holds (by check id) the owner stores with the record; then it calls `settleHolds`.
 */
export async function submitImages(
  ctx: ContentContext,
  author: ContentAuthor,
  images: { field: string; fileIds: readonly string[] },
): Promise<Record<string, ImageHold>> {
  const holds: Record<string, ImageHold> = {};
  if (images.fileIds.length === 0) return holds;
  const { fileList } = await ctx.app.getTempFileURL({
    fileList: images.fileIds.map((fileID) => ({ fileID, maxAge: URL_MAX_AGE_S })),
  });
  const scene = SCENES[author.purpose];
  for (const [index, fileId] of images.fileIds.entries()) {
    const url = fileList.find((item) => item.fileID === fileId);
    if (!url || url.code !== 'SUCCESS' || !url.tempFileURL) {
      throw new AppError(
        'INVALID_INPUT',
        `第${index + 1}张照片没有找到，请删除后重新上传`,
        `${images.field}.${index}`,
      );
    }
    const traceId = await mediaCheckAsync(ctx.app, author.openid, scene, url.tempFileURL);
    const checkId = await recordImageCheck(ctx, traceId, {
      owner: author.owner,
      fileId,
      openid: author.openid,
      scene,
    });
    holds[checkId] = { fileId, state: 'checking', reason: null };
  }
  return holds;
}

async function mediaCheckAsync(app: tcb.CloudBase, openid: string, scene: number, url: string): Promise<string> {
  try {
    const answer = (await app.callWxOpenApi({
      apiName: 'wxa/media_check_async',
      requestData: { media_url: url, media_type: 2, version: 2, scene, openid },
    })) as { result?: { errcode?: number; errmsg?: string; trace_id?: string; traceId?: string } };
    // The HTTPS API answers `trace_id`; WeChat's cloud-call wrappers have been seen answering `traceId`.
    const traceId = answer.result?.trace_id ?? answer.result?.traceId;
    if (answer.result?.errcode === 0 && typeof traceId === 'string' && traceId.length > 0) return traceId;
    console.warn('media_check_async failed', answer.result?.errcode, answer.result?.errmsg);
  } catch (error) {
    console.warn('media_check_async failed', (error as Error).message);
  }
  throw new AppError('INTERNAL', '照片的内容安全检测暂时无法进行，请稍后再提交');
}

/**
 * Records the pending check of a submitted image. If its verdict came first (an `early` record), the record is
 * completed with the verdict as it stands, for `settleHolds` to apply once the owner has stored its hold.
 */
export async function recordImageCheck(
  ctx: ContentContext,
  traceId: string,
  image: { owner: ContentAuthor['owner']; fileId: string; openid: string; scene: number },
): Promise<string> {
  const _id = imageCheckId(traceId);
  const record: ImageCheckRecord = {
    _id,
    kind: 'image',
    traceId,
    ...image,
    status: 'checking',
    verdict: null,
    createdAt: ctx.now,
    decidedAt: null,
  };
  try {
    await contentChecks.of(ctx.db).add(record);
    return _id;
  } catch (error) {
    if (!isDuplicateWrite(error)) throw error;
  }
  const early = await contentChecks.byId(ctx.db, _id);
  if (early?.kind !== 'image' || early.status !== 'early' || !early.verdict) {
    throw new Error(`image check ${_id} was recorded twice`);
  }
  await contentChecks
    .of(ctx.db)
    .where({ _id, status: 'early' })
    .update({
      owner: ctx.db.command.set(image.owner),
      fileId: image.fileId,
      openid: image.openid,
      scene: image.scene,
      status: early.verdict.suggest === 'pass' ? 'passed' : 'refused',
      decidedAt: ctx.now,
    });
  return _id;
}

/** Why an image was refused, for its author and staff. */
export function imageRefusal(verdict: { suggest: Suggest; label: number } | null): string {
  return verdict?.suggest === 'risky'
    ? `未通过内容安全检测（${labelName(verdict.label)}），已移除`
    : '内容安全检测未能确认可以公开，已移除';
}

export async function applyImageCheck(
  ctx: ContentContext,
  owner: ContentOwner,
  check: ImageCheckRecord,
): Promise<void> {
  if (!check.owner || !check.fileId) return;
  const passed = check.status === 'passed';
  await owner.applyImageVerdict(
    ctx,
    { ownerId: check.owner.id, checkId: check._id, fileId: check.fileId },
    { passed, reason: passed ? null : imageRefusal(check.verdict) },
  );
  if (passed) return;
  try {
    await ctx.app.deleteFile({ fileList: [check.fileId] });
  } catch (error) {
    // Already deleted (a verdict applied twice), or storage failing: the record no longer shows it either way.
    console.warn(`deleting refused image ${check.fileId} failed`, (error as Error).message);
  }
}

/** The `wxa_media_check` event as far as it is read: its trace id and verdict (the label may come as a string). */
const mediaCheckEvent = z.object({
  trace_id: z.string().min(1).max(128),
  errcode: z.number().optional(),
  result: z.object({ suggest: z.enum(['pass', 'review', 'risky']), label: z.unknown() }).optional(),
});

export type VerdictOutcome = 'ignored' | 'early' | 'duplicate' | 'unrouted' | 'passed' | 'refused';

/**
 * A media verdict from WeChat's message push: records it on its check and has the check's owner apply it, or
 * keeps it for the check when it came before the check was recorded. Anything but `pass` refuses the image (a
 * `review` verdict, or a check WeChat could not complete, does not make an image public either).
 */
export async function receiveMediaVerdict(
  ctx: ContentContext,
  registry: ContentRegistry,
  event: unknown,
): Promise<VerdictOutcome> {
  const parsed = mediaCheckEvent.safeParse(event);
  if (!parsed.success) return 'ignored';
  const { trace_id: traceId, result, errcode } = parsed.data;
  const verdict =
    result && (errcode ?? 0) === 0
      ? { suggest: result.suggest, label: labelOf(result.label) }
      : { suggest: 'review' as const, label: 21000 };
  const _id = imageCheckId(traceId);
  let check = await contentChecks.byId(ctx.db, _id);
  if (!check) {
    try {
      await contentChecks.of(ctx.db).add({
        _id,
        kind: 'image',
        traceId,
        owner: null,
        fileId: null,
        openid: null,
        scene: null,
        status: 'early',
        verdict,
        createdAt: ctx.now,
        decidedAt: null,
      } satisfies ImageCheckRecord);
      return 'early';
    } catch (error) {
      if (!isDuplicateWrite(error)) throw error;
      // The request recorded its check meanwhile: go on with it.
      check = await contentChecks.byId(ctx.db, _id);
    }
  }
  if (check?.kind !== 'image' || check.status !== 'checking' || !check.owner) return 'duplicate';
  const owner = registry.get(check.owner.kind);
  if (!owner) {
    // Left waiting: once the owner is registered, a repeated push would be applied.
    console.error(`media verdict ${traceId}: no content owner of kind ${check.owner.kind} is registered`);
    return 'unrouted';
  }
  const status = verdict.suggest === 'pass' ? 'passed' : 'refused';
  const changed = await contentChecks
    .of(ctx.db)
    .where({ _id, status: 'checking' })
    .update({ status, verdict: ctx.db.command.set(verdict), decidedAt: ctx.now });
  if (changed.updated !== 1) return 'duplicate';
  await applyImageCheck(ctx, owner, { ...check, status, verdict });
  return status;
}
