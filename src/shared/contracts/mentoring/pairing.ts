// Pairing (拜师): a worker applies to a master with a short statement; the master accepts or declines with a reason;
// staff may assign a pair directly. The server keeps the limits under any concurrency: a master never over their
// limit, a worker with one active master per trade, one pending application per worker and master, nobody their
// own apprentice.
import * as z from 'zod';
import type { ActionSpec } from '../contract';
import { idOf, idSchema, isoInstant, reasonSchema } from '../people-common';
import { tradeCodes } from '../../people/trades';
import { applicationStates, apprenticeshipStates } from '../../mentoring/vocabulary';
import { textOf } from '../../validation/fields';
import { masterViewSchema } from './masters';

export const applicationViewSchema = z.object({
  applicationId: z.string(),
  masterId: z.string(),
  masterName: z.string(),
  applicantId: z.string(),
  applicantName: z.string(),
  trade: z.enum(tradeCodes),
  /** Empty while WeChat holds it for review (its author still reads it). */
  statement: z.string(),
  statementHeld: z.boolean(),
  state: z.enum(applicationStates),
  reason: z.string().nullable(),
  createdAt: isoInstant,
  decidedAt: isoInstant.nullable(),
});
export type ApplicationView = z.infer<typeof applicationViewSchema>;

export const apprenticeshipViewSchema = z.object({
  apprenticeshipId: z.string(),
  masterId: z.string(),
  masterName: z.string(),
  apprenticeId: z.string(),
  apprenticeName: z.string(),
  trade: z.enum(tradeCodes),
  state: z.enum(apprenticeshipStates),
  /** How it formed: an accepted application, or staff's assignment. */
  source: z.enum(['application', 'assignment']),
  since: isoInstant,
});
export type ApprenticeshipView = z.infer<typeof apprenticeshipViewSchema>;

export const pairingActions = {
  /** The caller applies to a master (one pending application per master). */
  applyToMaster: {
    input: z
      .object({
        masterId: idOf('请选择师傅'),
        statement: textOf(5, 200, '拜师申请5到200字'),
      })
      .strict(),
    output: applicationViewSchema,
  },
  /** The master accepts (the pair forms, within their limit) or declines with a reason. */
  decideApplication: {
    input: z
      .object({
        applicationId: idSchema,
        accept: z.boolean({ error: '请选择接受或婉拒' }),
        reason: reasonSchema.optional(),
      })
      .strict()
      .refine((value) => value.accept || value.reason !== undefined, {
        message: '婉拒时请填写原因',
        path: ['reason'],
      }),
    output: applicationViewSchema,
  },
  /** Staff over the master (and the apprentice) pair them directly. */
  assignPair: {
    input: z
      .object({ masterId: idOf('请选择师傅'), apprenticeId: idOf('请选择徒弟'), reason: reasonSchema })
      .strict(),
    output: apprenticeshipViewSchema,
  },
  /** The caller's side of 师带徒: their master record, applications sent and received, pairs either way. */
  myMentoring: {
    input: z.object({}).strict(),
    output: z.object({
      master: masterViewSchema.nullable(),
      received: z.array(applicationViewSchema),
      sent: z.array(applicationViewSchema),
      apprentices: z.array(apprenticeshipViewSchema),
      masters: z.array(apprenticeshipViewSchema),
    }),
  },
} satisfies Record<string, ActionSpec>;
