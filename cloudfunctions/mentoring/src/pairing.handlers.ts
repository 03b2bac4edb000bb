// Pairing: a worker applies to a master; the master accepts (the pair forms within the limits) or declines with a
// reason, and the worker is told; staff over both people assign a pair directly (audited). Every rule is kept by a
// database step (server/mentoring/pairing.ts), so racing acceptances and assignments cannot break one.
import { mentoringContract } from '../../../src/shared/contracts/mentoring';
import { tradeLabels } from '../../../src/shared/people/trades';
import { PAGES, withQuery } from '../../../src/shared/routes';
import { AppError } from '../../../server/kit/app-error';
import { isDuplicateWrite, type Db } from '../../../server/kit/db';
import type { GuardedHandlers } from '../../../server/kit/guarded-function';
import { screenStatement, settleApplication } from '../../../server/mentoring/content';
import { hasPlace, masterOrFail, oneMasterView } from '../../../server/mentoring/masters';
import {
  applicationView,
  apprenticeshipView,
  formPair,
  hasMasterIn,
  selfRefusal,
} from '../../../server/mentoring/pairing';
import {
  applicationIdOf,
  apprenticeships,
  masters,
  mentorApplications,
  type ApplicationRecord,
  type ApprenticeshipRecord,
} from '../../../server/mentoring/records';
import { mentoringChanged } from '../../../server/notify/senders';
import { audit } from '../../../server/people/audit';
import { displayName, userOrFail } from '../../../server/people/users';
import { member } from './masters.handlers';

const LIST = 50;

/** Why an application cannot be decided by the caller `openid` (read only once the decision was refused). */
async function undecidable(db: Db, applicationId: string, openid: string): Promise<AppError> {
  const app = await mentorApplications.byId(db, applicationId);
  if (!app) return new AppError('NOT_FOUND', '没有找到这份申请', 'applicationId');
  if (app.masterOpenid !== openid) return new AppError('FORBIDDEN', '只有申请的师傅可以处理', 'applicationId');
  return new AppError('CONFLICT', '这份申请已处理过', 'applicationId');
}

