// Item 9, 生产日记: one entry a day at most, written and editable on its day; the item is done once the year has
// one, and the year page shows how many.
import * as z from 'zod';
import type { ActionSpec } from '../contract';
import { isoInstant } from '../people-common';
import { textOf } from '../../validation/fields';
import { contentHoldsSchema, photosSchema, recordStates, yearSchema } from './common';

export const diaryInputSchema = z
  .object({
    date: z.iso.date({ error: '请选择日期' }),
    text: textOf(5, 1000, '请写下今天的生产日记（5到1000个字）'),
    photos: photosSchema,
  })
  .strict();
export type DiaryInput = z.infer<typeof diaryInputSchema>;

export const diaryViewSchema = z.object({
  date: z.iso.date(),
  text: z.string(),
  photos: z.array(z.string()),
  state: z.enum(recordStates),
  holds: contentHoldsSchema,
  /** Only on its own day. */
  editable: z.boolean(),
  updatedAt: isoInstant,
});
export type DiaryView = z.infer<typeof diaryViewSchema>;

export const diaryActions = {
  /** Writes (or rewrites) the caller's diary entry of today. */
  writeDiary: { input: diaryInputSchema, output: diaryViewSchema },
  /** The caller's diary of a year, newest first, 20 a page. */
  myDiary: {
    input: z.object({ year: yearSchema, page: z.number().int().min(1).max(50).optional() }).strict(),
    output: z.object({ entries: z.array(diaryViewSchema), total: z.number().int(), hasMore: z.boolean() }),
  },
} satisfies Record<string, ActionSpec>;
