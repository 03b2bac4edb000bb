// Schemas shared by the people functions' contracts (`account` for everyone, `union` for staff).
import * as z from 'zod';
import { fixedLevelOf, honourCodes, honourLabel, isTradeSpecific } from '../people/honours';
import { tradeCodes } from '../people/trades';
import { honourLevels, orgKinds, skillLevels } from '../people/vocabulary';

/** An id as sent; `message` says which to pick where a form names it (`请选择评选类别`). */
export function idOf(message?: string) {
  return z.string().trim().min(1, { error: message }).max(64, { error: message });
}
export const idSchema = idOf();
/** A person's or organisation's name as typed: trimmed, 2–40 characters; `message` words it for its form. */
export function nameOf(message?: string) {
  return z.string().trim().min(2, { error: message }).max(40, { error: message });
}
export const nameSchema = nameOf();
/** Why a staff member did something: required for every act on someone else, kept in the audit log. */
export const reasonSchema = z.string().trim().min(2).max(200);
export const isoInstant = z.iso.datetime({ offset: true });

export const orgRefSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(orgKinds),
  /** The parent's name, so 某某企业工会 reads with its district. */
  parentName: z.string().nullable(),
});
export type OrgRef = z.infer<typeof orgRefSchema>;

/**
 * One honour on a person's record: a code from the coded list (`other` keeps a free title), its level and year, and
 * the trade it was conferred in where the code is trade-specific (市技术能手 in 焊工). `code` and `trade` are absent only
 * on honours stored before they existed (a nomination's copy), read as `other`, so an old record still reads; people's
 * own honours always leave the server with both, read through `server/people/honours.ts`, which guesses an old
 * record's code from its title.
 */
export const honourSchema = z
  .object({
    code: z.enum(honourCodes, { error: '请选择荣誉' }).optional(),
    title: z
      .string()
      .trim()
      .min(2, { error: '请填写荣誉名称（2到40个字）' })
      .max(40, { error: '请填写荣誉名称（2到40个字）' }),
    level: z.enum(honourLevels, { error: '请选择荣誉级别' }),
    year: z.number({ error: '请填写获得年份' }).int().min(1950).max(2100),
    trade: z.enum(tradeCodes, { error: '请选择工种' }).nullable().optional(),
  })
  .refine((honour) => !isTradeSpecific(honour.code ?? 'other') || (honour.trade ?? null) !== null, {
    message: '这项荣誉分工种，请选择工种',
    path: ['trade'],
  })
  .refine((honour) => isTradeSpecific(honour.code ?? 'other') || (honour.trade ?? null) === null, {
    message: '这项荣誉不分工种',
    path: ['trade'],
  })
  // A coded honour is what its code says: its title and level are the code's, so two records of it never differ.
  .refine((honour) => (honour.code ?? 'other') === 'other' || honour.title === honourLabel(honour.code!), {
    message: '荣誉名称须与所选荣誉一致',
    path: ['title'],
  })
  .refine((honour) => (fixedLevelOf(honour.code ?? 'other') ?? honour.level) === honour.level, {
    message: '荣誉级别须与所选荣誉一致',
    path: ['level'],
  });
export type Honour = z.infer<typeof honourSchema>;

/** A person as staff see them in lists: never an unmasked phone or ID number. */
export const personSummarySchema = z.object({
  id: z.string(),
  realName: z.string(),
  trade: z.string(),
  skillLevel: z.enum(skillLevels),
  phoneMasked: z.string().nullable(),
  org: orgRefSchema.nullable(),
  modelWorker: z.boolean(),
});
export type PersonSummary = z.infer<typeof personSummarySchema>;
