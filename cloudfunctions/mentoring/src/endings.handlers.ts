// 出师考核 and dissolving: the master (or staff over the pair, audited) ends a pair with a grade and a comment; staff
// over it dissolve it with a reason (audited), which revokes its 十个一 credits. Both free the master's place and
// the worker's trade. And the master's side of the apprentice's 十个一: progress, the 岗位提升计划 and comments.
import { mentoringContract } from '../../../src/shared/contracts/mentoring';
import { graduationGradeLabels } from '../../../src/shared/mentoring/vocabulary';
import { PAGES, withQuery } from '../../../src/shared/routes';
import { beijingYear } from '../../../src/shared/time/beijing';
import { AppError } from '../../../server/kit/app-error';
import type { GuardedHandlers } from '../../../server/kit/guarded-function';
import { refuseOwnMatter } from '../../../server/kit/recusal';
import {
  pairDetail,
  pairOrFail,
  requireActive,
  screenPairTexts,
  viewerOf,
} from '../../../server/mentoring/agreements';
import { dissolvePair, graduatePair } from '../../../server/mentoring/ending';
import { decidePairText } from '../../../server/mentoring/held-texts';
import { apprenticePlan, commentOnPlan } from '../../../server/mentoring/plan-comments';
import { mentoringChanged } from '../../../server/notify/senders';
import { audit } from '../../../server/people/audit';
import { member } from './masters.handlers';

export const endingHandlers = {
  graduate: async ({ apprenticeshipId, grade, comment }, ctx) => {
    member(ctx);
    const pair = await pairOrFail(ctx.db, apprenticeshipId);
    const viewer = viewerOf(ctx, pair);
    if (viewer === 'apprentice') throw new AppError('FORBIDDEN', '出师考核由师傅或工会进行', 'apprenticeshipId');
    requireActive(pair);
    if (!pair.agreed) throw new AppError('CONFLICT', '这对师徒还没有生效的协议，不能出师考核', 'apprenticeshipId');
    const content = await screenPairTexts(ctx, { kind: 'apprenticeship', id: pair._id }, [
      { field: 'comment', holdKey: 'comment', label: '考核评语', text: comment },
    ]);
    const end = await graduatePair(
      ctx.db,
      pair,
      { grade, comment, content, by: ctx.actor.id, byName: ctx.actor.name },
      ctx.now,
    );
    if (viewer === 'staff') {
      await audit(ctx.db, ctx.actor, ctx.now, {
        action: 'mentoring.graduate',
        orgPath: pair.orgPath,
        target: { type: 'apprenticeship', id: pair._id, label: `${pair.masterName}—${pair.apprenticeName}` },
        reason: comment,
        before: { status: '在带' },
        after: { status: '已出师', grade: graduationGradeLabels[grade] },
      });
    }
    const status = `考核${graduationGradeLabels[grade]}`;
    await mentoringChanged(ctx, { person: pair.apprentice, who: `${pair.masterName}师傅`, status, note: comment });
    if (viewer === 'staff') {
      await mentoringChanged(ctx, { person: pair.master, who: `徒弟${pair.apprenticeName}`, status, note: comment });
    }
    return pairDetail(ctx.db, { ...pair, state: 'ended', ended: end }, viewer, ctx.now);
  },

  dissolvePair: async ({ apprenticeshipId, reason }, ctx) => {
    const pair = await pairOrFail(ctx.db, apprenticeshipId);
    ctx.requireOver(pair.orgPath);
    for (const person of [pair.master, pair.apprentice]) {
      refuseOwnMatter(ctx.actor.id, person, '解除师徒关系', 'apprenticeshipId');
    }
    const end = await dissolvePair(
      ctx.db,
      pair,
      { grade: null, comment: reason, by: ctx.actor.id, byName: ctx.actor.name },
      ctx.now,
    );
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: 'mentoring.dissolvePair',
      orgPath: pair.orgPath,
      target: { type: 'apprenticeship', id: pair._id, label: `${pair.masterName}—${pair.apprenticeName}` },
      reason,
      before: { status: '在带' },
      after: { status: '已解除' },
    });
    for (const [person, who] of [
      [pair.apprentice, `与${pair.masterName}师傅`],
      [pair.master, `与徒弟${pair.apprenticeName}`],
    ] as const) {
      await mentoringChanged(ctx, { person, who, status: '解除师徒', note: `原因：${reason}` });
    }
    return pairDetail(ctx.db, { ...pair, state: 'ended', ended: end }, 'staff', ctx.now);
  },

  apprenticePlan: async ({ apprenticeshipId, year }, ctx) => {
    member(ctx);
    const pair = await pairOrFail(ctx.db, apprenticeshipId);
    const viewer = viewerOf(ctx, pair);
    return apprenticePlan(ctx.db, pair, year ?? beijingYear(ctx.now), viewer, ctx.now);
  },

  commentPlan: async ({ apprenticeshipId, year, text }, ctx) => {
    member(ctx);
    const pair = await pairOrFail(ctx.db, apprenticeshipId);
    await commentOnPlan(ctx, pair, year, text);
    await mentoringChanged(ctx, {
      person: pair.apprentice,
      who: `${pair.masterName}师傅`,
      status: '点评计划',
      note: `${year}年岗位提升计划`,
      page: withQuery(PAGES.mentor.apprenticePlan, { id: pair._id }),
    });
    return apprenticePlan(ctx.db, pair, year, 'master', ctx.now);
  },

  decidePairText: async ({ apprenticeshipId, ...decision }, ctx) => {
    const pair = await pairOrFail(ctx.db, apprenticeshipId);
    ctx.requireOver(pair.orgPath);
    await decidePairText(ctx, pair, decision);
    return pairDetail(ctx.db, await pairOrFail(ctx.db, pair._id), 'staff', ctx.now);
  },
} satisfies Pick<
  GuardedHandlers<typeof mentoringContract>,
  'graduate' | 'dissolvePair' | 'apprenticePlan' | 'commentPlan' | 'decidePairText'
>;
