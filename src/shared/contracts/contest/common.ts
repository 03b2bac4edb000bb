// Schemas shared by the contest function's action groups: a contest as staff write it, as a worker sees it, and an
// entry (a registration) with its states.
import * as z from 'zod';
import { customFieldSchema, customFieldsSchema } from '../../contest/custom-fields';
import { eligibilitySchema } from '../../contest/eligibility';
import { contestPhases, contestScheduleSchema } from '../../contest/schedule';
import { weightingSchema } from '../../contest/scores';
import { textOf } from '../../validation/fields';
import { tradeCodes } from '../../people/trades';
import { heldTextStates } from '../content-holds';
import { idSchema, isoInstant } from '../people-common';
import { contentHoldsSchema, heldImageStates } from '../content-holds';

export const contestLevels = ['enterprise', 'district', 'city'] as const;
export type ContestLevel = (typeof contestLevels)[number];
export const contestLevelLabels: Record<ContestLevel, string> = {
  enterprise: '企业级',
  district: '区县级',
  city: '市级',
};

export const entryKinds = ['individual', 'team'] as const;
export type EntryKind = (typeof entryKinds)[number];

export const CAPACITY_MAX = 10000;

export const entryRuleSchema = z
  .object({
    kind: z.enum(entryKinds, { error: '请选择个人赛或团体赛' }),
    /** Team size bounds, captain included (1 and 1 for an individual contest). */
    teamMin: z.number({ error: '请填写最少人数' }).int().min(1, { error: '最少1人' }).max(20, { error: '最多20人' }),
    teamMax: z.number({ error: '请填写最多人数' }).int().min(1, { error: '最少1人' }).max(20, { error: '最多20人' }),
  })
  .strict()
  .superRefine((rule, ctx) => {
    if (rule.kind === 'individual' && (rule.teamMin !== 1 || rule.teamMax !== 1)) {
      ctx.addIssue({ code: 'custom', path: ['teamMax'], message: '个人赛每队1人' });
    }
    if (rule.kind === 'team' && rule.teamMin < 2)
      ctx.addIssue({ code: 'custom', path: ['teamMin'], message: '团体赛每队至少2人' });
    if (rule.teamMax < rule.teamMin)
      ctx.addIssue({ code: 'custom', path: ['teamMax'], message: '最多人数不能少于最少人数' });
  });
export type EntryRule = z.infer<typeof entryRuleSchema>;

/** A contest as its organisers write it (create and edit). */
export const contestFieldsSchema = z
  .object({
    title: textOf(4, 40, '请填写比赛名称（4到40个字）'),
    level: z.enum(contestLevels, { error: '请选择比赛级别' }),
    trade: z.enum(tradeCodes, { error: '请选择工种' }),
    description: z.string({ error: '简介须是文字' }).trim().max(2000, { error: '简介最多2000个字' }),
    venue: textOf(2, 60, '请填写比赛地点（2到60个字）'),
    poster: z.string().startsWith('cloud://', { error: '海报须先上传' }).max(300).nullable(),
    schedule: contestScheduleSchema,
    entry: entryRuleSchema,
    capacity: z
      .number({ error: '请填写名额' })
      .int({ error: '名额须是整数' })
      .min(1, { error: '名额至少1个' })
      .max(CAPACITY_MAX, { error: `名额最多${CAPACITY_MAX}个` }),
    review: z.boolean(),
    weighting: weightingSchema,
    awards: z
      .number({ error: '请填写获奖名额' })
      .int({ error: '获奖名额须是整数' })
      .min(0, { error: '获奖名额不能为负' }),
    eligibility: eligibilitySchema,
    fields: customFieldsSchema,
  })
  .strict()
  .refine((contest) => contest.awards <= contest.capacity, { path: ['awards'], error: '获奖名额不能多于比赛名额' });
export type ContestFields = z.infer<typeof contestFieldsSchema>;

