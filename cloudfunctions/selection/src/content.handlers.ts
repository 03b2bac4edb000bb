// Content security's staff decision in selections: a text WeChat held for review (a nomination's deeds or honours,
// an objection's reason) is passed or refused by the campaign's organisers, never by whoever submitted it.
import type { selectionContract } from '../../../src/shared/contracts/selection';
import { holdsView, textHold, type StoredHolds } from '../../../server/content-security/holds';
import type { ContentOwner } from '../../../server/content-security/owners';
import { decideHeldText } from '../../../server/content-security/text';
import { AppError } from '../../../server/kit/app-error';
import type { GuardedContext, GuardedHandlers } from '../../../server/kit/guarded-function';
import type { AuditTargetType } from '../../../src/shared/contracts/union';
import { campaignOrFail } from '../../../server/selection/campaigns';
import { candidateOrFail } from '../../../server/selection/candidates';
import { candidateContent, objectionContent } from '../../../server/selection/content';
import { objectionOrFail } from '../../../server/selection/objections';
import { objectionAnswered } from '../../../server/notify/senders';

interface HeldTextTarget {
  owner: ContentOwner;
  content: StoredHolds | undefined;
  orgPath: string[];
  audit: { type: AuditTargetType; id: string; label: string };
  reread(): Promise<StoredHolds | undefined>;
  /** What a refusal sets off beyond the record (an objection refused is answered: its author is told). */
  afterRefusal?(): Promise<void>;
}

async function candidateTarget(ctx: GuardedContext, id: string): Promise<HeldTextTarget> {
  const candidate = await candidateOrFail(ctx.db, id);
  const campaign = await campaignOrFail(ctx.db, candidate.campaignId);
  ctx.requireOver(campaign.orgPath);
  if (candidate.nominatedBy === ctx.actor.id) throw new AppError('FORBIDDEN', '不能审核自己提交的提名');
  return {
    owner: candidateContent,
    content: candidate.content,
    orgPath: campaign.orgPath,
    audit: { type: 'candidate', id, label: `${candidate.name} → ${campaign.title}` },
    reread: async () => (await candidateOrFail(ctx.db, id)).content,
  };
}

async function objectionTarget(ctx: GuardedContext, id: string): Promise<HeldTextTarget> {
  const objection = await objectionOrFail(ctx.db, id);
  const campaign = await campaignOrFail(ctx.db, objection.campaignId);
  ctx.requireOver(campaign.orgPath);
  return {
    owner: objectionContent,
    content: objection.content,
    orgPath: campaign.orgPath,
    audit: { type: 'objection', id, label: `${campaign.title} · ${objection.name}的异议` },
    reread: async () => (await objectionOrFail(ctx.db, id)).content,
    afterRefusal: async () => {
      const answered = await objectionOrFail(ctx.db, id);
      if (!answered.answer) return;
      await objectionAnswered(ctx, {
        sealedOpenid: answered.notifyTo,
        campaignId: campaign._id,
        campaignTitle: campaign.title,
        text: answered.answer.text,
      });
    },
  };
}

export const contentHandlers = {
  decideHeldText: async ({ owner, id, field, decision, reason }, ctx) => {
    const target = owner === 'candidate' ? await candidateTarget(ctx, id) : await objectionTarget(ctx, id);
    const hold = textHold(target.content, field);
    if (hold?.state !== 'review') throw new AppError('CONFLICT', '这项内容不在待审核状态，请刷新后再试');
    await decideHeldText(ctx, target.owner, {
      ownerId: id,
      field,
      checkId: hold.checkId,
      passed: decision === 'pass',
      reason: reason ?? null,
      actor: ctx.actor,
      audit: { orgPath: target.orgPath, target: target.audit },
    });
    if (decision !== 'pass') await target.afterRefusal?.();
    return { content: holdsView(await target.reread()) };
  },
} satisfies Pick<GuardedHandlers<typeof selectionContract>, 'decideHeldText'>;
