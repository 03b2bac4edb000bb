// What the 师带徒 pages read besides the actions of the first slice: staff's table of the masters in their part of
// the tree (with their studios' stars), and the districts and enterprises a worker may filter masters by.
import * as z from 'zod';
import type { ActionSpec } from '../contract';
import { tableQuery } from '../table-query';
import { orgKinds } from '../../people/vocabulary';
import { tradeCodes } from '../../people/trades';
import { masterViewSchema } from './masters';

export const masterSortFields = ['designatedAt', 'free'] as const;

export const staffMasterRowSchema = z.object({
  master: masterViewSchema,
  /** The studio's star rating (null: no studio, or not yet rated). */
  stars: z.number().int().nullable(),
});
export type StaffMasterRow = z.infer<typeof staffMasterRowSchema>;

export const mentorOrgSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(orgKinds),
  parentId: z.string().nullable(),
});
export type MentorOrg = z.infer<typeof mentorOrgSchema>;

export const directoryActions = {
  /** Staff: the masters of the caller's part of the tree, a table page at a time, searched by name. */
  staffMasters: {
    input: tableQuery(masterSortFields, { search: true }).and(
      z.object({ trade: z.enum(tradeCodes, { error: '请选择工种' }).optional() }).strict(),
    ),
    output: z.object({ rows: z.array(staffMasterRowSchema), total: z.number().int() }),
  },
  /** The active districts, industry unions and enterprises, for 找师傅's 单位 filter. */
  mentorOrgs: {
    input: z.object({}).strict(),
    output: z.object({ orgs: z.array(mentorOrgSchema) }),
  },
} satisfies Record<string, ActionSpec>;
