// Item 10, 岗位提升计划: the caller saves their plan of a year (goals keep their outcomes by id) and marks each goal
// achieved or not at review time.
import { activityContract } from '../../../src/shared/contracts/activity';
import { goalReviewProblem, yearIsOpen } from '../../../src/shared/tenones/year-rules';
import { PLAN_TEXTS, planContent } from '../../../server/activity/content';
import { planCrediting, settleCredit } from '../../../server/activity/crediting';
import { planId, plans, type PlanGoal, type PlanRecord } from '../../../server/activity/records';
import { planView } from '../../../server/activity/views';
import { addKept, me, newKept, rewrite, screenRecord, settleRecordHolds } from '../../../server/activity/writes';
import { AppError } from '../../../server/kit/app-error';
import type { GuardedHandlers } from '../../../server/kit/guarded-function';

/** The goals as one text for the check: one a line. */
const goalsText = (goals: ReadonlyArray<{ text: string }>) => goals.map((goal) => goal.text).join('\n');

export const planHandlers = {
  savePlan: async ({ year, goals }, ctx) => {
    const user = me(ctx);
    if (!yearIsOpen(year, ctx.now)) throw new AppError('INVALID_INPUT', `${year}年的计划已经不能填写`, 'year');
    const id = planId(user._id, year);
    const prior = await plans.byId(ctx.db, id);
    const content = await screenRecord(
      ctx,
      { kind: planContent.kind, id },
      { goals: { label: PLAN_TEXTS.goals, text: goalsText(goals) } },
      { field: 'photos', next: [] },
      prior ? { content: prior.content, texts: { goals: goalsText(prior.goals) } } : undefined,
    );
    const kept = new Map(prior?.goals.map((goal) => [goal.goalId, goal]));
    const next: PlanGoal[] = goals.map((goal) => ({
      ...goal,
      outcome: kept.get(goal.goalId)?.outcome ?? null,
      markedAt: kept.get(goal.goalId)?.markedAt ?? null,
    }));
    const conflict = '计划刚刚保存过，请刷新后再修改';
    if (prior) {
      const saved = await plans
        .of(ctx.db)
        .where({ _id: id, version: prior.version })
        .update({ goals: ctx.db.command.set(next), ...rewrite(ctx, content) });
      if (saved.updated !== 1) throw new AppError('CONFLICT', conflict);
    } else {
      await addKept(
        ctx,
        plans,
        { ...newKept(ctx, user, id, year, content), goals: next } satisfies PlanRecord,
        conflict,
      );
    }
    await settleRecordHolds(ctx, planContent, id, content);
    await settleCredit(ctx.db, planCrediting, id, ctx.now);
    return planView((await plans.byId(ctx.db, id))!, ctx.now);
  },

  markGoal: async ({ year, goalId, outcome }, ctx) => {
    const user = me(ctx);
    const id = planId(user._id, year);
    const plan = await plans.byId(ctx.db, id);
    const index = plan?.goals.findIndex((goal) => goal.goalId === goalId) ?? -1;
    if (!plan || index < 0) throw new AppError('NOT_FOUND', '没有找到这个目标', 'goalId');
    const problem = goalReviewProblem(plan.goals[index]!, year, ctx.now);
    if (problem) throw new AppError('INVALID_INPUT', problem, 'goalId');
    // Only this goal's fields, so a save of the plan at the same moment loses nothing it changed.
    const _ = ctx.db.command;
    const marked = await plans
      .of(ctx.db)
      .where({ _id: id, [`goals.${index}.goalId`]: goalId })
      .update({
        [`goals.${index}.outcome`]: outcome,
        [`goals.${index}.markedAt`]: ctx.now,
        updatedAt: ctx.now,
        version: _.inc(1),
      });
    if (marked.updated !== 1) throw new AppError('CONFLICT', '计划刚刚有了变化，请刷新后再标记');
    return planView((await plans.byId(ctx.db, id))!, ctx.now);
  },
} satisfies Pick<GuardedHandlers<typeof activityContract>, 'savePlan' | 'markGoal'>;
