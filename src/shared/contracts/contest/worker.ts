// A worker's side of contests: browse what their unions organise, see whether they may enter (the failing rule
// named before they try), register in one tap (a place or the waitlist), cancel until the deadline, and 我的 entries.
import * as z from 'zod';
import type { ActionSpec } from '../contract';
import { pageInput } from '../paging';
import { idSchema } from '../people-common';
import { tradeCodes } from '../../people/trades';
import { contestIdInput, contestLevels, contestViewSchema, entryViewSchema } from './common';

export const contestCardSchema = contestViewSchema.pick({
  contestId: true,
  title: true,
  level: true,
  trade: true,
  venue: true,
  schedule: true,
  phase: true,
  entry: true,
  capacity: true,
  placesLeft: true,
  waiting: true,
  organiser: true,
  published: true,
});
export type ContestCard = z.infer<typeof contestCardSchema>;

export const workerContestActions = {
  /** Contests of the caller's enterprise union and every union above it, newest contest day first. */
  contests: {
    input: z
      .object({
        ...pageInput,
        level: z.enum(contestLevels).optional(),
        trade: z.enum(tradeCodes, { error: '请选择工种' }).optional(),
        openNow: z.boolean().optional(),
      })
      .strict(),
    output: z.object({ items: z.array(contestCardSchema), nextCursor: z.string().nullable() }),
  },
  /** One contest with the caller's entry and eligibility verdict. */
  contest: { input: contestIdInput, output: contestViewSchema },
  /** Registers the caller: answers to the organiser's fields, keyed by field. One entry per worker, whatever the taps. */
  register: {
    input: z.object({ contestId: idSchema, answers: z.record(z.string(), z.unknown()) }).strict(),
    output: entryViewSchema,
  },
  /** Cancels the caller's entry until the cancellation deadline; a freed place promotes the next waiting. */
  cancelEntry: { input: contestIdInput, output: entryViewSchema },
  /** 我的 contests: the caller's entries, latest contest day first. */
  myEntries: { input: z.object({}).strict(), output: z.object({ items: z.array(entryViewSchema) }) },
} satisfies Record<string, ActionSpec>;
