// Agreements (师徒协议) of an active pair: the master proposes goals, a term of 1–3 years and a cadence; the apprentice
// agrees (同意), and a change the master proposes later waits for the apprentice's agreement again while the agreed
// one stays in force. The master records checks (date, notes, per-goal progress); both read the history, and staff
// over the pair read it and the cadence table of their scope. 出师考核 ends a pair with a grade; staff may dissolve
// one with a reason. The master reads the apprentice's 十个一 of a year and comments on their 岗位提升计划.
import * as z from 'zod';
import type { ActionSpec } from '../contract';
import { clientIdSchema, yearSchema } from '../activity/common';
import { planViewSchema } from '../activity/plan';
import { heldTextDecisionFields, REFUSAL_NEEDS_REASON, refusalHasReason } from '../content-holds';
import { pageInput } from '../paging';
import { idOf, isoInstant, reasonSchema } from '../people-common';
import { tradeCodes } from '../../people/trades';
import {
  cadenceProblem,
  DEFAULT_CHECK_EVERY_MONTHS,
  DEFAULT_REVIEW_EVERY_MONTHS,
  goalDateProblems,
  MAX_AGREEMENT_GOALS,
  MAX_CHECK_EVERY_MONTHS,
  MAX_REVIEW_EVERY_MONTHS,
  termProblem,
} from '../../mentoring/agreement';
import { apprenticeshipStates, graduationGrades, pairEndings } from '../../mentoring/vocabulary';
import { textOf, wholeNumber } from '../../validation/fields';

const day = (message: string) => z.iso.date({ error: message });

export const agreementInputSchema = z
  .object({
    apprenticeshipId: idOf('请选择徒弟'),
    goals: z
      .array(
        z
          .object({
            goalId: clientIdSchema,
            text: textOf(2, 100, '请填写目标（2到100个字）'),
            targetDate: day('请选择目标日期'),
          })
          .strict(),
        { error: '请至少写一个目标' },
      )
      .min(1, { error: '请至少写一个目标' })
      .max(MAX_AGREEMENT_GOALS, { error: `最多${MAX_AGREEMENT_GOALS}个目标` }),
    term: z.object({ start: day('请选择开始日期'), end: day('请选择结束日期') }).strict(),
    cadence: z
      .object({
        checkEveryMonths: wholeNumber(
          1,
          MAX_CHECK_EVERY_MONTHS,
          `日常检查每1到${MAX_CHECK_EVERY_MONTHS}个月一次`,
        ).default(DEFAULT_CHECK_EVERY_MONTHS),
        reviewEveryMonths: wholeNumber(
          1,
          MAX_REVIEW_EVERY_MONTHS,
          `阶段评估每1到${MAX_REVIEW_EVERY_MONTHS}个月一次`,
        ).default(DEFAULT_REVIEW_EVERY_MONTHS),
      })
      .strict()
      .default({ checkEveryMonths: DEFAULT_CHECK_EVERY_MONTHS, reviewEveryMonths: DEFAULT_REVIEW_EVERY_MONTHS }),
  })
  .strict()
  .superRefine((value, issues) => {
    const problems = [
      termProblem(value.term),
      cadenceProblem(value.cadence),
      ...goalDateProblems(value.goals, value.term),
    ].filter((problem) => problem !== null);
    const ids = value.goals.map((goal) => goal.goalId);
    if (new Set(ids).size !== ids.length) problems.push({ path: ['goals'], message: '目标编号重复' });
    for (const problem of problems) {
      issues.addIssue({ code: 'custom', message: problem.message, path: problem.path });
    }
  });
export type AgreementInput = z.infer<typeof agreementInputSchema>;

const termSchema = z.object({ start: z.iso.date(), end: z.iso.date() });
const cadenceSchema = z.object({ checkEveryMonths: z.number().int(), reviewEveryMonths: z.number().int() });
const checkKinds = ['check', 'review'] as const;

