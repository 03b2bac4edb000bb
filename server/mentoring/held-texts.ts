// A pair's texts WeChat held for review (审核中) and staff's decision on them: a goal (held on the agreed terms and on
// a proposal alike, since an unchanged goal keeps its hold), the grade's comment, a check's notes, a plan comment.
// Until staff over the pair pass one, the apprentice reads it empty and marked; refused, it stays hidden with the
// reason. The decision is the shared one (server/content-security/text.ts: once per check, audited).
import type { HeldTextDecision } from '../../src/shared/contracts/content-holds';
import type { PairTextKind } from '../../src/shared/contracts/mentoring';
import { recordContentOwner, type ContentOwner } from '../content-security/owners';
import { textHold, type TextHold } from '../content-security/holds';
import { decideHeldText } from '../content-security/text';
import { AppError } from '../kit/app-error';
import type { GuardedContext } from '../kit/guarded-function';
import { refuseOwnMatter } from '../kit/recusal';
import { apprenticeChecks, mentorPlanComments, pairs, type PairRecord } from './agreement-records';
import { goalHoldKey } from './agreements';

const checkNotesContent = recordContentOwner({ kind: 'apprenticeCheck', collection: apprenticeChecks });
const planCommentContent = recordContentOwner({ kind: 'mentorPlanComment', collection: mentorPlanComments });

/** Goals (`goal_<id>`, on the agreed terms and the proposal) and the ending's `comment`, nested on the pair. */
const pairTextContent: ContentOwner = {
  kind: 'apprenticeship',
  async applyImageVerdict() {
    throw new Error('an apprenticeship keeps no images');
  },
  async applyTextDecision(ctx, target, decision) {
    const _ = ctx.db.command;
    const places = target.field === 'comment' ? ['ended'] : ['agreed', 'proposal'];
    for (const place of places) {
      const path = `${place}.content.texts.${target.field}`;
      const refused: TextHold = { state: 'refused', checkId: target.checkId, reason: decision.reason };
      await pairs
        .of(ctx.db)
        .where({ _id: target.ownerId, [`${path}.checkId`]: target.checkId, [`${path}.state`]: 'review' })
        .update({ [path]: decision.passed ? _.remove() : _.set(refused) });
    }
  },
};

/** Staff over the pair (neither of its people) pass or refuse one of its held texts. */
export async function decidePairText(
  ctx: GuardedContext,
  pair: PairRecord,
  input: { text: PairTextKind; id?: string; decision: HeldTextDecision; reason?: string },
): Promise<void> {
  refuseOwnMatter(ctx.actor.id, pair.master, '审核师徒内容', 'apprenticeshipId');
  refuseOwnMatter(ctx.actor.id, pair.apprentice, '审核师徒内容', 'apprenticeshipId');
  const missing = () => new AppError('NOT_FOUND', '没有找到这项内容', 'id');
  let owner: ContentOwner = pairTextContent;
  let ownerId = pair._id;
  let field: string;
  let hold: TextHold | undefined;
  if (input.text === 'goal') {
    field = goalHoldKey(input.id ?? '');
    hold = textHold(pair.proposal?.content, field) ?? textHold(pair.agreed?.content, field);
  } else if (input.text === 'ending') {
    field = 'comment';
    hold = textHold(pair.ended?.content, field);
  } else if (input.text === 'check') {
    const check = input.id ? await apprenticeChecks.byId(ctx.db, input.id) : undefined;
    if (check?.apprenticeship !== pair._id) throw missing();
    [owner, ownerId, field] = [checkNotesContent, check._id, 'notes'];
    hold = textHold(check.content, field);
  } else {
    const comment = input.id ? await mentorPlanComments.byId(ctx.db, input.id) : undefined;
    if (comment?.apprenticeship !== pair._id) throw missing();
    [owner, ownerId, field] = [planCommentContent, comment._id, 'text'];
    hold = textHold(comment.content, field);
  }
  if (hold?.state !== 'review') throw new AppError('CONFLICT', '这项内容不在待审核状态，请刷新后再试', 'id');
  await decideHeldText(ctx, owner, {
    ownerId,
    field,
    checkId: hold.checkId,
    passed: input.decision === 'pass',
    reason: input.reason ?? null,
    actor: ctx.actor,
    audit: {
      orgPath: pair.orgPath,
      target: { type: 'apprenticeship', id: pair._id, label: `${pair.masterName}—${pair.apprenticeName}` },
    },
  });
}
