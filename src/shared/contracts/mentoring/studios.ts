// 创新工作室: a master (or staff for them) keeps their studio — name, category, trade, description, photos, all under
// content security — and staff rate it (1–5 stars, with a reason, audited). Anyone may read a studio's public view.
import * as z from 'zod';
import type { ActionSpec } from '../contract';
import { contentHoldsSchema, heldTextDecisionFields, REFUSAL_NEEDS_REASON, refusalHasReason } from '../content-holds';
import { honourSchema, idSchema, reasonSchema } from '../people-common';
import { tradeCodes } from '../../people/trades';
import { MAX_STUDIO_PHOTOS, masterLevels, studioCategories } from '../../mentoring/vocabulary';
import { textOf, wholeNumber } from '../../validation/fields';

export const studioFieldsSchema = z
  .object({
    name: textOf(2, 30, '工作室名称2到30个字'),
    category: z.enum(studioCategories, { error: '请选择工作室类别' }),
    trade: z.enum(tradeCodes, { error: '请选择工种' }),
    description: z.string({ error: '简介最多1000字' }).trim().max(1000, { error: '简介最多1000字' }),
    photos: z
      .array(z.string().trim().min(1).max(512), { error: '照片格式不对' })
      .max(MAX_STUDIO_PHOTOS, { error: `最多${MAX_STUDIO_PHOTOS}张照片` }),
  })
  .strict();
export type StudioFields = z.infer<typeof studioFieldsSchema>;

export const studioViewSchema = z.object({
  studioId: z.string(),
  name: z.string(),
  category: z.enum(studioCategories),
  trade: z.enum(tradeCodes),
  /** The master's enterprise. */
  org: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** Empty while WeChat holds it for review (for everyone but its editors and staff). */
  description: z.string(),
  photos: z.array(z.string()),
  stars: z.number().int().nullable(),
  master: z.object({
    masterId: z.string(),
    name: z.string(),
    level: z.enum(masterLevels),
    honours: z.array(honourSchema),
  }),
  /** The active apprentices, by name only. */
  apprentices: z.array(z.string()),
  /** The holds, for the master and staff; null for everyone else. */
  content: contentHoldsSchema.nullable(),
});
export type StudioView = z.infer<typeof studioViewSchema>;

export const studioActions = {
  /** Creates or edits the studio of a master: the caller's own, or (staff over them) the one named. */
  saveStudio: {
    input: z.object({ masterId: idSchema.optional(), studio: studioFieldsSchema }).strict(),
    output: studioViewSchema,
  },
  /** Staff over the studio's enterprise set its star rating. */
  rateStudio: {
    input: z
      .object({
        studioId: idSchema,
        stars: wholeNumber(1, 5, '星级为1到5星'),
        reason: reasonSchema,
      })
      .strict(),
    output: studioViewSchema,
  },
  /** Staff over the studio pass a name or description WeChat held for review, or refuse it with a reason. */
  decideStudioText: {
    input: z
      .object({
        studioId: idSchema,
        field: z.enum(['name', 'description'], { error: '请选择要审核的内容' }),
        ...heldTextDecisionFields,
      })
      .strict()
      .refine(refusalHasReason, REFUSAL_NEEDS_REASON),
    output: studioViewSchema,
  },
  /** A studio's public page. */
  studio: { input: z.object({ studioId: idSchema }).strict(), output: studioViewSchema },
} satisfies Record<string, ActionSpec>;