export const agreementViewSchema = z.object({
  version: z.number().int(),
  goals: z.array(
    z.object({
      goalId: z.string(),
      /** Empty for the apprentice while WeChat holds it for review (the master and staff read it, marked). */
      text: z.string(),
      held: z.boolean(),
      targetDate: z.iso.date(),
    }),
  ),
  term: termSchema,
  cadence: cadenceSchema,
  proposedAt: isoInstant,
  confirmedAt: isoInstant.nullable(),
});
export type AgreementView = z.infer<typeof agreementViewSchema>;

export const checkViewSchema = z.object({
  checkId: z.string(),
  date: z.iso.date(),
  kind: z.enum(checkKinds),
  /** Empty for the apprentice while WeChat holds it. */
  notes: z.string(),
  notesHeld: z.boolean(),
  progress: z.array(z.object({ goalId: z.string(), percent: z.number().int() })),
  recordedAt: isoInstant,
});
export type CheckView = z.infer<typeof checkViewSchema>;

const dueSchema = z.object({ day: z.iso.date(), kind: z.enum(checkKinds) }).nullable();

export const pairSummarySchema = z.object({
  apprenticeshipId: z.string(),
  masterId: z.string(),
  masterName: z.string(),
  apprenticeId: z.string(),
  apprenticeName: z.string(),
  trade: z.enum(tradeCodes),
  state: z.enum(apprenticeshipStates),
  since: isoInstant,
  /** none: no agreement yet; proposed: waiting for the apprentice; agreed (a change may wait beside it). */
  agreement: z.enum(['none', 'proposed', 'agreed']),
  changeWaiting: z.boolean(),
  lastCheck: z.iso.date().nullable(),
  nextDue: dueSchema,
  /** Days the next check is past due today (0 when not). */
  overdueDays: z.number().int(),
  ended: z
    .object({
      how: z.enum(pairEndings),
      grade: z.enum(graduationGrades).nullable(),
      comment: z.string(),
      /** WeChat holds the comment: the apprentice reads it once staff pass it; the master sees it marked. */
      commentHeld: z.boolean(),
      byName: z.string(),
      at: isoInstant,
    })
    .nullable(),
});
export type PairSummary = z.infer<typeof pairSummarySchema>;

export const pairDetailSchema = pairSummarySchema.extend({
  /** How the caller stands to the pair. */
  viewer: z.enum(['master', 'apprentice', 'staff']),
  agreed: agreementViewSchema.nullable(),
  proposal: agreementViewSchema.nullable(),
  /** Newest first (the latest 50). */
  checks: z.array(checkViewSchema),
});
export type PairDetail = z.infer<typeof pairDetailSchema>;

export const cadenceRowSchema = z.object({
  apprenticeshipId: z.string(),
  masterName: z.string(),
  apprenticeName: z.string(),
  trade: z.enum(tradeCodes),
  lastCheck: z.iso.date().nullable(),
  nextDue: dueSchema,
  overdueDays: z.number().int(),
});
export type CadenceRow = z.infer<typeof cadenceRowSchema>;

export const apprenticePlanSchema = z.object({
  year: z.number().int(),
  apprenticeId: z.string(),
  apprenticeName: z.string(),
  /** The 十个一 items done this year (from the credit summary, as everywhere else). */
  done: z.array(z.number().int()),
  /** The 岗位提升计划 of the year; goal texts WeChat holds read empty for the master. */
  plan: planViewSchema.nullable(),
  comments: z.array(
    z.object({
      commentId: z.string(),
      masterName: z.string(),
      /** Empty for the apprentice while WeChat holds it. */
      text: z.string(),
      held: z.boolean(),
      at: isoInstant,
    }),
  ),
});
export type ApprenticePlan = z.infer<typeof apprenticePlanSchema>;

const pairRef = { apprenticeshipId: idOf('请选择师徒') };

/** The texts of a pair WeChat may hold: a goal, the grade's comment, a check's notes, a plan comment. */
export const pairTextKinds = ['goal', 'ending', 'check', 'comment'] as const;
export type PairTextKind = (typeof pairTextKinds)[number];

