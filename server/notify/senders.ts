// What selection and people tell whom, as notices: the in-app text in full and the subscribe template's keywords.
// Each template's keywords, in the order the WeChat console lists them (set up the same there):
//   nominationReviewed  thing1 评选活动, name2 候选人, phrase3 审核结果, thing4 备注, time5 审核时间
//   objectionAnswered   thing1 评选活动, thing2 答复内容, time3 答复时间
//   joinDecided         thing1 工会名称, phrase2 审核结果, thing3 备注, time4 审核时间
//   scoringReminder     thing1 评选活动, number2 待评人数, time3 截止时间
//   recordReviewed      thing1 记录内容, phrase2 审核结果, thing3 原因, time4 审核时间
//   contestEntry        thing1 比赛名称, phrase2 报名状态, thing3 备注, time4 更新时间
//   mentoring           thing1 师傅/徒弟, phrase2 结果, thing3 备注, time4 时间
// Every sender is called after the business action is stored and never throws: a notice that cannot go (a
// missing record, an unreadable seal) is logged and the action stands.
import { PAGES, withQuery } from '../../src/shared/routes';
import { formatDateTime } from '../../src/shared/time/beijing';
import { users } from '../people/users';
import { decryptPersonal } from '../people/personal-crypto';
import { notify, type Notice, type NotifyContext, type PushOutcome } from './notify';

async function quietly(kind: string, make: () => Promise<Notice | undefined>, ctx: NotifyContext) {
  try {
    const notice = await make();
    return notice ? await notify(ctx, notice) : undefined;
  } catch (error) {
    console.warn(`${kind} notice not sent`, (error as Error).message);
    return undefined;
  }
}

/** The openid of whoever an actor id names: a user record's id, or the openid itself before they had one. */
async function openidOfActor(ctx: NotifyContext, actorId: string): Promise<string> {
  return (await users.byId(ctx.db, actorId))?.openid ?? actorId;
}

const DECISIONS = { approve: '已通过', return: '已退回', reject: '未通过' } as const;

/** A nomination reviewed: the staff member who nominated hears of it (returned: with the reason, to correct it). */
export function nominationReviewed(
  ctx: NotifyContext,
  review: {
    nominatedBy: string;
    campaignId: string;
    campaignTitle: string;
    candidateId: string;
    candidateName: string;
    decision: keyof typeof DECISIONS;
    reason: string | null;
  },
): Promise<PushOutcome | undefined> {
  return quietly(
    'nominationReviewed',
    async () => {
      const result = DECISIONS[review.decision];
      const note =
        review.decision === 'return'
          ? `退回理由：${review.reason ?? '未说明'}，请修改后重新提交`
          : review.reason
            ? `说明：${review.reason}`
            : '';
      return {
        to: await openidOfActor(ctx, review.nominatedBy),
        kind: 'nominationReviewed',
        title: `提名${result}：${review.candidateName}`,
        body: [`你提名的${review.candidateName}（${review.campaignTitle}）${result}。`, note]
          .filter(Boolean)
          .join(''),
        page:
          review.decision === 'return'
            ? withQuery(PAGES.admin.nominate, { campaignId: review.campaignId, candidate: review.candidateId })
            : withQuery(PAGES.admin.campaign, { id: review.campaignId }),
        fields: {
          thing1: review.campaignTitle,
          name2: review.candidateName,
          phrase3: result,
          thing4: review.decision === 'return' ? (review.reason ?? '请修改后重新提交') : (review.reason ?? '无'),
          time5: ctx.now,
        },
      };
    },
    ctx,
  );
}

/** An objection answered: the objector, whose openid only the sealed field on the objection holds. */
export function objectionAnswered(
  ctx: NotifyContext,
  answer: { sealedOpenid: string | undefined; campaignId: string; campaignTitle: string; text: string },
): Promise<PushOutcome | undefined> {
  return quietly(
    'objectionAnswered',
    async () => {
      // Objections lodged before notices existed have no seal: there is nobody to tell.
      if (!answer.sealedOpenid) return undefined;
      return {
        to: decryptPersonal(answer.sealedOpenid),
        kind: 'objectionAnswered',
        title: `你的异议有了答复：${answer.campaignTitle}`,
        body: `答复：${answer.text}`,
        page: withQuery(PAGES.vote.publicity, { id: answer.campaignId }),
        fields: { thing1: answer.campaignTitle, thing2: answer.text, time3: ctx.now },
      };
    },
    ctx,
  );
}

