// A session's title and place under content security: everyone the audience reaches reads them, so they are checked
// with WeChat before they are stored. Risky refuses the post or edit naming the field; held for review, the session
// is posted and listed with stand-ins (sessions.ts: the master and kind for a title, 审核中 for a place) until staff
// over the master pass the text; refused, the stand-in stays and the master is told why and may rewrite it (an
// unchanged text keeps its hold). The decision is the shared one (server/content-security/text.ts: once per check,
// audited).
import type { HeldTextDecision } from '../../src/shared/contracts/content-holds';
import { sessionTextLabels, type SessionTextField } from '../../src/shared/mentoring/vocabulary';
import { nextHolds, textHold, type StoredHolds } from '../content-security/holds';
import { recordContentOwner } from '../content-security/owners';
import { settleHolds } from '../content-security/settle';
import { decideHeldText, screenTexts } from '../content-security/text';
import { AppError } from '../kit/app-error';
import type { GuardedContext } from '../kit/guarded-function';
import { refuseOwnMatter } from '../kit/recusal';
import { mentoringChanged } from '../notify/senders';
import { mentorSessions, type SessionRecord } from './sessions';

export const sessionContent = recordContentOwner<SessionRecord>({
  kind: 'mentorSession',
  collection: mentorSessions,
});

type SessionTexts = Pick<SessionRecord, 'title' | 'place'>;

/** Screens the texts of a session about to be stored; `prior` is the stored session when it is an edit. */
export async function screenSessionTexts(
  ctx: GuardedContext,
  sessionId: string,
  next: SessionTexts,
  prior?: SessionRecord,
): Promise<StoredHolds> {
  const fields: SessionTextField[] = ['title', 'place'];
  const unchangedTexts = fields.filter((field) => prior && prior[field] === next[field]);
  const newTextHolds = await screenTexts(
    ctx,
    { owner: { kind: sessionContent.kind, id: sessionId }, openid: ctx.caller.openid, purpose: 'profile' },
    fields
      .filter((field) => !unchangedTexts.includes(field) && next[field] !== null)
      .map((field) => ({
        field: `session.${field}`,
        holdKey: field,
        label: sessionTextLabels[field],
        text: next[field] ?? '',
      })),
  );
  const holds = nextHolds(prior?.content, { unchangedTexts, newTextHolds, keptImages: [], newImageHolds: {} });
  return { texts: holds.texts };
}

/** After a write of the session's holds: whatever staff decided meanwhile is applied. */
export const settleSession = (ctx: GuardedContext, id: string, holds: StoredHolds) =>
  settleHolds(ctx, sessionContent, id, holds);

/** Staff over the master (not the master themselves) pass or refuse a held title or place; the master is told. */
export async function decideSessionText(
  ctx: GuardedContext,
  session: SessionRecord,
  input: { field: SessionTextField; decision: HeldTextDecision; reason?: string },
): Promise<void> {
  refuseOwnMatter(ctx.actor.id, session.master, '审核活动内容', 'sessionId');
  const hold = textHold(session.content, input.field);
  if (hold?.state !== 'review') throw new AppError('CONFLICT', '这项内容不在待审核状态，请刷新后再试', 'field');
  const passed = input.decision === 'pass';
  await decideHeldText(ctx, sessionContent, {
    ownerId: session._id,
    field: input.field,
    checkId: hold.checkId,
    passed,
    reason: input.reason ?? null,
    actor: ctx.actor,
    audit: {
      orgPath: session.orgPath,
      target: { type: 'mentorSession', id: session._id, label: `${session.masterName}：${session.title}` },
    },
  });
  if (!passed) {
    await mentoringChanged(ctx, {
      person: session.master,
      who: `活动“${session.title.slice(0, 12)}”的${sessionTextLabels[input.field]}`,
      status: '未通过审核',
      note: `原因：${input.reason ?? ''}，请修改后重新保存`,
    });
  }
}
