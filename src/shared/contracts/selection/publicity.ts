// The 公示: the holiday calendar its working days are counted by, and the public's named objections with answers.
import * as z from 'zod';
import { contactProblem, isContact } from '../../people/personal-data';
import { textOf } from '../../validation/fields';
import type { ActionSpec } from '../contract';
import { contentHoldsSchema } from '../content-holds';
import { idSchema, isoInstant, reasonSchema } from '../people-common';

export const objectionSchema = z.object({
  id: z.string(),
  candidateId: z.string().nullable(),
  candidateName: z.string().nullable(),
  name: z.string(),
  /** Masked: 138****5678, or a***@example.com. */
  contactMasked: z.string(),
  reason: z.string(),
  createdAt: isoInstant,
  answer: z.object({ text: z.string(), by: z.string(), at: isoInstant }).nullable(),
  /** Whether the reason is held for review (审核中) or was refused; only its author and staff see objections. */
  content: contentHoldsSchema,
});

export const OBJECTION_REASON_MIN = 10;
export const OBJECTION_REASON_MAX = 1000;

export const publicityActions = {
  /** A year's calendar as entered (empty lists when nobody has entered it: then only weekends are skipped). */
  calendar: {
    input: z.object({ year: z.number().int().min(2020).max(2100) }).strict(),
    output: z.object({
      year: z.number().int(),
      holidays: z.array(z.string()),
      workdays: z.array(z.string()),
      updatedAt: isoInstant.nullable(),
    }),
  },
  /** A year's public holidays and make-up working days, from the State Council's notice (city union staff). */
  setCalendar: {
    input: z
      .object({
        year: z.number().int().min(2020).max(2100),
        holidays: z.array(z.iso.date()).max(60),
        workdays: z.array(z.iso.date()).max(30),
        reason: reasonSchema,
      })
      .strict(),
    output: z.object({}),
  },
  /** A named objection during 公示: anyone may lodge one, with their real name and a way to reach them. */
  lodgeObjection: {
    input: z
      .object({
        campaignId: idSchema,
        candidateId: idSchema.optional(),
        name: textOf(2, 20, '请填写真实姓名（2～20个字）'),
        contact: z
          .string()
          .trim()
          .refine(isContact, {
            error: (issue) => contactProblem(String(issue.input ?? '')) ?? '请填写手机号码或电子邮箱',
          }),
        reason: z
          .string()
          .trim()
          .min(OBJECTION_REASON_MIN, { error: `异议理由至少${OBJECTION_REASON_MIN}个字，请写明事实和依据` })
          .max(OBJECTION_REASON_MAX, { error: `异议理由最多${OBJECTION_REASON_MAX}个字` }),
      })
      .strict(),
    output: z.object({ id: z.string(), createdAt: isoInstant }),
  },
  /** The caller's own objections in a campaign, with the answers. */
  myObjections: {
    input: z.object({ campaignId: idSchema }).strict(),
    output: z.object({ objections: z.array(objectionSchema) }),
  },
  listObjections: {
    input: z.object({ campaignId: idSchema }).strict(),
    output: z.object({ objections: z.array(objectionSchema) }),
  },
  answerObjection: {
    input: z.object({ objectionId: idSchema, answer: z.string().trim().min(5).max(1000) }).strict(),
    output: objectionSchema,
  },
} satisfies Record<string, ActionSpec>;
