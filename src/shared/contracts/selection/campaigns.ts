// Campaign set-up: categories, rubric, the campaign as the public and staff see it, and the actions that create,
// change and move a campaign.
import * as z from 'zod';
import { eligibilitySchema } from '../../contest/eligibility';
import { votingRulesSchema, scheduleSchema, countsVisibilities } from '../../selection/rules';
import { stages } from '../../selection/stages';
import { despiteFieldProblems, textOf, wholeNumber } from '../../validation/fields';
import type { ActionSpec } from '../contract';
import { heldImageStates } from '../content-holds';
import { idOf, idSchema, isoInstant, reasonSchema } from '../people-common';

export const categoryInputSchema = z
  .object({
    name: textOf(2, 20, '请填写类别名称（2到20个字）'),
    places: wholeNumber(1, 100, '名额须为1到100的整数'),
  })
  .strict();

/** A campaign's categories: 1 to 10, no two with the same name (the public could not tell them apart). */
export const categoriesInputSchema = z
  .array(categoryInputSchema)
  .min(1, { error: '请至少设置一个评选类别' })
  .max(10, { error: '最多设置10个评选类别' })
  .superRefine((categories, ctx) => {
    const seen = new Set<string>();
    categories.forEach((category, i) => {
      const name: unknown = category?.name;
      if (typeof name !== 'string') return;
      if (seen.has(name.trim())) ctx.addIssue({ code: 'custom', message: '类别名称不能重复', path: [i, 'name'] });
      seen.add(name.trim());
    });
  }, despiteFieldProblems);

/** The maxima that count towards a rubric's total (a wrong one is its own field's problem). */
function rubricTotal(rubric: unknown): number {
  if (!Array.isArray(rubric)) return 0;
  return rubric.reduce<number>((sum, item: { maxPoints?: unknown } | undefined) => {
    const points = item?.maxPoints;
    return sum + (typeof points === 'number' && Number.isFinite(points) ? points : 0);
  }, 0);
}

/** The longest guide to one end of a criterion's scale: a sentence or two an expert reads beside the box. */
export const RUBRIC_GUIDE_MAX = 120;

/**
 * A rubric item as staff write it: the criterion, its maximum, and what earns high and what earns low points on it.
 * Two texts rather than one guide: the sheet shows each end of the scale under its own label, and the form asks for
 * both, so no criterion goes out with only its top described.
 */
export const rubricItemSchema = z
  .object({
    criterion: textOf(2, 30, '请填写评分项（2到30个字）'),
    maxPoints: wholeNumber(1, 100, '满分须为1到100的整数'),
    high: textOf(4, RUBRIC_GUIDE_MAX, `请写明怎样得高分（4到${RUBRIC_GUIDE_MAX}个字）`),
    low: textOf(4, RUBRIC_GUIDE_MAX, `请写明怎样得低分（4到${RUBRIC_GUIDE_MAX}个字）`),
  })
  .strict();

/** A rubric as staff write it (createCampaign, updateCampaign): every criterion with both guides. */
export const rubricSchema = z
  .array(rubricItemSchema)
  .min(1, { error: '请至少设置一项评分细则' })
  .max(10, { error: '最多设置10项评分细则' })
  .refine((rubric) => rubricTotal(rubric) === 100, {
    error: (issue) => `各项满分之和须为100分，现在是${rubricTotal(issue.input)}分`,
    ...despiteFieldProblems,
  });

/**
 * A rubric as stored and shown: campaigns created before the guides existed have none, so both are optional here
 * (and only here).
 */
export const storedRubricSchema = z.array(
  z.object({
    criterion: z.string(),
    maxPoints: z.number(),
    high: z.string().optional(),
    low: z.string().optional(),
  }),
);

/** Who may be nominated: the contests' rule, except that a selection has no trade for "the same trade" to mean. */
const campaignEligibilitySchema = eligibilitySchema.refine(
  (rules) => rules.excludedHonours.every((rule) => !rule.sameTrade),
  { message: '评选不分工种，排除的荣誉不能只限同工种', path: ['excludedHonours'] },
);

// No example year in the message: the form's placeholder gives one in the campaign's own year.
const campaignTitle = textOf(4, 40, '请填写活动名称（4到40个字）');

/** What the public reads under the cover: plain text, empty allowed (old campaigns have none). */
export const DESCRIPTION_MAX = 500;
export const campaignDescription = textOf(0, DESCRIPTION_MAX, `活动简介最多${DESCRIPTION_MAX}字`);

