// Content security in selections: a text WeChat held for review (a nomination's deeds or honours, an objection's
// reason) waits for a staff member of the organising union to pass or refuse it.
import * as z from 'zod';
import type { ActionSpec } from '../contract';
import { contentHoldsSchema, heldTextDecisionFields, REFUSAL_NEEDS_REASON, refusalHasReason } from '../content-holds';
import { idSchema } from '../people-common';

/** Which record holds the text, and its fields that are checked. */
export const heldTextFields = {
  candidate: ['deeds', 'honours'],
  objection: ['reason'],
} as const;

export const contentActions = {
  /**
   * Passes a held text (it is shown as written) or refuses it (it stays hidden from the public, and its author and
   * staff see the reason). Audited.
   */
  decideHeldText: {
    input: z
      .object({
        owner: z.enum(['candidate', 'objection']),
        id: idSchema,
        field: z.enum(['deeds', 'honours', 'reason']),
        ...heldTextDecisionFields,
      })
      .strict()
      .refine((value) => (heldTextFields[value.owner] as readonly string[]).includes(value.field), {
        message: '没有这项内容',
        path: ['field'],
      })
      .refine(refusalHasReason, REFUSAL_NEEDS_REASON),
    output: z.object({ content: contentHoldsSchema }),
  },
} satisfies Record<string, ActionSpec>;
