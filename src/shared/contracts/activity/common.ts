// Schemas shared by the activity function's action groups: the client-made record id (an offline log is sent with
// the id the phone gave it, so a repeat never makes a second record), photos, and the states a record is shown in.
import * as z from 'zod';
import { contentHoldsSchema } from '../content-holds';
import { isoInstant } from '../people-common';
import { TEN_ITEMS } from '../../tenones/items';
import { SOURCE_KINDS } from '../../tenones/credit-ids';

/** An id the phone makes (`newId`), so the record can be sent again after a lost answer. */
export const clientIdSchema = z
  .string({ error: '记录编号不合法' })
  .regex(/^[A-Za-z0-9_-]{8,64}$/, { error: '记录编号不合法' });

export const MAX_PHOTOS = 9;
export const photosSchema = z
  .array(z.string().startsWith('cloud://', { error: '照片须先上传' }).max(300, { error: '照片地址不合法' }), {
    error: '照片不合法',
  })
  .max(MAX_PHOTOS, { error: `最多${MAX_PHOTOS}张照片` });

export const yearSchema = z
  .number({ error: '请选择年份' })
  .int({ error: '请选择年份' })
  .min(2020, { error: '年份不合法' })
  .max(2100, { error: '年份不合法' });

export const tenItemSchema = z
  .number({ error: '请选择项目' })
  .int({ error: '“十个一”的项目须为1到10' })
  .min(1, { error: '“十个一”的项目须为1到10' })
  .max(TEN_ITEMS.length, { error: '“十个一”的项目须为1到10' });

/**
 * How a record reads: `held` (审核中: a text held for review or a photo under check; only its author and staff see
 * it), `refused` (a text refused by content review: to be rewritten), `counted` (已计入: it credits its item),
 * `rejected` (不予认可 by staff, with the reason).
 */
export const recordStates = ['held', 'refused', 'counted', 'rejected'] as const;
export type RecordState = (typeof recordStates)[number];

export const reviewSchema = z.object({
  decision: z.enum(['accepted', 'rejected']),
  reason: z.string().nullable(),
  byName: z.string(),
  at: isoInstant,
});

export const historySchema = z.array(
  z.object({
    action: z.enum(['created', 'edited', 'deleted', 'accepted', 'rejected', 'photoRefused', 'textRefused']),
    byName: z.string(),
    at: isoInstant,
    note: z.string().nullable(),
  }),
);

export const sourceKindSchema = z.enum(SOURCE_KINDS);
export { contentHoldsSchema };
