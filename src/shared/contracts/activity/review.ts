// Staff review of 十个一 records in their subtree: a table of entries to look at, 认可 (locks the entry) or
// 不予认可 with a reason (revokes its credit; the worker reads why), and decisions on texts content security held
// for a person. Every act is audited.
import * as z from 'zod';
import type { ActionSpec } from '../contract';
import { idSchema, reasonSchema } from '../people-common';
import { tableQuery } from '../table-query';
import { heldTextDecisions } from '../content-holds';
import { entryViewSchema } from './entries';
import { clientIdSchema, recordStates, tenItemSchema, yearSchema } from './common';

export const reviewSortFields = ['createdAt', 'date'] as const;

export const reviewActions = {
  /** Entries of workers in the caller's subtree (or under `orgId`), newest first, filtered by state and item. */
  reviewQueue: {
    input: tableQuery(reviewSortFields, { search: false }).and(
      z
        .object({
          year: yearSchema,
          orgId: idSchema.optional(),
          state: z.enum(recordStates).optional(),
          item: tenItemSchema.optional(),
        })
        .strict(),
    ),
    output: z.object({ rows: z.array(entryViewSchema), total: z.number().int() }),
  },
  /** 认可 locks the entry; 不予认可 needs a reason and revokes its credit. */
  reviewEntry: {
    input: z
      .object({
        entryId: clientIdSchema,
        decision: z.enum(['accept', 'reject'], { error: '请选择认可或不予认可' }),
        reason: reasonSchema.optional(),
      })
      .strict()
      .refine((input) => input.decision === 'accept' || !!input.reason, {
        error: '不予认可须写明理由（2到200个字）',
        path: ['reason'],
      }),
    output: entryViewSchema,
  },
  /** A text content security held for a person (an entry's, a diary's or a plan's field): pass or refuse. */
  decideRecordText: {
    input: z
      .object({
        kind: z.enum(['entry', 'diary', 'plan']),
        id: idSchema,
        field: z.string().min(1).max(40),
        decision: z.enum(heldTextDecisions),
        reason: reasonSchema.optional(),
      })
      .strict()
      .refine((input) => input.decision === 'pass' || !!input.reason, {
        error: '不通过须写明理由（2到200个字）',
        path: ['reason'],
      }),
    output: z.object({ decided: z.boolean() }),
  },
} satisfies Record<string, ActionSpec>;
