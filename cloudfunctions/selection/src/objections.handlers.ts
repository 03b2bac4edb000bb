// Objections during the 公示: anyone lodges a named one and sees the answer; staff of the organising union answer.
import type { selectionContract } from '../../../src/shared/contracts/selection';
import { encryptPersonal } from '../../../server/people/personal-crypto';
import { AppError } from '../../../server/kit/app-error';
import { audit } from '../../../server/people/audit';
import { newId } from '../../../server/kit/ids';
import { campaignOrFail } from '../../../server/selection/campaigns';
import { candidates } from '../../../server/selection/candidates';
import { placedRows, type RankedRow } from '../../../src/shared/selection/ranking';
import { objectionOrFail, objections, type ObjectionRecord } from '../../../server/selection/objections';
import { objectionView } from './views';
import { requireStage } from './campaign-checks';
import { objectorKey, maskContact } from './objector';
import { textHold } from '../../../server/content-security/holds';
import { screenTexts } from '../../../server/content-security/text';
import { OBJECTION_TEXTS } from '../../../server/selection/content';
import type { GuardedHandlers } from '../../../server/kit/guarded-function';
import { releaseQuota, takeQuota } from '../../../server/kit/quotas';
import { refuseOwnMatter } from '../../../server/kit/recusal';
import { objectionAnswered } from '../../../server/notify/senders';

/** Objections one person may lodge in one campaign. */
export const OBJECTIONS_PER_PERSON = 5;

export const objectionsHandlers = {
  lodgeObjection: async ({ campaignId, candidateId, name, contact, reason }, ctx) => {
    const campaign = await campaignOrFail(ctx.db, campaignId);
    requireStage(campaign, ['publicity'], '提出异议');
    if (campaign.publicityEndsAt && ctx.now.getTime() >= campaign.publicityEndsAt.getTime()) {
      throw new AppError('CONFLICT', '公示期已经结束');
    }
    let candidateName: string | null = null;
    if (candidateId) {
      // Only someone the 公示 names (a placed row of the frozen result) can be objected to: the campaign holds it.
      const categories = (campaign.results?.categories ?? []) as Array<{ rows: RankedRow[] }>;
      const placed = placedRows(categories).find((row) => row.candidateId === candidateId);
      if (!placed) throw new AppError('NOT_FOUND', '公示名单中没有这位候选人', 'candidateId');
      candidateName = placed.name;
    }
    const by = objectorKey(campaign, ctx.caller.openid);
    // A place is taken before anything is checked or stored: counting stored objections first let 30
    // simultaneous calls store 25. It is given back if the objection is not stored after all.
    const quotaKey = `objections.${campaignId}.${by}`;
    if (!(await takeQuota(ctx.db, quotaKey, OBJECTIONS_PER_PERSON, ctx.now))) {
      throw new AppError('RATE_LIMITED', `每人对同一评选最多提出${OBJECTIONS_PER_PERSON}条异议`);
    }
    const objectionId = newId('x');
    let texts: Awaited<ReturnType<typeof screenTexts>>;
    try {
      // Staff read it: the reason is checked as a comment first (risky: refused here, nothing stored).
      texts = await screenTexts(
        ctx,
        { owner: { kind: 'objection', id: objectionId }, openid: ctx.caller.openid, purpose: 'comment' },
        [{ field: 'reason', label: OBJECTION_TEXTS.reason, text: reason }],
      );
    } catch (error) {
      await releaseQuota(ctx.db, quotaKey, ctx.now);
      throw error;
    }
    const objection: ObjectionRecord = {
      _id: objectionId,
      campaignId,
      candidateId: candidateId ?? null,
      by,
      name,
      contact: { sealed: encryptPersonal(contact), masked: maskContact(contact) },
      // Sealed like the contact: the answer can reach them, while the log and staff views stay anonymous.
      notifyTo: encryptPersonal(ctx.caller.openid),
      reason,
      createdAt: ctx.now,
      answer: null,
      content: { texts },
    };
    try {
      await objections.of(ctx.db).add({ ...objection, candidateName });
    } catch (error) {
      await releaseQuota(ctx.db, quotaKey, ctx.now);
      throw error;
    }
    return { id: objection._id, createdAt: ctx.now.toISOString() };
  },

  myObjections: async ({ campaignId }, ctx) => {
    const campaign = await campaignOrFail(ctx.db, campaignId);
    const list = await objections.readAll(ctx.db, {
      campaignId,
      by: objectorKey(campaign, ctx.caller.openid),
    });
    return { objections: list.map(objectionView) };
  },

  listObjections: async ({ campaignId }, ctx) => {
    const campaign = await campaignOrFail(ctx.db, campaignId);
    ctx.requireOver(campaign.orgPath);
    const list = await objections.readAll(ctx.db, {
      campaignId,
    });
    return { objections: list.map(objectionView) };
  },

  answerObjection: async ({ objectionId, answer }, ctx) => {
    const objection = await objectionOrFail(ctx.db, objectionId);
    const campaign = await campaignOrFail(ctx.db, objection.campaignId);
    ctx.requireOver(campaign.orgPath);
    refuseOwnMatter(objectorKey(campaign, ctx.caller.openid), objection.by, '答复这条异议');
    const about = objection.candidateId ? await candidates.byId(ctx.db, objection.candidateId) : undefined;
    refuseOwnMatter(ctx.actor.id, about?.userId, '答复这条异议');
    if (objection.answer) throw new AppError('CONFLICT', '这条异议已经答复过了');
    if (textHold(objection.content, 'reason')?.state === 'review') {
      throw new AppError('CONFLICT', '这条异议的内容还在审核中：请先决定是否通过，再答复');
    }
    const reply = { text: answer, by: ctx.actor.id, byName: ctx.actor.name, at: ctx.now };
    const changed = await objections
      .of(ctx.db)
      .where({ _id: objectionId, answer: null, 'content.texts.reason.state': ctx.db.command.neq('review') })
      .update({ answer: ctx.db.command.set(reply) });
    if (changed.updated !== 1) throw new AppError('CONFLICT', '这条异议刚刚已被答复');
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: 'objection.answer',
      orgPath: campaign.orgPath,
      target: { type: 'objection', id: objectionId, label: `${campaign.title} · ${objection.name}的异议` },
      reason: null,
      before: { answer: null },
      after: { answer },
    });
    await objectionAnswered(ctx, {
      sealedOpenid: objection.notifyTo,
      campaignId: campaign._id,
      campaignTitle: campaign.title,
      text: answer,
    });
    return objectionView({ ...objection, answer: reply });
  },
} satisfies Pick<
  GuardedHandlers<typeof selectionContract>,
  'lodgeObjection' | 'myObjections' | 'listObjections' | 'answerObjection'
>;
