// 投票监督's trend: votes cast per Beijing hour of a chosen day and per Beijing day of the voting period, from the
// buckets the selection clock keeps (never from the votes themselves), with each candidate's stored tallies.
import * as z from 'zod';
import type { ActionSpec } from '../contract';
import { idSchema, isoInstant } from '../people-common';

/** A point of the trend: every vote cast, and of those the ones not counted from the start and those voided later. */
const trendCounts = {
  cast: z.number().int().nonnegative(),
  excluded: z.number().int().nonnegative(),
  voided: z.number().int().nonnegative(),
};

export const voteTrendSchema = z.object({
  /** The Beijing day the hourly series is of. */
  day: z.iso.date(),
  /** The voting period's first and last Beijing days so far (null before voting opens): the day picker's bounds. */
  firstDay: z.iso.date().nullable(),
  lastDay: z.iso.date().nullable(),
  /** How far the clock has counted; votes after it are in the tallies but not yet in the chart. */
  through: isoInstant.nullable(),
  hours: z.array(z.object({ hour: z.number().int().min(0).max(23), ...trendCounts })).length(24),
  days: z.array(z.object({ day: z.iso.date(), ...trendCounts })),
  /** Approved and disqualified candidates with their stored counted tallies, most votes first. */
  candidates: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      categoryName: z.string(),
      votes: z.number(),
      disqualified: z.boolean(),
    }),
  ),
});
export type VoteTrend = z.infer<typeof voteTrendSchema>;

export const trendActions = {
  /** The organising union's staff: the hourly series of `day` (default: today in Beijing) and the daily series. */
  voteTrend: {
    input: z
      .object({
        campaignId: idSchema,
        day: z.iso.date({ error: '日期应为“年-月-日”，如 2026-11-22' }).optional(),
      })
      .strict(),
    output: voteTrendSchema,
  },
} satisfies Record<string, ActionSpec>;
