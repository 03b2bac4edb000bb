// The worker's own log entries of items 1–8: a date, what, where, with whom, notes and up to 9 photos. The entry
// counts once its text and photos have passed content security; staff may mark it 不予认可 (revoking its credit) or
// 认可 (locking it). The author edits or deletes it until it is locked.
import * as z from 'zod';
import type { ActionSpec } from '../contract';
import { idSchema, isoInstant } from '../people-common';
import { textOf } from '../../validation/fields';
import { isLoggedItem } from '../../tenones/forms';
import {
  clientIdSchema,
  contentHoldsSchema,
  historySchema,
  photosSchema,
  recordStates,
  reviewSchema,
  tenItemSchema,
} from './common';

export const entryFieldsSchema = z
  .object({
    item: tenItemSchema.refine(isLoggedItem, {
      error: '生产日记（第9项）和岗位提升计划（第10项）在各自的页面填写',
    }),
    date: z.iso.date({ error: '请选择日期' }),
    title: textOf(2, 60, '请填写内容（2到60个字）'),
    place: z.string({ error: '地点须是文字' }).trim().max(60, { error: '地点最多60个字' }),
    partner: z.string({ error: '须是文字' }).trim().max(60, { error: '最多60个字' }),
    detail: z.string({ error: '说明须是文字' }).trim().max(500, { error: '说明最多500个字' }),
    photos: photosSchema,
  })
  .strict();
export type EntryFields = z.infer<typeof entryFieldsSchema>;

export const entryInputSchema = entryFieldsSchema.extend({ entryId: clientIdSchema }).strict();
export type EntryInput = z.infer<typeof entryInputSchema>;

export const entryViewSchema = z.object({
  entryId: z.string(),
  item: z.number().int(),
  date: z.iso.date(),
  title: z.string(),
  place: z.string(),
  partner: z.string(),
  detail: z.string(),
  photos: z.array(z.string()),
  state: z.enum(recordStates),
  /** 认可 by staff: the author can no longer change it. */
  locked: z.boolean(),
  holds: contentHoldsSchema,
  review: reviewSchema.nullable(),
  history: historySchema,
  createdAt: isoInstant,
  updatedAt: isoInstant,
  /** Whom it is of (staff views). */
  author: z.object({ userId: z.string(), name: z.string(), orgName: z.string().nullable() }).nullable(),
});
export type EntryView = z.infer<typeof entryViewSchema>;

export const entryActions = {
  /**
   * Logs an entry under the id the phone made. Sending the same entry again (a lost answer, an offline retry)
   * answers the stored entry; the same id with different content is refused.
   */
  logEntry: { input: entryInputSchema, output: entryViewSchema },
  /** The author changes their entry until staff lock it; the change is screened again and kept in its history. */
  editEntry: { input: entryInputSchema, output: entryViewSchema },
  /** The author deletes their entry until it is locked; its credit is revoked. */
  deleteEntry: { input: z.object({ entryId: clientIdSchema }).strict(), output: z.object({ deleted: z.boolean() }) },
  /** One entry: its author's, or staff over the author's enterprise. */
  entry: { input: z.object({ entryId: idSchema }).strict(), output: entryViewSchema },
} satisfies Record<string, ActionSpec>;
