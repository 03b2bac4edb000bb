// Content security as answers show it: what of a record WeChat's check (or a person after it) is still holding back
// from the public, and what was refused and why. Only the author and staff are shown these; the public's answers
// simply leave held content out. Every feature that stores user text or images shows the same shape.
import * as z from 'zod';
import { reasonSchema } from './people-common';

/** A text field held for a person to decide (审核中), or refused by one. */
export const heldTextStates = ['review', 'refused'] as const;
/** An image still under WeChat's asynchronous check (审核中), or refused by its verdict and removed. */
export const heldImageStates = ['checking', 'refused'] as const;

export const contentHoldsSchema = z.object({
  texts: z.array(
    z.object({
      /** The input field the text came from (`deeds`, `reason`…). */
      field: z.string(),
      state: z.enum(heldTextStates),
      /** Why it was refused, for its author and staff; null while held. */
      reason: z.string().nullable(),
    }),
  ),
  images: z.array(
    z.object({
      fileId: z.string(),
      state: z.enum(heldImageStates),
      reason: z.string().nullable(),
    }),
  ),
});
export type ContentHolds = z.infer<typeof contentHoldsSchema>;

export const NO_HOLDS: ContentHolds = { texts: [], images: [] };

/** A staff member's decision on a text held for review. */
export const heldTextDecisions = ['pass', 'refuse'] as const;
export type HeldTextDecision = (typeof heldTextDecisions)[number];

/** The fields of every decision on a held text: pass, or refuse with a reason (`refusalHasReason` checks the pair). */
export const heldTextDecisionFields = {
  decision: z.enum(heldTextDecisions, { error: '请选择通过或不通过' }),
  reason: reasonSchema.optional(),
};

/** A refusal says why (the author reads it): the check and its message, for `.refine(...)`, naming `reason`. */
export const refusalHasReason = (value: { decision: HeldTextDecision; reason?: string | undefined }) =>
  value.decision === 'pass' || value.reason !== undefined;
export const REFUSAL_NEEDS_REASON = { message: '不通过时请填写原因', path: ['reason'] };
