// Staff actions on contests: create and edit (rules freeze when registration opens; capacity may only grow, and
// growth promotes the waitlist; other edits after opening need a reason, kept in the audit log), their table of
// contests with counts, one contest's entries, and review of pending entries.
import * as z from 'zod';
import type { ActionSpec } from '../contract';
import { idSchema, reasonSchema } from '../people-common';
import { tableQuery } from '../table-query';
import {
  contestFieldsSchema,
  contestIdInput,
  contestLevels,
  contestViewSchema,
  entryStates,
  entryViewSchema,
} from './common';
import { contestPhases } from '../../contest/schedule';
import { customFieldSchema } from '../../contest/custom-fields';
import { heldTextDecisionFields, REFUSAL_NEEDS_REASON, refusalHasReason } from '../content-holds';

export const contestCountsSchema = z.object({
  confirmed: z.number().int(),
  pending: z.number().int(),
  waitlisted: z.number().int(),
  checkedIn: z.number().int(),
});
export type ContestCounts = z.infer<typeof contestCountsSchema>;

export const staffContestRowSchema = z.object({
  contest: contestViewSchema,
  counts: contestCountsSchema,
});

export const contestSortFields = ['day', 'createdAt'] as const;
export const entrySortFields = ['ticket', 'name'] as const;

export const staffContestActions = {
  /** A new contest organised by `orgId` (the caller's union or one below it). */
  createContest: {
    input: z.object({ orgId: idSchema, contest: contestFieldsSchema }).strict(),
    output: contestViewSchema,
  },
  /**
   * The whole contest as edited. After registration opened the rules that entries were made under are refused,
   * capacity only grows (and promotes the waitlist), and a reason is required.
   */
  updateContest: {
    input: z.object({ contestId: idSchema, contest: contestFieldsSchema, reason: reasonSchema.optional() }).strict(),
    output: contestViewSchema,
  },
  /** The contests the caller's union and those below it organise, with counts. */
  myContests: {
    input: tableQuery(contestSortFields, { search: true }).and(
      z
        .object({
          level: z.enum(contestLevels).optional(),
          phase: z.enum(contestPhases).optional(),
        })
        .strict(),
    ),
    output: z.object({ rows: z.array(staffContestRowSchema), total: z.number().int() }),
  },
  staffContest: { input: contestIdInput, output: staffContestRowSchema },
  /** One contest's entries, for its organisers: masked phones only. */
  contestEntries: {
    input: tableQuery(entrySortFields, { search: false }).and(
      z.object({ contestId: idSchema, state: z.enum(entryStates).optional() }).strict(),
    ),
    output: z.object({ rows: z.array(entryViewSchema), total: z.number().int() }),
  },
  /** Approve a pending entry, or reject it with a reason the worker sees (its place goes to the waitlist). */
  reviewEntry: {
    input: z
      .object({ entryId: idSchema, approve: z.boolean(), reason: reasonSchema.optional() })
      .strict()
      .refine((input) => input.approve || !!input.reason, { path: ['reason'], error: '请填写未通过的原因' }),
    output: entryViewSchema,
  },
  /**
   * Passes a registration answer WeChat's check held for a person (the organisers see it as written) or refuses it
   * (the worker is told why). Audited; nobody decides on their own entry.
   */
  decideAnswerText: {
    input: z
      .object({
        entryId: idSchema,
        field: customFieldSchema.shape.key,
        ...heldTextDecisionFields,
      })
      .strict()
      .refine(refusalHasReason, REFUSAL_NEEDS_REASON),
    output: entryViewSchema,
  },
} satisfies Record<string, ActionSpec>;
