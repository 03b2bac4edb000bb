// A worker's year of 十个一 as they (or staff over them, or later their master) read it: the ten items done or not,
// the evidence behind each done item (their own records and credits from elsewhere, each saying where it came
// from), the year's entries, the diary count and the plan. It costs the same reads in a city of any size.
import * as z from 'zod';
import type { ActionSpec } from '../contract';
import { idSchema, isoInstant } from '../people-common';
import { entryViewSchema } from './entries';
import { planViewSchema } from './plan';
import { diaryViewSchema } from './diary';
import { sourceKindSchema, yearSchema } from './common';

export const evidenceSchema = z.object({
  kind: sourceKindSchema,
  /** What the worker reads: the entry's title, the contest's name… */
  title: z.string(),
  at: isoInstant,
  /** The source record's id (an entry id for `entry`). */
  sourceId: z.string(),
});

export const yearViewSchema = z.object({
  year: z.number().int(),
  person: z.object({ userId: z.string(), name: z.string(), orgName: z.string().nullable() }),
  items: z
    .array(
      z.object({
        item: z.number().int(),
        done: z.boolean(),
        /** Active credits, newest first (item 9 lists its latest diary days; `count` has them all). */
        evidence: z.array(evidenceSchema),
        count: z.number().int(),
      }),
    )
    .length(10),
  doneCount: z.number().int(),
  /** Items 1–8, newest first (the author and staff see held and rejected ones too). */
  entries: z.array(entryViewSchema),
  diaryToday: diaryViewSchema.nullable(),
  plan: planViewSchema.nullable(),
  /** Years with records, newest first, for reading earlier years. */
  years: z.array(z.number().int()),
  /** Whether the year still takes records (yearIsOpen). */
  open: z.boolean(),
});
export type YearView = z.infer<typeof yearViewSchema>;

export const yearActions = {
  /** The caller's own year (default: this Beijing year). */
  myYear: { input: z.object({ year: yearSchema.optional() }).strict(), output: yearViewSchema },
  /** Staff over the person's enterprise: one worker's year (drill-down). */
  personYear: { input: z.object({ userId: idSchema, year: yearSchema }).strict(), output: yearViewSchema },
} satisfies Record<string, ActionSpec>;
