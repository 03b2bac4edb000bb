// The lecture team (宣讲团) and the model-worker record (劳模管理): staff put masters on the team and take them off
// (audited) and see each member's lectures held in a month against the target; a master's record gathers, by Beijing
// year, what the product stored about them — honours, studio, sessions given, lectures held, people reached,
// apprentices — from counters kept on write.
import * as z from 'zod';
import type { ActionSpec } from '../contract';
import { honourSchema, idOf, reasonSchema } from '../people-common';
import { studioCategories } from '../../mentoring/vocabulary';

export const monthSchema = z.string({ error: '请选择月份' }).regex(/^20[0-9]{2}-(0[1-9]|1[0-2])$/, {
  error: '请选择月份',
});

export const lectureTeamRowSchema = z.object({
  masterId: z.string(),
  name: z.string(),
  /** Lectures held in the month: their time has passed and someone checked in by scan or stream code. */
  held: z.number().int(),
  target: z.number().int(),
  behind: z.boolean(),
});

export const masterYearSchema = z.object({
  year: z.number().int(),
  /** Sessions and lectures at which at least one person checked in. */
  sessionsGiven: z.number().int(),
  lecturesHeld: z.number().int(),
  /** Different people checked in to any of the master's sessions that year. */
  peopleReached: z.number().int(),
  /**
   * Apprentices: active now (current year only); trained and graded come with 出师考核 (kept on the same year
   * document under `apprentices`, null until that slice writes them).
   */
  apprentices: z.object({
    active: z.number().int().nullable(),
    trained: z.number().int().nullable(),
    grades: z.record(z.string(), z.number().int()).nullable(),
  }),
});

export const recordActions = {
  /** Staff over the master put them on the lecture team or take them off, with a reason. */
  setLectureTeam: {
    input: z
      .object({
        masterId: idOf('请选择师傅'),
        member: z.boolean({ error: '请选择加入或移出宣讲团' }),
        reason: reasonSchema,
      })
      .strict(),
    output: z.object({ masterId: z.string(), member: z.boolean() }),
  },
  /** The team members of the organisation's subtree and their lectures held in `month`, those behind first. */
  lectureTeam: {
    input: z.object({ orgId: idOf('请选择单位'), month: monthSchema }).strict(),
    output: z.object({ month: monthSchema, target: z.number().int(), rows: z.array(lectureTeamRowSchema) }),
  },
  /** A master's record by year, latest first. */
  masterRecord: {
    input: z.object({ masterId: idOf('请选择师傅') }).strict(),
    output: z.object({
      masterId: z.string(),
      name: z.string(),
      honours: z.array(honourSchema),
      studio: z
        .object({
          id: z.string(),
          name: z.string(),
          category: z.enum(studioCategories),
          stars: z.number().nullable(),
        })
        .nullable(),
      lectureTeam: z.boolean(),
      years: z.array(masterYearSchema),
    }),
  },
  /** Staff over the master: the record as an Excel file, through the shared export. */
  exportMasterRecord: {
    input: z.object({ masterId: idOf('请选择师傅') }).strict(),
    output: z.object({
      fileName: z.string(),
      url: z.url(),
      rows: z.number().int(),
      personal: z.boolean(),
      expiresAt: z.string(),
    }),
  },
} satisfies Record<string, ActionSpec>;
