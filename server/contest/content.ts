// Contests under content security: a contest's poster (`contest`: the public sees it only once WeChat's image check
// passed it) and a registration's answers (`contestEntry`: its texts checked before the entry is stored, a held one
// decided by the organisers; its photos checked like every image). The owners apply a verdict or decision only to
// what is still held, as every owner does, and tell whoever is concerned about a refusal.
import type { ContentContext } from '../content-security/checks';
import {
  imageStillChecking,
  nextHolds,
  textDecisionChanges,
  textStillHeld,
  type ImageHold,
  type StoredHolds,
} from '../content-security/holds';
import { submitImages } from '../content-security/images';
import type { ContentOwner } from '../content-security/owners';
import {
  applySingleImageVerdict,
  screenSingleImage,
  singleImageVerdictChanges,
  type SingleImage,
} from '../content-security/single-image';
import { screenTexts } from '../content-security/text';
import type { Actor } from '../kit/actor';
import type { GuardedContext } from '../kit/guarded-function';
import { contestEntryChanged } from '../notify/senders';
import type { CustomField } from '../../src/shared/contest/custom-fields';
import { contestEntries, contests, type ContestRecord } from './records';

/** Where a person's contest images are uploaded (registration photos, an organiser's posters); the server takes no
 * one else's files. */
export const contestPhotoFolder = (person: string) => `contest/${person}/`;

/** The poster: one image in one field, under the rule every such image follows. */
export const contestPoster: SingleImage = {
  kind: 'contest',
  field: 'poster',
  inputField: 'contest.poster',
  label: '海报',
  folder: contestPhotoFolder,
};

export const contestContent: ContentOwner = {
  kind: 'contest',
  applyImageVerdict(ctx, target, verdict) {
    return applySingleImageVerdict(ctx, contests, contestPoster, target, verdict);
  },
  applyTextDecision() {
    return Promise.reject(new Error('a contest keeps no screened texts'));
  },
};

async function tellEntrant(ctx: ContentContext, entryId: string, what: string, reason: string | null) {
  const entry = await contestEntries.byId(ctx.db, entryId);
  const contest = entry ? await contests.byId(ctx.db, entry.contestId) : null;
  if (!entry || !contest) return;
  await contestEntryChanged(ctx, {
    person: entry.person,
    contestTitle: contest.title,
    status: `${what}未通过审核`,
    note: `原因：${reason ?? '内容不宜发布'}`,
  });
}

export const contestEntryContent: ContentOwner = {
  kind: 'contestEntry',
  async applyImageVerdict(ctx, target, verdict) {
    const entry = await contestEntries.byId(ctx.db, target.ownerId);
    const key = entry && Object.keys(entry.answers).find((field) => entry.answers[field] === target.fileId);
    if (!key) return;
    const applied = await contestEntries
      .of(ctx.db)
      .where({ _id: target.ownerId, [`answers.${key}`]: target.fileId, ...imageStillChecking(target.checkId) })
      .update({ ...singleImageVerdictChanges(ctx, target, verdict, `answers.${key}`), updatedAt: ctx.now });
    if (applied.updated === 1 && !verdict.passed) await tellEntrant(ctx, target.ownerId, '报名照片', verdict.reason);
  },
  async applyTextDecision(ctx, target, decision, _actor: Actor) {
    const applied = await contestEntries
      .of(ctx.db)
      .where({ _id: target.ownerId, ...textStillHeld(target.field, target.checkId) })
      .update({ ...textDecisionChanges(ctx.db, target.field, target.checkId, decision), updatedAt: ctx.now });
    if (applied.updated === 1 && !decision.passed)
      await tellEntrant(ctx, target.ownerId, '报名信息', decision.reason);
  },
};

export const contestContentOwners = [contestContent, contestEntryContent] as const;

/**
 * Screens a registration's answers before its entry is stored: text answers through msgSecCheck (a risky one
 * refuses naming `answers.<key>`; one held for review is held under its key), photos through the image check.
 */
export async function screenAnswers(
  ctx: GuardedContext,
  entryId: string,
  fields: readonly CustomField[],
  answers: Record<string, unknown>,
): Promise<StoredHolds> {
  const author = {
    owner: { kind: contestEntryContent.kind, id: entryId },
    openid: ctx.caller.openid,
    purpose: 'profile' as const,
  };
  const texts = fields
    .filter((field) => field.type === 'text' && typeof answers[field.key] === 'string')
    .map((field) => ({
      field: `answers.${field.key}`,
      holdKey: field.key,
      label: field.label,
      text: answers[field.key] as string,
    }));
  const newTextHolds = await screenTexts(ctx, author, texts);
  const newImageHolds: Record<string, ImageHold> = {};
  for (const field of fields) {
    const fileId = answers[field.key];
    if (field.type !== 'photo' || typeof fileId !== 'string') continue;
    Object.assign(
      newImageHolds,
      await submitImages(ctx, author, { field: `answers.${field.key}`, fileIds: [fileId] }),
    );
  }
  return nextHolds(undefined, { unchangedTexts: [], newTextHolds, keptImages: [], newImageHolds });
}

/**
 * The poster's holds when a contest is written: a new poster goes to the image check (staff upload it into their
 * own folder), a kept one keeps its hold, a removed one drops it.
 */
export function screenPoster(
  ctx: GuardedContext,
  contestId: string,
  poster: string | null,
  prior?: Pick<ContestRecord, 'poster' | 'content'>,
): Promise<StoredHolds> {
  return screenSingleImage(
    ctx,
    contestPoster,
    contestId,
    poster,
    prior ? { fileId: prior.poster, content: prior.content } : undefined,
  );
}