/** The cover's stored file id (uploaded first into the uploader's own folder), or null for none. */
const coverMessage = { error: '封面图片须先上传' };
export const campaignCoverImage = z
  .string(coverMessage)
  .startsWith('cloud://', coverMessage)
  .max(300, coverMessage)
  .nullable();

export const campaignSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** Plain text the public reads under the cover; absent on campaigns from before it existed. */
  description: z.string().optional(),
  /** The cover's file id: the public sees it once WeChat's image check passed it, staff as stored. */
  coverImage: z.string().nullable().optional(),
  org: z.object({ id: z.string(), name: z.string() }),
  stage: z.enum(stages),
  categories: z.array(z.object({ id: z.string(), name: z.string(), places: z.number().int() })),
  /** When each stage starts. */
  schedule: scheduleSchema,
  rules: z.object({
    votesPerDay: z.number().int(),
    ballotSize: z.number().int().nullable(),
    countsVisibility: z.enum(countsVisibilities),
    dailyPublishAt: z.string().nullable(),
    publicWeight: z.number().int(),
  }),
  rulesFrozen: z.boolean(),
  approvedCandidates: z.number().int(),
  /** When the campaign entered its current stage (the 公示 runs from here to publicityEndsAt); older answers lack it. */
  stageStartedAt: isoInstant.optional(),
  /** When the 公示 ends (5 working days from its start), once it has begun. */
  publicityEndsAt: isoInstant.nullable(),
  /** When the counts shown were published, if they are published once a day. */
  countsAsOf: isoInstant.nullable(),
});

/** What staff see besides the public view: the full rules, the rubric, and the review queue's size. */
export const staffCampaignSchema = campaignSchema.extend({
  /** Whether the caller runs the campaign; staff below the organiser only nominate into it. */
  organiser: z.boolean(),
  riskWeights: z.array(z.number()),
  rubric: storedRubricSchema,
  pendingNominations: z.number().int(),
  /** Why the clock could not produce the result at its date: stored figures differ from the recount. */
  countHold: z.object({ since: isoInstant, differences: z.number().int(), summary: z.string() }).nullable(),
  /** Who may be nominated (no rules: any member of the organising union); older campaigns have none. */
  eligibility: eligibilitySchema,
  /** Names of the organisations its `eligibility.orgIds` lists, for the sentences staff read. */
  eligibilityOrgNames: z.record(z.string(), z.string()),
  /** The cover's image check while it holds the cover, or the refusal that took the last one off. */
  coverHold: z
    .object({ state: z.enum(heldImageStates), reason: z.string().nullable() })
    .nullable()
    .optional(),
});

export const campaignActions = {
  createCampaign: {
    input: z
      .object({
        orgId: idOf('请选择组织单位'),
        title: campaignTitle,
        description: campaignDescription.optional(),
        coverImage: campaignCoverImage.optional(),
        categories: categoriesInputSchema,
        schedule: scheduleSchema,
        rules: votingRulesSchema,
        rubric: rubricSchema,
        /** Who may be nominated; absent: any member of the organising union. */
        eligibility: campaignEligibilitySchema.optional(),
      })
      .strict(),
    output: staffCampaignSchema,
  },
  /**
   * Changes what may still change (`changeableParts`): the title, description, cover and future dates always;
   * categories and eligibility in draft; rules and rubric until voting opens.
   */
  updateCampaign: {
    input: z
      .object({
        campaignId: idSchema,
        title: campaignTitle.optional(),
        /** Like the title: may change until the result is final. */
        description: campaignDescription.optional(),
        coverImage: campaignCoverImage.optional(),
        categories: categoriesInputSchema.optional(),
        schedule: scheduleSchema.optional(),
        rules: votingRulesSchema.optional(),
        rubric: rubricSchema.optional(),
        eligibility: campaignEligibilitySchema.optional(),
        reason: reasonSchema,
      })
      .strict(),
    output: staffCampaignSchema,
  },
  /** Moves the campaign to its next stage now (the timer does it at the scheduled date). */
  advanceStage: {
    input: z
      .object({
        campaignId: idSchema,
        /** The stage the caller saw: a second press, or a colleague's at the same moment, then fails instead of skipping a stage. */
        from: z.enum(stages),
        reason: reasonSchema,
      })
      .strict(),
    output: staffCampaignSchema,
  },
  /** Campaigns the caller organises, and those above them they may nominate into. */
  myCampaigns: { input: z.object({}).strict(), output: z.object({ campaigns: z.array(staffCampaignSchema) }) },
  /** One of the campaigns myCampaigns lists. */
  staffCampaign: { input: z.object({ campaignId: idSchema }).strict(), output: staffCampaignSchema },
} satisfies Record<string, ActionSpec>;
