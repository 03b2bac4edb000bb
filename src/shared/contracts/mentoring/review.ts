// Statements WeChat held for review: staff over the master read them in full and pass or refuse them. Until then the
// master sees that there is a statement, not what it says; a refused one declines the application (the worker may
// apply again with other words).
import * as z from 'zod';
import type { ActionSpec } from '../contract';
import { heldTextDecisionFields, REFUSAL_NEEDS_REASON, refusalHasReason } from '../content-holds';
import { idSchema, isoInstant } from '../people-common';
import { tradeCodes } from '../../people/trades';
import { pairTextKinds } from './agreements';
import { applicationViewSchema } from './pairing';

export const heldStatementSchema = z.object({
  applicationId: z.string(),
  masterId: z.string(),
  masterName: z.string(),
  applicantId: z.string(),
  applicantName: z.string(),
  trade: z.enum(tradeCodes),
  statement: z.string(),
  createdAt: isoInstant,
});
export type HeldStatement = z.infer<typeof heldStatementSchema>;

export const reviewActions = {
  /** Waiting applications whose statement is held for review, of masters in the caller's part of the tree. */
  heldStatements: {
    input: z.object({}).strict(),
    output: z.object({ rows: z.array(heldStatementSchema) }),
  },
  /** Staff over the master pass a held statement, or refuse it with a reason (the application is then declined). */
  decideStatementText: {
    input: z
      .object({
        applicationId: idSchema,
        ...heldTextDecisionFields,
      })
      .strict()
      .refine(refusalHasReason, REFUSAL_NEEDS_REASON),
    output: applicationViewSchema,
  },
} satisfies Record<string, ActionSpec>;

/** A pair's text WeChat held for a person to decide, as staff over the pair read it in full. */
export const heldPairTextSchema = z.object({
  apprenticeshipId: z.string(),
  masterName: z.string(),
  apprenticeName: z.string(),
  trade: z.enum(tradeCodes),
  /** What it is, as decidePairText names it: a goal, the grade's comment, a check's notes, a plan comment. */
  text: z.enum(pairTextKinds),
  /** The goal's, check's or comment's id, as decidePairText takes it (null for the grade's comment). */
  id: z.string().nullable(),
  content: z.string(),
  heldAt: isoInstant,
});
export type HeldPairText = z.infer<typeof heldPairTextSchema>;

export const pairReviewActions = {
  /** Texts of pairs in the caller's part of the tree that WeChat holds for review, the oldest first. */
  heldPairTexts: {
    input: z.object({}).strict(),
    output: z.object({ rows: z.array(heldPairTextSchema) }),
  },
} satisfies Record<string, ActionSpec>;
