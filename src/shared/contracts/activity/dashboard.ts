// Staff dashboards of 十个一 completion for their subtree, read from the credit module's counters: an
// organisation and its child organisations (members now, workers with each item done, with all ten), the trend by
// Beijing month, the workers of one enterprise, and Excel of either. Costs follow the organisations shown, never the
// workers counted in them.
import * as z from 'zod';
import type { ActionSpec } from '../contract';
import { idSchema, isoInstant, orgRefSchema } from '../people-common';
import { tableAnswer, tableQuery } from '../table-query';
import { yearSchema } from './common';

const itemFigures = z.array(z.number().int()).length(10);

const orgProgressSchema = z.object({
  org: orgRefSchema,
  /** Members now (its subtree included): what the shares are taken of. */
  members: z.number().int(),
  /** Workers counted here with each item done, items 1–10. */
  done: itemFigures,
  allTen: z.number().int(),
});
export type OrgProgress = z.infer<typeof orgProgressSchema>;

export const progressViewSchema = z.object({
  year: z.number().int(),
  org: orgProgressSchema,
  /** Child organisations (districts and industries of the city, enterprises of a district), by name. */
  children: z.array(orgProgressSchema),
  /**
   * By Beijing month, from January to the last month of the year that has begun: workers with each item done and
   * with all ten at the month's end (cumulative).
   */
  months: z.array(z.object({ month: z.number().int(), done: itemFigures, allTen: z.number().int() })),
  /** The organisation's ancestors from the caller's own node down, itself left out (the drill-down's way back). */
  trail: z.array(orgRefSchema),
  /** The caller's own nodes, where a dashboard starts: more than one for staff who look after several unions. */
  scopes: z.array(orgRefSchema),
});
export type ProgressView = z.infer<typeof progressViewSchema>;

/**
 * A worker list is sorted by name only: sorting an enterprise's workers by items done would need the count kept on
 * each worker's year summary by the credit module, which it does not keep (the dashboard never writes counters).
 */
export const memberSortFields = ['name'] as const;

export const memberProgressRowSchema = z.object({
  userId: z.string(),
  name: z.string(),
  done: z.array(z.boolean()).length(10),
  doneCount: z.number().int(),
});
export type MemberProgressRow = z.infer<typeof memberProgressRowSchema>;

export const dashboardActions = {
  /** One organisation in the caller's subtree (default: the caller's own) and its children. */
  progress: {
    input: z.object({ year: yearSchema, orgId: idSchema.optional() }).strict(),
    output: progressViewSchema,
  },
  /** The workers who are members of one enterprise now, with their items done in the year (names only). */
  memberProgress: {
    input: tableQuery(memberSortFields).and(z.object({ year: yearSchema, orgId: idSchema }).strict()),
    output: z.object({
      org: orgRefSchema,
      trail: z.array(orgRefSchema),
      rows: z.array(memberProgressRowSchema),
      ...tableAnswer,
    }),
  },
  /** Excel: one row per child organisation (city, district) or per worker (enterprise). */
  exportProgress: {
    input: z.object({ year: yearSchema, orgId: idSchema }).strict(),
    output: z.object({
      fileName: z.string(),
      url: z.url(),
      rows: z.number().int(),
      personal: z.boolean(),
      expiresAt: isoInstant,
    }),
  },
} satisfies Record<string, ActionSpec>;
