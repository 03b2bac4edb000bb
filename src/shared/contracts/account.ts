// Contract of the `account` function: what any WeChat user does for themselves — sign in, consent to the privacy
// terms, keep a profile, and join an enterprise's union. The caller is always the platform's openid.
import * as z from 'zod';
import { isIdNumber, isMobilePhone } from '../people/personal-data';
import { tradeCodes } from '../people/trades';
import { frontlineStatuses, skillLevels } from '../people/vocabulary';
import { defineContract } from './contract';
import { textOf } from '../validation/fields';
import { honourSchema, idSchema, isoInstant, nameOf, orgRefSchema } from './people-common';
import { messageActions } from './messages';

export const meSchema = z.object({
  userId: z.string(),
  /** The privacy terms version the user accepted, if any. */
  consentVersion: z.string().nullable(),
  profile: z
    .object({
      realName: z.string(),
      /** A code of the shared trade list; `tradeNote` is the worker's words for 其他. */
      trade: z.enum(tradeCodes),
      tradeNote: z.string().nullable(),
      skillLevel: z.enum(skillLevels),
      /** 一线职工 as stated and as the enterprise union decided. */
      frontline: z.enum(frontlineStatuses),
      phoneMasked: z.string().nullable(),
      idNumberMasked: z.string().nullable(),
      photoFileId: z.string().nullable(),
    })
    .nullable(),
  membership: z.object({
    status: z.enum(['none', 'pending', 'member']),
    org: orgRefSchema.nullable(),
    since: isoInstant.nullable(),
    pending: z.object({ requestId: z.string(), org: orgRefSchema, createdAt: isoInstant }).nullable(),
    /** The last decision on a request of theirs, so a rejection and its reason are seen. */
    lastDecision: z
      .object({ org: orgRefSchema, approved: z.boolean(), reason: z.string().nullable(), at: isoInstant })
      .nullable(),
  }),
  history: z.array(z.object({ orgName: z.string(), from: isoInstant, to: isoInstant.nullable() })),
  /** The person's honours (one store, model worker or not). */
  honours: z.array(honourSchema),
  /** The model-worker designation; its honours are the person's `honours`, repeated for the pages that read them here. */
  modelWorker: z.object({ honours: z.array(honourSchema) }).nullable(),
  staffAt: z.array(orgRefSchema),
  expertFor: z.array(z.string()),
});
export type Me = z.infer<typeof meSchema>;

export const profileInputSchema = z
  .object({
    realName: nameOf('请填写真实姓名（2到40个字）'),
    trade: z.enum(tradeCodes, { error: '请选择工种' }),
    /** For 其他: the trade in the worker's words; ignored for a listed trade. */
    tradeNote: textOf(2, 20, '请填写工种名称（2到20个字）').nullable().optional(),
    skillLevel: z.enum(skillLevels, { error: '请选择技能等级' }),
    /** Omitted keeps the stored number; null removes it. */
    phone: z.string().trim().refine(isMobilePhone, { message: '请输入11位手机号码' }).nullable().optional(),
    idNumber: z
      .string()
      .trim()
      .toUpperCase()
      .refine(isIdNumber, { message: '请输入有效的18位身份证号码，或留空' })
      .nullable()
      .optional(),
    photoFileId: z.string().startsWith('cloud://').max(300).nullable().optional(),
    /** 一线职工 as the worker states it (omitted keeps what is stored); their enterprise union confirms it. */
    frontline: z.boolean().optional(),
  })
  .strict();

export const accountContract = defineContract('account', {
  ...messageActions,
  /** Loads the caller, creating their record on the first call. */
  me: { input: z.object({}).strict(), output: meSchema },
  /** Records consent to the privacy terms (required before any personal field is saved). */
  consent: { input: z.object({ version: z.string().min(1).max(20) }).strict(), output: meSchema },
  saveProfile: { input: profileInputSchema, output: meSchema },
  /** The owner's own unmasked phone and ID number, for their edit form. */
  myPersonal: {
    input: z.object({}).strict(),
    output: z.object({ phone: z.string().nullable(), idNumber: z.string().nullable() }),
  },
  /** Active enterprises to pick from when asking to join; by name, at most 50. */
  directory: {
    input: z.object({ keyword: z.string().trim().max(20).optional() }).strict(),
    output: z.object({ enterprises: z.array(orgRefSchema) }),
  },
  requestJoin: {
    input: z.object({ orgId: idSchema, note: z.string().trim().max(100).optional() }).strict(),
    output: meSchema,
  },
  cancelJoin: { input: z.object({}).strict(), output: meSchema },
  /** What an invite code is for (which enterprise, until when), shown before the worker accepts it. */
  inviteInfo: {
    input: z.object({ token: z.string().regex(/^[A-Za-z0-9]{8,24}$/) }).strict(),
    output: z.object({ org: orgRefSchema, expiresAt: isoInstant }),
  },
  /** Joins at once through a staff member's invite code. */
  acceptInvite: { input: z.object({ token: z.string().regex(/^[A-Za-z0-9]{8,24}$/) }).strict(), output: meSchema },
});
