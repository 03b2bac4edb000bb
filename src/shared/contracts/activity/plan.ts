// Item 10, 岗位提升计划: goals with target dates in the year; each is marked achieved or not at review time. The
// item is done once the plan has a goal that passed content security. (A master's comments arrive with masters.)
import * as z from 'zod';
import type { ActionSpec } from '../contract';
import { isoInstant } from '../people-common';
import { textOf } from '../../validation/fields';
import { clientIdSchema, contentHoldsSchema, recordStates, yearSchema } from './common';

export const MAX_GOALS = 10;

export const goalOutcomes = ['achieved', 'missed'] as const;

export const planInputSchema = z
  .object({
    year: yearSchema,
    goals: z
      .array(
        z
          .object({
            goalId: clientIdSchema,
            text: textOf(2, 100, '请填写目标（2到100个字）'),
            targetDate: z.iso.date({ error: '请选择目标日期' }),
          })
          .strict(),
        { error: '请至少写一个目标' },
      )
      .min(1, { error: '请至少写一个目标' })
      .max(MAX_GOALS, { error: `最多${MAX_GOALS}个目标` }),
  })
  .strict()
  .superRefine((plan, issues) => {
    plan.goals.forEach((goal, index) => {
      if (goal.targetDate.slice(0, 4) !== String(plan.year)) {
        issues.addIssue({
          code: 'custom',
          message: `目标日期须在${plan.year}年内`,
          path: ['goals', index, 'targetDate'],
        });
      }
    });
    const ids = plan.goals.map((goal) => goal.goalId);
    if (new Set(ids).size !== ids.length) {
      issues.addIssue({ code: 'custom', message: '目标编号重复', path: ['goals'] });
    }
  });
export type PlanInput = z.infer<typeof planInputSchema>;

export const planViewSchema = z.object({
  year: z.number().int(),
  goals: z.array(
    z.object({
      goalId: z.string(),
      text: z.string(),
      targetDate: z.iso.date(),
      outcome: z.enum(goalOutcomes).nullable(),
      markedAt: isoInstant.nullable(),
      /** Whether the worker may mark it now (goalReviewProblem). */
      reviewable: z.boolean(),
    }),
  ),
  state: z.enum(recordStates),
  holds: contentHoldsSchema,
  updatedAt: isoInstant,
});
export type PlanView = z.infer<typeof planViewSchema>;

export const planActions = {
  /** Saves the caller's plan of a year (goals keep their outcomes by goal id). */
  savePlan: { input: planInputSchema, output: planViewSchema },
  /** Marks one goal achieved or not, at review time. */
  markGoal: {
    input: z.object({ year: yearSchema, goalId: clientIdSchema, outcome: z.enum(goalOutcomes) }).strict(),
    output: planViewSchema,
  },
} satisfies Record<string, ActionSpec>;