export const agreementActions = {
  /** The pair's master proposes the agreement, or a change to it (the apprentice must agree again). */
  proposeAgreement: { input: agreementInputSchema, output: pairDetailSchema },
  /** The apprentice agrees to the proposal they read (its version): it comes into force. */
  confirmAgreement: {
    input: z.object({ ...pairRef, version: wholeNumber(1, 10_000, '协议版本不对，请刷新后再试') }).strict(),
    output: pairDetailSchema,
  },
  /** The master records a check: its date, notes and each agreed goal's progress (0–100%). */
  recordCheck: {
    input: z
      .object({
        ...pairRef,
        date: day('请选择检查日期'),
        notes: textOf(2, 500, '检查记录2到500字'),
        progress: z
          .array(
            z
              .object({
                goalId: clientIdSchema,
                percent: wholeNumber(0, 100, '进度为0到100%'),
              })
              .strict(),
            { error: '请填写每个目标的进度' },
          )
          .max(MAX_AGREEMENT_GOALS, { error: '请填写每个目标的进度' }),
      })
      .strict(),
    output: pairDetailSchema,
  },
  /** One pair with its agreement and checks: for the pair and staff over the master's enterprise. */
  apprenticeship: { input: z.object(pairRef).strict(), output: pairDetailSchema },
  /** The caller's pairs either way, with what is due and overdue. */
  myPairs: { input: z.object({}).strict(), output: z.object({ rows: z.array(pairSummarySchema) }) },
  /**
   * Staff: the active pairs under an organisation (of one trade, when given), the most overdue first (or only the
   * overdue), a page at a time.
   */
  cadenceTable: {
    input: z
      .object({
        orgId: idOf('请选择组织'),
        trade: z.enum(tradeCodes, { error: '请选择工种' }).optional(),
        overdueOnly: z.boolean().optional(),
        ...pageInput,
      })
      .strict(),
    output: z.object({ rows: z.array(cadenceRowSchema), nextCursor: z.string().nullable() }),
  },
  /** 出师考核: the master (or staff over the pair, audited) ends the pair with a grade and a comment. */
  graduate: {
    input: z
      .object({
        ...pairRef,
        grade: z.enum(graduationGrades, { error: '请选择考核结果' }),
        comment: textOf(2, 300, '考核评语2到300字'),
      })
      .strict(),
    output: pairDetailSchema,
  },
  /** Staff over the pair dissolve it with a reason: the place is freed and the pair's 十个一 credits revoked. */
  dissolvePair: { input: z.object({ ...pairRef, reason: reasonSchema }).strict(), output: pairDetailSchema },
  /** The apprentice's 十个一 of a year and their plan with the master's comments: the pair and staff over it. */
  apprenticePlan: {
    input: z.object({ ...pairRef, year: yearSchema.optional() }).strict(),
    output: apprenticePlanSchema,
  },
  /** The pair's master comments on the apprentice's 岗位提升计划 of a year. */
  commentPlan: {
    input: z.object({ ...pairRef, year: yearSchema, text: textOf(2, 300, '点评2到300字') }).strict(),
    output: apprenticePlanSchema,
  },
  /** Staff over the pair pass a text WeChat held for review, or refuse it with a reason. */
  decidePairText: {
    input: z
      .object({
        ...pairRef,
        text: z.enum(pairTextKinds, { error: '请选择要审核的内容' }),
        /** The goal's, check's or comment's id (none for the grade's comment). */
        id: idOf('请选择要审核的内容').optional(),
        ...heldTextDecisionFields,
      })
      .strict()
      .refine(refusalHasReason, REFUSAL_NEEDS_REASON)
      .refine((value) => value.text === 'ending' || value.id !== undefined, {
        message: '请选择要审核的内容',
        path: ['id'],
      }),
    output: pairDetailSchema,
  },
} satisfies Record<string, ActionSpec>;