/** A join request decided: the worker who asked. */
export function joinDecided(
  ctx: NotifyContext,
  decision: { openid: string; orgName: string; approved: boolean; reason: string | null },
): Promise<PushOutcome | undefined> {
  return quietly(
    'joinDecided',
    async () => {
      const result = decision.approved ? '已通过' : '未通过';
      return {
        to: decision.openid,
        kind: 'joinDecided',
        title: `入会申请${result}：${decision.orgName}`,
        body: decision.approved
          ? `你已加入${decision.orgName}。`
          : `${decision.orgName}没有通过你的入会申请。${decision.reason ? `理由：${decision.reason}` : ''}`,
        page: PAGES.account.join,
        fields: {
          thing1: decision.orgName,
          phrase2: result,
          thing3: decision.reason ?? (decision.approved ? '欢迎加入' : '无'),
          time4: ctx.now,
        },
      };
    },
    ctx,
  );
}

/** A reminder to score, once per expert and campaign (a fixed id: the timer may look again every minute). */
export function scoringReminder(
  ctx: NotifyContext,
  reminder: {
    openid: string;
    userId: string;
    campaignId: string;
    campaignTitle: string;
    unscored: number;
    closesAt: Date;
  },
): Promise<PushOutcome | undefined> {
  return quietly(
    'scoringReminder',
    async () => ({
      id: `remind.${reminder.campaignId}.${reminder.userId}`,
      to: reminder.openid,
      kind: 'scoringReminder',
      title: `评审提醒：${reminder.campaignTitle}`,
      body: `还有${reminder.unscored}位候选人等你评分，评审将于${formatDateTime(reminder.closesAt)}截止。`,
      page: PAGES.expert.tasks,
      fields: { thing1: reminder.campaignTitle, number2: reminder.unscored, time3: reminder.closesAt },
    }),
    ctx,
  );
}

/**
 * A 十个一 record judged: 不予认可 by staff, a text refused by a person, or a photo refused by WeChat's check. The
 * author hears what and why, and the page opens their entry (or their year).
 */
export function recordReviewed(
  ctx: NotifyContext,
  review: {
    openid: string;
    what: string;
    result: '不予认可' | '未通过审核' | '照片已移除';
    reason: string;
    page: string;
  },
): Promise<PushOutcome | undefined> {
  return quietly(
    'recordReviewed',
    async () => ({
      to: review.openid,
      kind: 'recordReviewed',
      title: `“十个一”记录${review.result}：${review.what}`,
      body: `你的记录“${review.what}”${review.result}。原因：${review.reason}`,
      page: review.page,
      fields: { thing1: review.what, phrase2: review.result, thing3: review.reason, time4: ctx.now },
    }),
    ctx,
  );
}

/**
 * A contest entry changed for its worker: reviewed (通过 / 未通过), promoted from the waitlist, or taken out (a team
 * below its minimum). They hear the new state and why.
 */
export function contestEntryChanged(
  ctx: NotifyContext,
  change: { person: string; contestTitle: string; status: string; note: string; page?: string | null; id?: string },
): Promise<PushOutcome | undefined> {
  return quietly(
    'contestEntry',
    async () => {
      const user = await users.byId(ctx.db, change.person);
      if (!user) return undefined;
      return {
        to: user.openid,
        kind: 'contestEntry',
        title: `比赛报名${change.status}：${change.contestTitle}`,
        body: `你报名的“${change.contestTitle}”${change.status}。${change.note}`,
        page: change.page ?? null,
        fields: { thing1: change.contestTitle, phrase2: change.status, thing3: change.note, time4: ctx.now },
        ...(change.id ? { id: change.id } : {}),
      };
    },
    ctx,
  );
}

/**
 * 师带徒 news for one person: an application received, accepted or declined (with the reason), a pair assigned by
 * staff. `who` is the other person of the pair, as the template's first keyword.
 */
export function mentoringChanged(
  ctx: NotifyContext,
  change: {
    person: string;
    openid?: string;
    who: string;
    status: string;
    note: string;
    page?: string | null;
    id?: string;
  },
): Promise<PushOutcome | undefined> {
  return quietly(
    'mentoring',
    async () => {
      // The caller may know the person's openid already (an application keeps its author's): one read saved.
      const to = change.openid ?? (await users.byId(ctx.db, change.person))?.openid;
      if (!to) return undefined;
      return {
        to,
        kind: 'mentoring',
        title: `师带徒：${change.who}${change.status}`,
        body: `${change.who}${change.status}。${change.note}`,
        page: change.page ?? null,
        fields: { thing1: change.who, phrase2: change.status, thing3: change.note, time4: ctx.now },
        // A fixed id (a timer's reminder) makes a repeat of the same notice a no-op.
        ...(change.id ? { id: change.id } : {}),
      };
    },
    ctx,
  );
}
