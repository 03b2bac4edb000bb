// Masters (师傅): staff designate a master (a model worker, a 技师 and above, or a contest winner) with their trade,
// level and apprentice limit; staff change the limit with a reason; the master says whether they take applications
// now; workers find masters by trade, enterprise, district and a free place.
import * as z from 'zod';
import type { ActionSpec } from '../contract';
import { pageInput } from '../paging';
import { honourSchema, idOf, idSchema, isoInstant, reasonSchema } from '../people-common';
import { tradeCodes } from '../../people/trades';
import {
  DEFAULT_APPRENTICE_LIMIT,
  MAX_APPRENTICE_LIMIT,
  masterBases,
  masterLevels,
  studioCategories,
} from '../../mentoring/vocabulary';
import { wholeNumber } from '../../validation/fields';

const limitSchema = wholeNumber(1, MAX_APPRENTICE_LIMIT, `带徒人数上限为1到${MAX_APPRENTICE_LIMIT}人`);

export const masterViewSchema = z.object({
  masterId: z.string(),
  name: z.string(),
  trade: z.enum(tradeCodes),
  level: z.enum(masterLevels),
  basis: z.enum(masterBases),
  org: z.object({ id: z.string(), name: z.string() }).nullable(),
  limit: z.number().int(),
  active: z.number().int(),
  accepting: z.boolean(),
  /** Accepting and under the limit: an application may be sent now. */
  hasPlace: z.boolean(),
  modelWorker: z.boolean(),
  honours: z.array(honourSchema),
  studio: z.object({ id: z.string(), name: z.string(), category: z.enum(studioCategories) }).nullable(),
  designatedAt: isoInstant,
});
export type MasterView = z.infer<typeof masterViewSchema>;

export const masterActions = {
  /** Staff over the person's enterprise make them a master (once; the limit defaults to 5). */
  designateMaster: {
    input: z
      .object({
        userId: idOf('请选择人员'),
        trade: z.enum(tradeCodes, { error: '请选择工种' }),
        level: z.enum(masterLevels, { error: '请选择技能等级' }),
        basis: z.enum(masterBases, { error: '请选择认定依据' }),
        limit: limitSchema.default(DEFAULT_APPRENTICE_LIMIT),
        reason: reasonSchema,
      })
      .strict(),
    output: masterViewSchema,
  },
  /** Staff over the master change their limit; below the current count the pairs stay and no new one forms. */
  setMasterLimit: {
    input: z.object({ masterId: idSchema, limit: limitSchema, reason: reasonSchema }).strict(),
    output: masterViewSchema,
  },
  /** The master opens or closes applications. */
  setAccepting: {
    input: z.object({ accepting: z.boolean({ error: '请选择是否接受拜师申请' }) }).strict(),
    output: masterViewSchema,
  },
  /** One master as workers see them. */
  master: { input: z.object({ masterId: idSchema }).strict(), output: masterViewSchema },
  /** Masters by trade, enterprise, district (any organisation's subtree) and free place, a page at a time. */
  findMasters: {
    input: z
      .object({
        trade: z.enum(tradeCodes, { error: '请选择工种' }).optional(),
        /** An organisation: its subtree (a district, or an enterprise itself). */
        orgId: idSchema.optional(),
        /** Only masters taking applications with a place left. */
        freeOnly: z.boolean().optional(),
        ...pageInput,
      })
      .strict(),
    output: z.object({ rows: z.array(masterViewSchema), nextCursor: z.string().nullable() }),
  },
} satisfies Record<string, ActionSpec>;
