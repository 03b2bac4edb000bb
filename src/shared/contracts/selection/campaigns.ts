// Campaign set-up: categories, rubric, the campaign as the public and staff see it, and the actions that create,
// change and move a campaign.
import * as z from 'zod';
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

export const rubricSchema = z
  .array(
    z
      .object({
        criterion: textOf(2, 30, '请填写评分项（2到30个字）'),
        maxPoints: wholeNumber(1, 100, '满分须为1到100的整数'),
      })
      .strict(),
  )
  .min(1, { error: '请至少设置一项评分细则' })
  .max(10, { error: '最多设置10项评分细则' })
  .refine((rubric) => rubricTotal(rubric) === 100, {
    error: (issue) => `各项满分之和须为100分，现在是${rubricTotal(issue.input)}分`,
    ...despiteFieldProblems,
  });

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
  rubric: rubricSchema,
  pendingNominations: z.number().int(),
  /** Why the clock could not produce the result at its date: stored figures differ from the recount. */
  countHold: z.object({ since: isoInstant, differences: z.number().int(), summary: z.string() }).nullable(),
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
      })
      .strict(),
    output: staffCampaignSchema,
  },
  /**
   * Changes what may still change (`changeableParts`): the title, description, cover and future dates always; categories in draft;
   * rules and rubric until voting opens.
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
