// Schemas shared by the people functions' contracts (`account` for everyone, `union` for staff).
import * as z from 'zod';
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

export const honourSchema = z.object({
  title: z.string().trim().min(2).max(40),
  level: z.enum(honourLevels),
  year: z.number().int().min(1950).max(2100),
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
