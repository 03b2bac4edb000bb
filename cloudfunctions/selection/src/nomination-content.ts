// Content security for a nomination: its deeds and honours are checked as a forum post by whoever submits them,
// its photos sent to WeChat's image check; what is held stays with the candidate under `content` until decided.
import type { Honour } from '../../../src/shared/contracts/people-common';
import { AppError } from '../../../server/kit/app-error';
import type { GuardedContext } from '../../../server/kit/guarded-function';
import { nextHolds, textHold, type StoredHolds } from '../../../server/content-security/holds';
import { submitImages } from '../../../server/content-security/images';
import { settleHolds } from '../../../server/content-security/settle';
import { screenTexts, type TextToScreen } from '../../../server/content-security/text';
import type { CandidateRecord } from '../../../server/selection/candidates';
import { CANDIDATE_TEXTS, candidateContent, honoursText } from '../../../server/selection/content';

interface NominationContent {
  deeds: string;
  honours: Honour[];
  photoFileIds: string[];
}

const textsOf = (nomination: Pick<NominationContent, 'deeds' | 'honours'>) => ({
  deeds: nomination.deeds,
  honours: honoursText(nomination.honours),
});

/**
 * Checks what a nomination (new, or `prior` corrected) would store, before it is stored: a risky text refuses the
 * request; changed texts and new photos are checked, unchanged ones keep their holds. The holds to store.
 */
export async function screenNomination(
  ctx: GuardedContext,
  candidateId: string,
  next: NominationContent,
  prior?: CandidateRecord,
): Promise<StoredHolds> {
  const author = {
    owner: { kind: 'candidate', id: candidateId },
    openid: ctx.caller.openid,
    purpose: 'forum' as const,
  };
  const before = prior ? textsOf(prior) : undefined;
  const after = textsOf(next);
  const fields = Object.keys(CANDIDATE_TEXTS) as Array<keyof typeof CANDIDATE_TEXTS>;
  const unchangedTexts = fields.filter((field) => before?.[field] === after[field]);
  const toScreen: TextToScreen[] = fields
    .filter((field) => !unchangedTexts.includes(field))
    .map((field) => ({ field, label: CANDIDATE_TEXTS[field], text: after[field] }));
  const newTextHolds = await screenTexts(ctx, author, toScreen);
  const keptImages = next.photoFileIds.filter((fileId) => prior?.photoFileIds.includes(fileId));
  const newImageHolds = await submitImages(ctx, author, {
    field: 'photoFileIds',
    fileIds: next.photoFileIds.filter((fileId) => !keptImages.includes(fileId)),
  });
  return nextHolds(prior?.content, { unchangedTexts, newTextHolds, keptImages, newImageHolds });
}

/** After the candidate's holds were stored: what was decided meanwhile is applied. */
export function settleNomination(ctx: GuardedContext, candidateId: string, holds: StoredHolds): Promise<void> {
  return settleHolds(ctx, candidateContent, candidateId, holds);
}

/** A nomination is approved only once none of its texts is held or refused (its photos may still be under check). */
export function requireTextsCleared(candidate: CandidateRecord): void {
  for (const [field, label] of Object.entries(CANDIDATE_TEXTS)) {
    const hold = textHold(candidate.content, field);
    if (hold?.state === 'review')
      throw new AppError('CONFLICT', `${label}还在内容审核中：请先决定是否通过，再审核提名`);
    if (hold?.state === 'refused') throw new AppError('CONFLICT', `${label}未通过内容审核，请退回修改`);
  }
}
