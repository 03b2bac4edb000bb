// The master's side of the apprentice's 十个一: the year's done items (the credit summary, read by
// server/activity/progress.ts as every other page reads it), the 岗位提升计划 (item 10, `plans`, viewed through
// server/activity/views.ts) and the master's comments on it (`mentorPlanComments`, under content security). Only the
// pair reads it: the apprentice sees the comments, the master sees the progress and the plan.
import type { ApprenticePlan } from '../../src/shared/contracts/mentoring';
import { progressOfPeople } from '../activity/progress';
import { planId, plans } from '../activity/records';
import { planView } from '../activity/views';
import { textHold } from '../content-security/holds';
import { AppError } from '../kit/app-error';
import type { Db } from '../kit/db';
import type { GuardedContext } from '../kit/guarded-function';
import { newId } from '../kit/ids';
import { mentorPlanComments, type PairRecord, type PlanCommentRecord } from './agreement-records';
import { screenPairTexts, type Viewer } from './agreements';

const COMMENTS_SHOWN = 50;

export async function apprenticePlan(
  db: Db,
  pair: PairRecord,
  year: number,
  viewer: Viewer,
  now: Date,
): Promise<ApprenticePlan> {
  const [progress, plan, comments] = await Promise.all([
    progressOfPeople(db, [pair.apprentice], year),
    plans.byId(db, planId(pair.apprentice, year)),
    mentorPlanComments
      .of(db)
      .where({ apprentice: pair.apprentice, year })
      .orderBy('at', 'desc')
      .limit(COMMENTS_SHOWN)
      .get() as Promise<{ data: PlanCommentRecord[] }>,
  ]);
  let shownPlan = plan ? planView(plan, now) : null;
  // Goals WeChat holds are the worker's own until passed (staff over them decide): the master reads them empty.
  if (shownPlan && viewer === 'master' && textHold(plan?.content, 'goals')) {
    shownPlan = { ...shownPlan, goals: shownPlan.goals.map((goal) => ({ ...goal, text: '' })) };
  }
  return {
    year,
    apprenticeId: pair.apprentice,
    apprenticeName: pair.apprenticeName,
    done: progress[0]?.done ?? [],
    plan: shownPlan,
    comments: comments.data.map((comment) => {
      const held = !!textHold(comment.content, 'text');
      return {
        commentId: comment._id,
        masterName: comment.masterName,
        text: held && viewer === 'apprentice' ? '' : comment.text,
        held,
        at: comment.at.toISOString(),
      };
    }),
  };
}

/** The pair's master comments on the apprentice's plan of `year` (which must exist). */
export async function commentOnPlan(ctx: GuardedContext, pair: PairRecord, year: number, text: string) {
  if (ctx.caller.user?._id !== pair.master) {
    throw new AppError('FORBIDDEN', '只有徒弟的师傅可以点评', 'apprenticeshipId');
  }
  if (pair.state !== 'active') throw new AppError('CONFLICT', '这对师徒关系已结束', 'apprenticeshipId');
  const plan = await plans.byId(ctx.db, planId(pair.apprentice, year));
  if (!plan) throw new AppError('CONFLICT', `徒弟尚未制定${year}年的岗位提升计划`, 'year');
  const id = newId('pc');
  const content = await screenPairTexts(ctx, { kind: 'mentorPlanComment', id }, [
    { field: 'text', holdKey: 'text', label: '点评', text },
  ]);
  const record: PlanCommentRecord = {
    _id: id,
    apprenticeship: pair._id,
    apprentice: pair.apprentice,
    master: pair.master,
    masterName: pair.masterName,
    year,
    text,
    content,
    at: ctx.now,
  };
  await mentorPlanComments.of(ctx.db).add(record);
}
