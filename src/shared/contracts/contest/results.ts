// Scores and results: staff enter theory and practical scores for those who checked in, see the totals by the
// published weighting and the ranking as it stands, and publish; a published result is frozen and a correction is an
// audited act with a reason. Anyone who may see the contest reads the published ranking.
import * as z from 'zod';
import type { ActionSpec } from '../contract';
import { pointsSchema } from '../../contest/scores';
import { idSchema, reasonSchema } from '../people-common';
import { contestIdInput, scoresSchema } from './common';

export const resultRowSchema = z.object({
  entryId: z.string(),
  name: z.string(),
  orgName: z.string().nullable(),
  checkedIn: z.boolean(),
  absent: z.boolean(),
  result: scoresSchema,
});
export type ResultRow = z.infer<typeof resultRowSchema>;

export const resultsViewSchema = z.object({
  contestId: z.string(),
  title: z.string(),
  /** The rule in words (`总分 = 理论 × 30% + 实操 × 70%，四舍五入保留一位小数`). */
  rule: z.string(),
  awards: z.number().int(),
  published: z.boolean(),
  publishedAt: z.string().nullable(),
  /** A team contest: each line is a team (a team counts once), its members by name in `orgName`. */
  teams: z.boolean().optional(),
  rows: z.array(resultRowSchema),
});
export type ResultsView = z.infer<typeof resultsViewSchema>;

const scoreLine = z
  .object({
    entryId: idSchema,
    theory: pointsSchema.nullable(),
    practical: pointsSchema.nullable(),
  })
  .strict();

export const resultActions = {
  /** The score sheet: every confirmed contestant, checked in or 缺考, with the totals and ranks as they stand. */
  scoreSheet: { input: contestIdInput, output: resultsViewSchema },
  /** Scores for several contestants at once (from the contest day until published). */
  saveScores: {
    input: z
      .object({
        contestId: idSchema,
        lines: z.array(scoreLine).min(1, { error: '请至少填写一位选手的成绩' }).max(200),
      })
      .strict(),
    output: resultsViewSchema,
  },
  /** Publishes the result: every contestant who checked in must have both scores; then the result is frozen. */
  publishResults: { input: contestIdInput, output: resultsViewSchema },
  /** A correction of a published score: audited with a reason, the ranking recomputed. */
  correctScore: {
    input: scoreLine.extend({ reason: reasonSchema }).strict(),
    output: resultsViewSchema,
  },
  /** An Excel file of the registrations (masked phones) or the results, through the shared export. */
  exportContest: {
    input: z
      .object({ contestId: idSchema, kind: z.enum(['registrations', 'results'], { error: '请选择导出内容' }) })
      .strict(),
    output: z.object({
      fileName: z.string(),
      url: z.url(),
      rows: z.number().int(),
      personal: z.boolean(),
      expiresAt: z.string(),
    }),
  },
  /** The published ranking, for whoever may see the contest. */
  results: { input: contestIdInput, output: resultsViewSchema },
} satisfies Record<string, ActionSpec>;
