// Vote integrity: brushing flags, staff acts on votes, disqualification, recount and the exported vote log.
import * as z from 'zod';
import { pageInput } from '../paging';
import { tableAnswer, tableQuery } from '../table-query';
import type { ActionSpec } from '../contract';
import { idSchema, isoInstant, reasonSchema } from '../people-common';
import { nominationSchema } from './candidates';

export const countFigures = ['votes', 'weighted', 'voterDay', 'voterDayCandidate', 'score', 'result'] as const;

/** One stored figure that differs from its recount, as the check names it. */
export const countDifferenceSchema = z.object({
  figure: z.enum(countFigures),
  subjectId: z.string(),
  label: z.string(),
  stored: z.number(),
  recounted: z.number(),
});

export const flagKinds = ['burst', 'new-account-cluster'] as const;

/** The 投票监督 flags table: by when raised or the window's start; flags carry no name to search. */
export const flagsTable = tableQuery(['raisedAt', 'windowStart'], { search: false });

export const integrityActions = {
  /** Suspicions the clock raised, with their evidence (staff of the organising union). */
  listFlags: {
    input: z
      .object({
        campaignId: idSchema,
        status: z.enum(['open', 'dismissed', 'actioned']).optional(),
        kind: z.enum(flagKinds).optional(),
        table: flagsTable.optional(),
      })
      .strict(),
    output: z.object({
      ...tableAnswer,
      flags: z.array(
        z.object({
          id: z.string(),
          candidateId: z.string(),
          candidateName: z.string(),
          kind: z.enum(flagKinds),
          windowStart: isoInstant,
          windowEnd: isoInstant,
          raisedAt: isoInstant,
          evidence: z.record(z.string(), z.unknown()),
          status: z.enum(['open', 'dismissed', 'actioned']),
          reason: z.string().nullable(),
        }),
      ),
    }),
  },
  /** Uncounts every counted vote of one account (its per-campaign voter hash) in the campaign. */
  voidVoter: {
    input: z
      .object({ campaignId: idSchema, voter: z.string().regex(/^[0-9a-f]{32}$/), reason: reasonSchema })
      .strict(),
    output: z.object({ voided: z.number().int() }),
  },
  /** Uncounts the votes a flag points at (its candidate's votes in the window, or the flagged new accounts'). */
  zeroFlagged: {
    input: z.object({ flagId: z.string().min(1).max(128), reason: reasonSchema }).strict(),
    output: z.object({ voided: z.number().int() }),
  },
  dismissFlag: {
    input: z.object({ flagId: z.string().min(1).max(128), reason: reasonSchema }).strict(),
    output: z.object({}),
  },
  disqualify: { input: z.object({ candidateId: idSchema, reason: reasonSchema }).strict(), output: nominationSchema },
  /**
   * Recomputes every stored figure that feeds a published number (tallies, weighted tallies, each voter's day
   * against its quota, score totals, the frozen result) and lists each one that differs; with the hold the clock
   * put on 结果产生 because of them, if any.
   */
  recount: {
    input: z.object({ campaignId: idSchema }).strict(),
    output: z.object({
      candidates: z.number().int(),
      countedVotes: z.number().int(),
      differences: z.array(countDifferenceSchema),
      hold: z.object({ since: isoInstant, differences: z.number().int(), summary: z.string() }).nullable(),
    }),
  },
  /**
   * 按投票记录重算: the organisers' repair of an honest difference (a call that died after storing its vote):
   * tallies and score totals are rebuilt from the stored votes and points, and a frozen result ranked again, with
   * a reason, audited. Not while voting runs (tallies are moving) nor once the result is final. A voter's day with
   * votes beyond its quota is not a tally to rebuild: those votes are voided (作废该账号的票) instead.
   */
  rebuildCounts: {
    input: z.object({ campaignId: idSchema, reason: reasonSchema }).strict(),
    output: z.object({ repaired: z.number().int(), remaining: z.array(countDifferenceSchema) }),
  },
  /**
   * The vote log, a page at a time, with each voter as the per-campaign salted hash the votes are stored under:
   * enough for anyone to recount offline (`npm run recount -- <file>`), nothing that names a person.
   */
  exportVotes: {
    input: z.object({ campaignId: idSchema, ...pageInput }).strict(),
    output: z.object({
      candidates: z.array(
        z.object({ id: z.string(), name: z.string(), categoryId: z.string(), displayedVotes: z.number() }),
      ),
      votes: z.array(
        z.object({
          candidateId: z.string(),
          voter: z.string(),
          day: z.string(),
          at: isoInstant,
          weight: z.number(),
          counted: z.boolean(),
        }),
      ),
      nextCursor: z.string().nullable(),
    }),
  },
} satisfies Record<string, ActionSpec>;
