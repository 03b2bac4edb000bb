// Candidates and nominations: a candidate as the public sees it, a nomination as staff see it, and the actions that
// nominate, correct and review.
import * as z from 'zod';
import { PAGE_SIZE, pageInput } from '../paging';
import { tableAnswer, tableQuery } from '../table-query';
import type { ActionSpec } from '../contract';
import { contentHoldsSchema } from '../content-holds';
import { honourSchema, idOf, idSchema, isoInstant, reasonSchema } from '../people-common';

export const candidateStatuses = ['submitted', 'returned', 'approved', 'rejected', 'disqualified'] as const;
export type CandidateStatus = (typeof candidateStatuses)[number];

export const candidatePublicSchema = z.object({
  id: z.string(),
  campaignId: z.string(),
  categoryId: z.string(),
  /** The candidate's 编号 in the campaign, given when the nomination is approved (null on records from before). */
  number: z.number().int().positive().nullable(),
  name: z.string(),
  enterprise: z.string(),
  trade: z.string(),
  deeds: z.string(),
  photoFileIds: z.array(z.string()),
  honours: z.array(honourSchema),
  /**
   * Counted public votes, as the rules let the public see them: live, as last published (daily), or null while
   * hidden; everyone sees the final count from the result on.
   */
  votes: z.number().int().nullable(),
});

export const nominationSchema = candidatePublicSchema.extend({
  status: z.enum(candidateStatuses),
  nominatedBy: z.string(),
  /** Whether the caller submitted it (a returned nomination is corrected by its nominator's union). */
  mine: z.boolean(),
  nominatedAt: isoInstant,
  review: z.object({ by: z.string(), at: isoInstant, reason: z.string().nullable() }).nullable(),
  /**
   * What content security holds back from the public (deeds or honours 审核中, photos still under check) or
   * refused. Staff see the nomination as written; `deeds`, `honours` and `photoFileIds` above are all of it.
   */
  content: contentHoldsSchema,
});

export const DEEDS_MIN = 50;
export const DEEDS_MAX = 3000;

const deedsLength = (issue: { input?: unknown }) =>
  `主要事迹须写${DEEDS_MIN}到${DEEDS_MAX}字，现在是${String(issue.input ?? '').trim().length}字`;

const nominationInput = {
  categoryId: idOf('请选择评选类别'),
  deeds: z.string().trim().min(DEEDS_MIN, { error: deedsLength }).max(DEEDS_MAX, { error: deedsLength }),
  photoFileIds: z.array(z.string().startsWith('cloud://').max(300)).max(6),
  honours: z.array(honourSchema).max(20),
};

/** The staff nominations table: sorted by when nominated or by name, searched by name. */
export const nominationsTable = tableQuery(['nominatedAt', 'name']);

export const nominationActions = {
  /**
   * Whether each of these people may be nominated in the campaign (its eligibility, from their stored facts), for
   * staff about to pick one; people outside the caller's part of the tree are left out. At most one search's worth.
   */
  nomineeCheck: {
    input: z.object({ campaignId: idSchema, userIds: z.array(idSchema).min(1).max(PAGE_SIZE) }).strict(),
    output: z.object({
      verdicts: z.array(z.object({ userId: z.string(), ok: z.boolean(), message: z.string().nullable() })),
    }),
  },
  nominate: {
    input: z.object({ campaignId: idSchema, userId: idSchema, ...nominationInput }).strict(),
    output: nominationSchema,
  },
  /** Corrects a nomination that was returned for changes (or not yet reviewed) and submits it again. */
  updateNomination: {
    input: z.object({ candidateId: idSchema, ...nominationInput }).strict(),
    output: nominationSchema,
  },
  listNominations: {
    input: z
      .object({
        campaignId: idSchema,
        status: z.enum(candidateStatuses).optional(),
        categoryId: idSchema.optional(),
        table: nominationsTable.optional(),
        ...pageInput,
      })
      .strict(),
    output: z.object({ nominations: z.array(nominationSchema), nextCursor: z.string().nullable(), ...tableAnswer }),
  },
  /**
   * Nominations of the caller's people that the organisers returned for correction, while they can still be
   * corrected (nomination or review stage): the nominating union's to-do on its 工作台, until each is resubmitted.
   */
  returnedNominations: {
    input: z.object({}).strict(),
    output: z.object({
      total: z.number().int(),
      nominations: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          campaignId: z.string(),
          campaignTitle: z.string(),
          reason: z.string().nullable(),
        }),
      ),
    }),
  },
  reviewNomination: {
    input: z
      .object({
        candidateId: idSchema,
        decision: z.enum(['approve', 'reject', 'return']),
        reason: reasonSchema.optional(),
      })
      .strict()
      .refine((value) => value.decision === 'approve' || value.reason !== undefined, {
        message: '驳回或退回时请填写原因',
        path: ['reason'],
      }),
    output: nominationSchema,
  },
} satisfies Record<string, ActionSpec>;
