// What anyone reads without signing up, and sharing: the campaigns, their approved candidates, a poster's code.
import * as z from 'zod';
import { pageInput } from '../paging';
import type { ActionSpec } from '../contract';
import { idSchema } from '../people-common';
import { campaignSchema } from './campaigns';
import { candidatePublicSchema } from './candidates';

/**
 * How the public list of candidates is ordered: by 编号, or by votes (排行榜) where the counts are public. Declared
 * here, in the main package's contract, so the rules of `selection/public-counts` stay in the vote subpackage.
 */
export const candidateOrders = ['number', 'votes'] as const;

export const publicActions = {
  /**
   * A poster's mini-program code for a candidate page (wxacode.getUnlimited): the code's scene carries a short
   * code (`k=<code>`), since a candidate id is longer than the 32 characters a scene allows.
   */
  candidateCode: {
    input: z.object({ candidateId: idSchema }).strict(),
    output: z.object({ code: z.string(), codeImage: z.string() }),
  },
  /** The candidate a scanned code points at. */
  resolveCode: {
    input: z.object({ code: z.string().regex(/^[A-Za-z0-9]{6,12}$/) }).strict(),
    output: z.object({ candidateId: z.string() }),
  },

  // ---- public ----
  /** Campaigns the public can see (all but drafts), newest first. */
  campaigns: { input: z.object({}).strict(), output: z.object({ campaigns: z.array(campaignSchema) }) },
  campaign: { input: z.object({ campaignId: idSchema }).strict(), output: campaignSchema },
  candidates: {
    input: z
      .object({
        campaignId: idSchema,
        categoryId: idSchema.optional(),
        /** Part of a name or an enterprise, or a 编号 (digits only). */
        keyword: z.string().trim().max(20, { error: '搜索词最多20个字' }).optional(),
        /**
         * By 编号 (the default) or by votes (排行榜); by votes only where the public may see the counts
         * (`mayRankByVotes`): a campaign that hides its counts refuses it rather than leak their order.
         */
        order: z.enum(candidateOrders, { error: '排序方式只能是按编号或按票数' }).optional(),
        ...pageInput,
      })
      .strict(),
    output: z.object({ candidates: z.array(candidatePublicSchema), nextCursor: z.string().nullable() }),
  },
  candidate: { input: z.object({ candidateId: idSchema }).strict(), output: candidatePublicSchema },
} satisfies Record<string, ActionSpec>;
