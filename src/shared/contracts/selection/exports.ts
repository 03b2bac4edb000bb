// Excel exports of a selection for its organisers: one action, the list chosen by `kind`, so the access line, the
// audit and the file's lifetime are one path whatever is exported.
import * as z from 'zod';
import type { ActionSpec } from '../contract';
import { idSchema, isoInstant } from '../people-common';

/** The lists a selection exports: every nomination, the frozen result, and the brushing flags with what was done. */
export const selectionExportKinds = ['nominations', 'result', 'flags'] as const;
export type SelectionExportKind = (typeof selectionExportKinds)[number];

/** What each file is called, in its name, its sheet and the audit log. */
export const selectionExportLabels: Record<SelectionExportKind, string> = {
  nominations: '提名名单',
  result: '评选结果',
  flags: '刷票预警处理记录',
};

export const exportActions = {
  /**
   * Builds the list as an Excel file in cloud storage, records and audits it, and answers a temporary URL to fetch
   * it now. A file with personal data is deleted after a day. The result exists only once the ranking is frozen.
   */
  exportWorkbook: {
    input: z.object({ campaignId: idSchema, kind: z.enum(selectionExportKinds) }).strict(),
    output: z.object({
      fileName: z.string(),
      url: z.url(),
      rows: z.number().int(),
      personal: z.boolean(),
      expiresAt: isoInstant,
    }),
  },
} satisfies Record<string, ActionSpec>;
