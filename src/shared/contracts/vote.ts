// Contract of the `vote` function: the public's votes in a craftsman selection — the hot path. Anyone with WeChat
// may vote (no profile needed); the answer always says what the voter has left today.
import * as z from 'zod';
import { defineContract } from './contract';
import { idSchema } from './people-common';

/** What a voter may still do today in a campaign. */
export const voterTodaySchema = z.object({
  /** Votes per day the rules allow. */
  quota: z.number().int(),
  remaining: z.number().int(),
  /** Candidates this voter has voted for today (at most one vote per candidate per day). */
  votedFor: z.array(z.string()),
  /** Picks per ballot when the rules ask for ballots of exactly K; null for single votes. */
  ballotSize: z.number().int().nullable(),
});

export const voteContract = defineContract('vote', {
  /**
   * Casts one vote, or a ballot of exactly K picks (all counted or none). `requestId` is made once per tap by the
   * app and sent again on a retry, so a retried request never counts twice.
   */
  cast: {
    input: z
      .object({
        campaignId: idSchema,
        candidateIds: z
          .array(idSchema)
          .min(1)
          .max(10)
          .refine((ids) => new Set(ids).size === ids.length, { message: '同一张选票不能重复选择同一人' }),
        requestId: z.string().regex(/^[A-Za-z0-9-]{8,64}$/),
      })
      .strict(),
    output: voterTodaySchema.extend({ accepted: z.literal(true) }),
  },
  today: { input: z.object({ campaignId: idSchema }).strict(), output: voterTodaySchema },
});