export const entryStates = [
  'forming',
  'pending',
  'confirmed',
  'waitlisted',
  'cancelled',
  'rejected',
  'withdrawn',
  'absent',
] as const;
export type EntryState = (typeof entryStates)[number];
export const entryStateLabels: Record<EntryState, string> = {
  forming: '组队中',
  pending: '待审核',
  confirmed: '已确认',
  waitlisted: '候补中',
  cancelled: '已取消',
  rejected: '未通过',
  withdrawn: '已撤销',
  absent: '缺考',
};

/** The rule that keeps a worker out, named before they try (null when they may register). */
export const verdictSchema = z.object({
  ok: z.boolean(),
  message: z.string().nullable(),
  rule: z.string().nullable(),
  /** The profile field the worker can fix to pass, where one can (the rule's `field`). */
  field: z.enum(['idNumber', 'trade']).nullable(),
});

export const scoresSchema = z.object({
  theory: z.number().nullable(),
  practical: z.number().nullable(),
  total: z.number().nullable(),
  rank: z.number().int().nullable(),
  awarded: z.boolean(),
});

export const entryViewSchema = z.object({
  entryId: z.string(),
  contestId: z.string(),
  contestTitle: z.string(),
  contestDay: z.iso.date(),
  state: z.enum(entryStates),
  /** Place in the waitlist (1 = next), 0 unless waitlisted. */
  position: z.number().int(),
  answers: z.record(z.string(), z.unknown()),
  /** Answers content security holds back or refused, by field key (the worker and the organisers see them). */
  holds: contentHoldsSchema,
  reason: z.string().nullable(),
  checkedIn: z.object({ at: isoInstant, how: z.enum(['scan', 'manual']) }).nullable(),
  /** After the result is published. */
  result: scoresSchema.nullable(),
  /** A team entry: the team the worker is in (its entry id is the team's id). */
  team: z
    .object({
      teamId: z.string(),
      name: z.string(),
      captain: z.boolean(),
      /** Members' names, captain first. */
      members: z.array(z.string()),
      /** The name's content-security hold, for staff and the captain (others read the neutral name). */
      nameHold: z.enum(heldTextStates).nullable(),
    })
    .nullable(),
  createdAt: isoInstant,
  /** Staff views: who entered (masked phone only). */
  person: z
    .object({
      userId: z.string(),
      name: z.string(),
      orgName: z.string().nullable(),
      phoneMasked: z.string().nullable(),
    })
    .nullable(),
});
export type EntryView = z.infer<typeof entryViewSchema>;

export const contestViewSchema = z.object({
  contestId: z.string(),
  title: z.string(),
  level: z.enum(contestLevels),
  trade: z.enum(tradeCodes),
  description: z.string(),
  venue: z.string(),
  /** Workers see a poster once its image check passed; organisers see it as stored, with `posterHold`. */
  poster: z.string().nullable(),
  posterHold: z.object({ state: z.enum(heldImageStates), reason: z.string().nullable() }).nullable(),
  schedule: contestScheduleSchema,
  phase: z.enum(contestPhases),
  entry: entryRuleSchema,
  capacity: z.number().int(),
  placesLeft: z.number().int(),
  waiting: z.number().int(),
  review: z.boolean(),
  weighting: weightingSchema,
  awards: z.number().int(),
  eligibility: eligibilitySchema,
  /** The eligibility rules as sentences (年龄18–55岁 …), for the card and the detail page. */
  rules: z.array(z.string()),
  fields: z.array(customFieldSchema),
  organiser: z.object({ orgId: z.string(), name: z.string() }),
  published: z.boolean(),
  /** The caller's own entry and whether they may enter (worker views). */
  mine: entryViewSchema.nullable(),
  verdict: verdictSchema.nullable(),
});
export type ContestView = z.infer<typeof contestViewSchema>;

export const contestIdInput = z.object({ contestId: idSchema }).strict();
export { isoInstant };
