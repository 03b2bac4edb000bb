// Statements WeChat held for review, decided by staff over the master: they read the statement in full (the master
// does not until it passes), pass it, or refuse it with a reason, which also declines the waiting application and
// tells the worker. Nobody decides an application they are part of.
import { mentoringContract } from '../../../src/shared/contracts/mentoring';
import { AppError } from '../../../server/kit/app-error';
import type { GuardedHandlers } from '../../../server/kit/guarded-function';
import { refuseOwnMatter } from '../../../server/kit/recusal';
import { textHold } from '../../../server/content-security/holds';
import { decideHeldText } from '../../../server/content-security/text';
import { applicationContent } from '../../../server/mentoring/content';
import { applicationView } from '../../../server/mentoring/pairing';
import { mentorApplications, type ApplicationRecord } from '../../../server/mentoring/records';
import { mentoringChanged } from '../../../server/notify/senders';

const LIST = 50;

export const reviewHandlers = {
  heldStatements: async (_input, ctx) => {
    const _ = ctx.db.command;
    const { data } = (await mentorApplications
      .of(ctx.db)
      .where({ orgPath: _.in(ctx.scopeNodes()), state: 'pending', 'content.texts.statement.state': 'review' })
      .orderBy('createdAt', 'asc')
      .limit(LIST)
      .get()) as { data: ApplicationRecord[] };
    return {
      rows: data.map((app) => ({
        applicationId: app._id,
        masterId: app.master,
        masterName: app.masterName,
        applicantId: app.applicant,
        applicantName: app.applicantName,
        trade: app.trade,
        statement: app.statement,
        createdAt: app.createdAt.toISOString(),
      })),
    };
  },

  decideStatementText: async ({ applicationId, decision, reason }, ctx) => {
    const app = await mentorApplications.byId(ctx.db, applicationId);
    if (!app) throw new AppError('NOT_FOUND', '没有找到这份申请', 'applicationId');
    ctx.requireOver(app.orgPath);
    refuseOwnMatter(ctx.actor.id, app.applicant, '审核拜师申请', 'applicationId');
    refuseOwnMatter(ctx.actor.id, app.master, '审核拜师申请', 'applicationId');
    const hold = textHold(app.content, 'statement');
    if (hold?.state !== 'review')
      throw new AppError('CONFLICT', '这份申请不在待审核状态，请刷新后再试', 'applicationId');
    await decideHeldText(ctx, applicationContent, {
      ownerId: applicationId,
      field: 'statement',
      checkId: hold.checkId,
      passed: decision === 'pass',
      reason: reason ?? null,
      actor: ctx.actor,
      audit: {
        orgPath: app.orgPath,
        target: { type: 'mentorApplication', id: applicationId, label: `${app.applicantName}→${app.masterName}` },
      },
    });
    if (decision === 'refuse') {
      // Declined only while it still waits: a master who accepted meanwhile keeps the pair.
      await mentorApplications
        .of(ctx.db)
        .where({ _id: applicationId, state: 'pending' })
        .update({ state: 'declined', reason: `申请内容未通过审核：${reason}`, decidedAt: ctx.now });
      await mentoringChanged(ctx, {
        person: app.applicant,
        openid: app.applicantOpenid,
        who: `拜${app.masterName}师傅的申请`,
        status: '未通过审核',
        note: `原因：${reason}`,
      });
    }
    return applicationView((await mentorApplications.byId(ctx.db, applicationId))!, ctx.actor.id);
  },
} satisfies Pick<GuardedHandlers<typeof mentoringContract>, 'heldStatements' | 'decideStatementText'>;
