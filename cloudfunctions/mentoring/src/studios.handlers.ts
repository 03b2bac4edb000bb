// Studios: the master (or staff over them) writes their studio under content security; staff over it rate it
// (audited); anyone reads its public page.
import { mentoringContract } from '../../../src/shared/contracts/mentoring';
import { decide } from '../../../src/shared/people/access';
import { studioCategoryLabels } from '../../../src/shared/mentoring/vocabulary';
import { textHold } from '../../../server/content-security/holds';
import { decideHeldText } from '../../../server/content-security/text';
import { AppError } from '../../../server/kit/app-error';
import type { GuardedContext, GuardedHandlers } from '../../../server/kit/guarded-function';
import { screenStudio, settleStudio, STUDIO_TEXTS, studioContent } from '../../../server/mentoring/content';
import { masterOrFail } from '../../../server/mentoring/masters';
import { studios, type MasterRecord } from '../../../server/mentoring/records';
import { studioOrFail, studioRecord, studioView } from '../../../server/mentoring/studios';
import { audit } from '../../../server/people/audit';
import { mentoringChanged } from '../../../server/notify/senders';
import { member } from './masters.handlers';

/** Whether the caller edits this master's studio: the master themselves, or staff over their enterprise. */
function isEditor(ctx: GuardedContext, master: MasterRecord): boolean {
  if (ctx.caller.user?._id === master._id) return true;
  return decide({ who: 'staffOver' }, ctx.caller.principal, master.orgPath) === 'allow';
}

export const studioHandlers = {
  saveStudio: async ({ masterId, studio: fields }, ctx) => {
    const user = member(ctx);
    const master = await masterOrFail(ctx.db, masterId ?? user._id);
    if (master._id !== user._id) ctx.require({ who: 'staffOver' }, master.orgPath);
    const prior = await studios.byId(ctx.db, master._id);
    const content = await screenStudio(ctx, master._id, fields, prior);
    const record = studioRecord(master, fields, prior, content, ctx.now);
    const { _id, ...body } = record;
    await studios.of(ctx.db).doc(_id).set(body);
    await settleStudio(ctx, master._id, content);
    if (master._id !== user._id) {
      await audit(ctx.db, ctx.actor, ctx.now, {
        action: prior ? 'mentoring.editStudio' : 'mentoring.createStudio',
        orgPath: master.orgPath,
        target: { type: 'studio', id: master._id, label: fields.name },
        before: prior ? { name: prior.name, studioCategory: studioCategoryLabels[prior.category] } : null,
        after: { name: fields.name, studioCategory: studioCategoryLabels[fields.category] },
      });
    }
    return studioView(ctx.db, (await studios.byId(ctx.db, master._id)) ?? record, master, true);
  },

  rateStudio: async ({ studioId, stars, reason }, ctx) => {
    const studio = await studioOrFail(ctx.db, studioId);
    ctx.requireOver(studio.orgPath);
    await studios.of(ctx.db).doc(studioId).update({ stars, starsReason: reason, updatedAt: ctx.now });
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: 'mentoring.rateStudio',
      orgPath: studio.orgPath,
      target: { type: 'studio', id: studioId, label: studio.name },
      reason,
      before: { stars: studio.stars },
      after: { stars },
    });
    const master = await masterOrFail(ctx.db, studio.master);
    return studioView(ctx.db, { ...studio, stars, starsReason: reason }, master, true);
  },

  decideStudioText: async ({ studioId, field, decision, reason }, ctx) => {
    const studio = await studioOrFail(ctx.db, studioId);
    ctx.requireOver(studio.orgPath);
    if (studio.master === ctx.actor.id) throw new AppError('FORBIDDEN', '不能审核自己工作室的内容', 'studioId');
    const hold = textHold(studio.content, field);
    if (hold?.state !== 'review') throw new AppError('CONFLICT', '这项内容不在待审核状态，请刷新后再试', 'field');
    await decideHeldText(ctx, studioContent, {
      ownerId: studioId,
      field,
      checkId: hold.checkId,
      passed: decision === 'pass',
      reason: reason ?? null,
      actor: ctx.actor,
      audit: { orgPath: studio.orgPath, target: { type: 'studio', id: studioId, label: studio.name } },
    });
    if (decision === 'refuse') {
      await mentoringChanged(ctx, {
        person: studio.master,
        who: studio.name,
        status: '内容未通过',
        note: `${STUDIO_TEXTS[field]}未通过审核，原因：${reason}`,
      });
    }
    const master = await masterOrFail(ctx.db, studio.master);
    return studioView(ctx.db, await studioOrFail(ctx.db, studioId), master, true);
  },

  studio: async ({ studioId }, ctx) => {
    const studio = await studioOrFail(ctx.db, studioId);
    const master = await masterOrFail(ctx.db, studio.master);
    return studioView(ctx.db, studio, master, isEditor(ctx, master));
  },
} satisfies Pick<
  GuardedHandlers<typeof mentoringContract>,
  'saveStudio' | 'rateStudio' | 'decideStudioText' | 'studio'
>;