export const pairingHandlers = {
  applyToMaster: async ({ masterId, statement }, ctx) => {
    const user = member(ctx);
    if (masterId === user._id) throw selfRefusal('masterId');
    const master = await masterOrFail(ctx.db, masterId);
    const id = applicationIdOf(master._id, user._id);
    const existing = await mentorApplications.byId(ctx.db, id);
    if (existing?.state === 'pending')
      throw new AppError('CONFLICT', '你已向这位师傅提出申请，请等待回复', 'masterId');
    if (await hasMasterIn(ctx.db, user._id, master.trade)) {
      throw new AppError('CONFLICT', `你已有${tradeLabels[master.trade]}工种的师傅`, 'masterId');
    }
    if (!hasPlace(master)) throw new AppError('CONFLICT', '这位师傅暂不接受拜师申请或名额已满', 'masterId');
    const content = await screenStatement(ctx, id, statement);
    const fresh = {
      statement,
      state: 'pending' as const,
      reason: null,
      content,
      applicantName: displayName(user),
      applicantOpenid: user.openid,
      masterOpenid: master.openid,
      masterName: master.name,
      trade: master.trade,
      createdAt: ctx.now,
      decidedAt: null,
    };
    const pendingRefusal = new AppError('CONFLICT', '你已向这位师傅提出申请，请等待回复', 'masterId');
    if (existing) {
      // Reopened in place, only from the decision it was read in: of two racing re-applications one wins.
      const _ = ctx.db.command;
      const reopened = await mentorApplications
        .of(ctx.db)
        .where({ _id: id, state: existing.state, decidedAt: existing.decidedAt })
        .update({
          ...fresh,
          orgPath: _.set(master.orgPath),
          applicantOrgPath: _.set(user.orgPath),
          content: _.set(content),
          past: _.push([
            { state: existing.state, reason: existing.reason, at: existing.decidedAt ?? existing.createdAt },
          ]),
        });
      if (reopened.updated !== 1) throw pendingRefusal;
    } else {
      const record: ApplicationRecord = {
        _id: id,
        master: master._id,
        applicant: user._id,
        orgPath: master.orgPath,
        applicantOrgPath: user.orgPath,
        past: [],
        ...fresh,
      };
      try {
        await mentorApplications.of(ctx.db).add(record);
      } catch (error) {
        if (isDuplicateWrite(error)) throw pendingRefusal;
        throw error;
      }
    }
    await settleApplication(ctx, id, content);
    await mentoringChanged(ctx, {
      person: master._id,
      who: displayName(user),
      status: '申请拜师',
      note: '请在“师带徒”中接受或婉拒',
    });
    return applicationView((await mentorApplications.byId(ctx.db, id))!, user._id);
  },

  decideApplication: async ({ applicationId, accept, reason }, ctx) => {
    // The caller is not loaded (see index.ts): the application names its master by openid, and the deciding write
    // matches it, so only that master decides.
    const openid = ctx.caller.openid;
    const state = accept ? ('accepted' as const) : ('declined' as const);
    // Decided first, in one conditional step that returns the application: of two taps (or devices) one decides,
    // and nothing is read before. An acceptance whose pair then cannot form is put back to waiting below.
    const claimed = (await mentorApplications
      .of(ctx.db)
      .where({ _id: applicationId, masterOpenid: openid, state: 'pending' })
      .updateAndReturn({ state, reason: reason ?? null, decidedAt: ctx.now })) as {
      updated: number;
      doc?: ApplicationRecord | null;
    };
    const app = claimed.updated === 1 ? claimed.doc : null;
    if (!app) throw await undecidable(ctx.db, applicationId, openid);
    let formed: ApprenticeshipRecord | undefined;
    if (accept) {
      const parties = {
        master: { id: app.master, name: app.masterName, trade: app.trade, orgPath: app.orgPath },
        apprentice: { id: app.applicant, name: app.applicantName, orgPath: app.applicantOrgPath },
      };
      try {
        formed = await formPair(ctx.db, parties, { source: 'application', field: 'applicationId', now: ctx.now });
      } catch (error) {
        await mentorApplications
          .of(ctx.db)
          .where({ _id: applicationId, state: 'accepted', decidedAt: ctx.now })
          .update({ state: 'pending', reason: null, decidedAt: null });
        throw error;
      }
    }
    await mentoringChanged(ctx, {
      person: app.applicant,
      openid: app.applicantOpenid,
      who: `${app.masterName}师傅`,
      status: accept ? '已接受拜师' : '未接受',
      note: accept ? '你们已结为师徒' : `原因：${reason ?? ''}`,
      // The accepted apprentice lands on the pair, where the agreement is proposed and agreed.
      page: formed ? withQuery(PAGES.mentor.pair, { id: formed._id }) : null,
    });
    return applicationView(app, app.master);
  },

  assignPair: async ({ masterId, apprenticeId, reason }, ctx) => {
    if (masterId === apprenticeId) throw selfRefusal('apprenticeId');
    const master = await masterOrFail(ctx.db, masterId);
    ctx.requireOver(master.orgPath);
    const apprentice = await userOrFail(ctx.db, apprenticeId);
    // The apprentice is in the staff member's care too: no union pairs people of another's subtree.
    ctx.require({ who: 'staffOver' }, apprentice.orgPath);
    if (!apprentice.profile) throw new AppError('CONFLICT', '此人尚未填写个人资料', 'apprenticeId');
    const parties = {
      master: { id: master._id, name: master.name, trade: master.trade, orgPath: master.orgPath },
      apprentice: { id: apprentice._id, name: displayName(apprentice), orgPath: apprentice.orgPath },
    };
    const pair = await formPair(ctx.db, parties, { source: 'assignment', field: 'apprenticeId', now: ctx.now });
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: 'mentoring.assignPair',
      orgPath: master.orgPath,
      target: { type: 'apprenticeship', id: pair._id, label: `${pair.masterName}—${pair.apprenticeName}` },
      reason,
      before: null,
      after: { master: pair.masterName, apprentice: pair.apprenticeName, trade: tradeLabels[pair.trade] },
    });
    for (const [person, who] of [
      [pair.apprentice, `${pair.masterName}师傅`],
      [pair.master, `徒弟${pair.apprenticeName}`],
    ] as const) {
      await mentoringChanged(ctx, { person, who, status: '结为师徒', note: '由工会指定' });
    }
    return apprenticeshipView(pair);
  },

  myMentoring: async (_input, ctx) => {
    const user = member(ctx);
    const [master, received, sent, asMaster, asApprentice] = await Promise.all([
      masters.byId(ctx.db, user._id),
      mentorApplications
        .of(ctx.db)
        .where({ master: user._id, state: 'pending' })
        .orderBy('createdAt', 'asc')
        .limit(LIST)
        .get(),
      mentorApplications.of(ctx.db).where({ applicant: user._id }).orderBy('createdAt', 'desc').limit(LIST).get(),
      apprenticeships.of(ctx.db).where({ master: user._id }).orderBy('since', 'desc').limit(LIST).get(),
      apprenticeships.of(ctx.db).where({ apprentice: user._id }).orderBy('since', 'desc').limit(LIST).get(),
    ]);
    const apps = (answer: { data: unknown[] }) =>
      (answer.data as ApplicationRecord[]).map((app) => applicationView(app, user._id));
    const pairs = (answer: { data: unknown[] }) => (answer.data as ApprenticeshipRecord[]).map(apprenticeshipView);
    return {
      master: master ? await oneMasterView(ctx.db, master) : null,
      received: apps(received as { data: unknown[] }),
      sent: apps(sent as { data: unknown[] }),
      apprentices: pairs(asMaster as { data: unknown[] }),
      masters: pairs(asApprentice as { data: unknown[] }),
    };
  },
} satisfies Pick<
  GuardedHandlers<typeof mentoringContract>,
  'applyToMaster' | 'decideApplication' | 'assignPair' | 'myMentoring'
>;
