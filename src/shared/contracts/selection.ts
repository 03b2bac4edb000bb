// Contract of the `selection` function: craftsman selection campaigns (工匠评选) — staff set them up, nominate and
// review candidates and move the stages on; the public reads the campaign and its candidates without signing up.
import * as z from 'zod';
import { votingRulesSchema, scheduleSchema, countsVisibilities } from '../selection/rules';
import { stages } from '../selection/stages';
import { isContact } from '../people/personal-data';
import { pointsSchema } from '../selection/scores';
import { despiteFieldProblems, textOf, wholeNumber } from '../validation/fields';
import { defineContract } from './contract';
import { honourSchema, idOf, idSchema, isoInstant, reasonSchema } from './people-common';

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

const campaignTitle = textOf(4, 40, '请填写活动名称（4到40个字），如“2026年度示范市工匠”');

export const campaignSchema = z.object({
  id: z.string(),
  title: z.string(),
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
});

export const candidateStatuses = ['submitted', 'returned', 'approved', 'rejected', 'disqualified'] as const;
export type CandidateStatus = (typeof candidateStatuses)[number];

export const candidatePublicSchema = z.object({
  id: z.string(),
  campaignId: z.string(),
  categoryId: z.string(),
  name: z.string(),
  enterprise: z.string(),
  trade: z.string(),
  deeds: z.string(),
  photoFileIds: z.array(z.string()),
  honours: z.array(honourSchema),
  /**
   * Counted public votes, as the rules let the public see them: live, as last published (daily), or null while
   * hidden; everyone sees the final count from the result on.
   */
  votes: z.number().int().nullable(),
});

export const nominationSchema = candidatePublicSchema.extend({
  status: z.enum(candidateStatuses),
  nominatedBy: z.string(),
  /** Whether the caller submitted it (a returned nomination is corrected by its nominator's union). */
  mine: z.boolean(),
  nominatedAt: isoInstant,
  review: z.object({ by: z.string(), at: isoInstant, reason: z.string().nullable() }).nullable(),
});

export const DEEDS_MIN = 50;
export const DEEDS_MAX = 3000;

const deedsLength = (issue: { input?: unknown }) =>
  `主要事迹须写${DEEDS_MIN}到${DEEDS_MAX}字，现在是${String(issue.input ?? '').trim().length}字`;

const nominationInput = {
  categoryId: idOf('请选择评选类别'),
  deeds: z.string().trim().min(DEEDS_MIN, { error: deedsLength }).max(DEEDS_MAX, { error: deedsLength }),
  photoFileIds: z.array(z.string().startsWith('cloud://').max(300)).max(6),
  honours: z.array(honourSchema).max(20),
};

const pageInput = { cursor: z.string().max(64).optional() };

export const objectionSchema = z.object({
  id: z.string(),
  candidateId: z.string().nullable(),
  candidateName: z.string().nullable(),
  name: z.string(),
  /** Masked: 138****5678, or a***@example.com. */
  contactMasked: z.string(),
  reason: z.string(),
  createdAt: isoInstant,
  answer: z.object({ text: z.string(), by: z.string(), at: isoInstant }).nullable(),
});

export const OBJECTION_REASON_MIN = 10;
export const OBJECTION_REASON_MAX = 1000;

export const selectionContract = defineContract('selection', {
  // ---- staff ----
  createCampaign: {
    input: z
      .object({
        orgId: idOf('请选择组织单位'),
        title: campaignTitle,
        categories: categoriesInputSchema,
        schedule: scheduleSchema,
        rules: votingRulesSchema,
        rubric: rubricSchema,
      })
      .strict(),
    output: staffCampaignSchema,
  },
  /**
   * Changes what may still change (`changeableParts`): the title and future dates always; categories in draft;
   * rules and rubric until voting opens.
   */
  updateCampaign: {
    input: z
      .object({
        campaignId: idSchema,
        title: campaignTitle.optional(),
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
  nominate: {
    input: z.object({ campaignId: idSchema, userId: idSchema, ...nominationInput }).strict(),
    output: nominationSchema,
  },
  /** Corrects a nomination that was returned for changes (or not yet reviewed) and submits it again. */
  updateNomination: {
    input: z.object({ candidateId: idSchema, ...nominationInput }).strict(),
    output: nominationSchema,
  },
  listNominations: {
    input: z.object({ campaignId: idSchema, status: z.enum(candidateStatuses).optional(), ...pageInput }).strict(),
    output: z.object({ nominations: z.array(nominationSchema), nextCursor: z.string().nullable() }),
  },
  reviewNomination: {
    input: z
      .object({
        candidateId: idSchema,
        decision: z.enum(['approve', 'reject', 'return']),
        reason: reasonSchema.optional(),
      })
      .strict()
      .refine((value) => value.decision === 'approve' || value.reason !== undefined, {
        message: '驳回或退回时请填写原因',
        path: ['reason'],
      }),
    output: nominationSchema,
  },

  // ---- integrity: brushing flags, staff acts on votes, recount and the vote log ----
  /** Suspicions the clock raised, with their evidence (staff of the organising union). */
  listFlags: {
    input: z.object({ campaignId: idSchema, status: z.enum(['open', 'dismissed', 'actioned']).optional() }).strict(),
    output: z.object({
      flags: z.array(
        z.object({
          id: z.string(),
          candidateId: z.string(),
          candidateName: z.string(),
          kind: z.enum(['burst', 'new-account-cluster']),
          windowStart: isoInstant,
          windowEnd: isoInstant,
          raisedAt: isoInstant,
          evidence: z.record(z.string(), z.unknown()),
          status: z.enum(['open', 'dismissed', 'actioned']),
          reason: z.string().nullable(),
        }),
      ),
    }),
  },
  /** Uncounts every counted vote of one account (its per-campaign voter hash) in the campaign. */
  voidVoter: {
    input: z
      .object({ campaignId: idSchema, voter: z.string().regex(/^[0-9a-f]{32}$/), reason: reasonSchema })
      .strict(),
    output: z.object({ voided: z.number().int() }),
  },
  /** Uncounts the votes a flag points at (its candidate's votes in the window, or the flagged new accounts'). */
  zeroFlagged: {
    input: z.object({ flagId: z.string().min(1).max(128), reason: reasonSchema }).strict(),
    output: z.object({ voided: z.number().int() }),
  },
  dismissFlag: {
    input: z.object({ flagId: z.string().min(1).max(128), reason: reasonSchema }).strict(),
    output: z.object({}),
  },
  disqualify: { input: z.object({ candidateId: idSchema, reason: reasonSchema }).strict(), output: nominationSchema },
  /** Recomputes every tally from the stored votes and lists where the displayed count differs. */
  recount: {
    input: z.object({ campaignId: idSchema }).strict(),
    output: z.object({
      candidates: z.number().int(),
      countedVotes: z.number().int(),
      differences: z.array(
        z.object({ candidateId: z.string(), name: z.string(), displayed: z.number(), recounted: z.number() }),
      ),
    }),
  },
  /**
   * The vote log, a page at a time, with each voter as the per-campaign salted hash the votes are stored under:
   * enough for anyone to recount offline (`npm run recount -- <file>`), nothing that names a person.
   */
  exportVotes: {
    input: z.object({ campaignId: idSchema, ...pageInput }).strict(),
    output: z.object({
      candidates: z.array(
        z.object({ id: z.string(), name: z.string(), categoryId: z.string(), displayedVotes: z.number() }),
      ),
      votes: z.array(
        z.object({
          candidateId: z.string(),
          voter: z.string(),
          day: z.string(),
          at: isoInstant,
          weight: z.number(),
          counted: z.boolean(),
        }),
      ),
      nextCursor: z.string().nullable(),
    }),
  },

  // ---- experts ----
  /** The campaigns the caller is an expert for, with how far their own scoring has got (empty for others). */
  myScoring: {
    input: z.object({}).strict(),
    output: z.object({
      campaigns: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          orgName: z.string(),
          stage: z.enum(stages),
          /** When scoring is due to begin (the scoring stage's scheduled start). */
          scoringStartsAt: isoInstant,
          /** When scoring is due to end (the result stage's scheduled start). */
          scoringEndsAt: isoInstant,
          candidates: z.number().int(),
          scored: z.number().int(),
        }),
      ),
    }),
  },
  /** The candidates an expert scores, with the rubric and their own locked scores; never any vote count. */
  scoringSheet: {
    input: z.object({ campaignId: idSchema }).strict(),
    output: z.object({
      campaign: z.object({ id: z.string(), title: z.string(), stage: z.enum(stages), rubric: rubricSchema }),
      candidates: z.array(
        candidatePublicSchema.omit({ votes: true }).extend({
          myScore: z.object({ points: z.array(z.number()), total: z.number(), submittedAt: isoInstant }).nullable(),
        }),
      ),
    }),
  },
  /** One candidate's score, criterion by criterion in rubric order; locked once submitted. */
  submitScore: {
    input: z
      .object({
        campaignId: idSchema,
        candidateId: idSchema,
        points: pointsSchema,
      })
      .strict(),
    output: z.object({ total: z.number(), submittedAt: isoInstant }),
  },
  /** Who of the campaign's experts has not finished (staff of the organising union). */
  scoringProgress: {
    input: z.object({ campaignId: idSchema }).strict(),
    output: z.object({
      candidates: z.number().int(),
      experts: z.array(z.object({ name: z.string(), scored: z.number().int(), finished: z.boolean() })),
    }),
  },
  /** The ranking per category from the published weighting, from the result stage on. */
  result: {
    input: z.object({ campaignId: idSchema }).strict(),
    output: z.object({
      publicWeight: z.number().int(),
      /** How votes become points: the category's top candidate by weighted votes scores 100. */
      normalisation: z.string(),
      categories: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          places: z.number().int(),
          rows: z.array(
            z.object({
              candidateId: z.string(),
              name: z.string(),
              enterprise: z.string(),
              votes: z.number().int(),
              votePoints: z.number(),
              expertMean: z.number(),
              combined: z.number(),
              rank: z.number().int(),
              placed: z.boolean(),
            }),
          ),
        }),
      ),
    }),
  },

  // ---- 公示 ----
  /** A year's calendar as entered (empty lists when nobody has entered it: then only weekends are skipped). */
  calendar: {
    input: z.object({ year: z.number().int().min(2020).max(2100) }).strict(),
    output: z.object({
      year: z.number().int(),
      holidays: z.array(z.string()),
      workdays: z.array(z.string()),
      updatedAt: isoInstant.nullable(),
    }),
  },
  /** A year's public holidays and make-up working days, from the State Council's notice (city union staff). */
  setCalendar: {
    input: z
      .object({
        year: z.number().int().min(2020).max(2100),
        holidays: z.array(z.iso.date()).max(60),
        workdays: z.array(z.iso.date()).max(30),
        reason: reasonSchema,
      })
      .strict(),
    output: z.object({}),
  },
  /** A named objection during 公示: anyone may lodge one, with their real name and a way to reach them. */
  lodgeObjection: {
    input: z
      .object({
        campaignId: idSchema,
        candidateId: idSchema.optional(),
        name: textOf(2, 20, '请填写真实姓名（2～20个字）'),
        contact: z.string().trim().refine(isContact, { error: '请填写手机号码或电子邮箱' }),
        reason: z
          .string()
          .trim()
          .min(OBJECTION_REASON_MIN, { error: `异议理由至少${OBJECTION_REASON_MIN}个字，请写明事实和依据` })
          .max(OBJECTION_REASON_MAX, { error: `异议理由最多${OBJECTION_REASON_MAX}个字` }),
      })
      .strict(),
    output: z.object({ id: z.string(), createdAt: isoInstant }),
  },
  /** The caller's own objections in a campaign, with the answers. */
  myObjections: {
    input: z.object({ campaignId: idSchema }).strict(),
    output: z.object({ objections: z.array(objectionSchema) }),
  },
  listObjections: {
    input: z.object({ campaignId: idSchema }).strict(),
    output: z.object({ objections: z.array(objectionSchema) }),
  },
  answerObjection: {
    input: z.object({ objectionId: idSchema, answer: z.string().trim().min(5).max(1000) }).strict(),
    output: objectionSchema,
  },

  // ---- sharing ----
  /**
   * A poster's mini-program code for a candidate page (wxacode.getUnlimited): the code's scene carries a short
   * code (`k=<code>`), since a candidate id is longer than the 32 characters a scene allows.
   */
  candidateCode: {
    input: z.object({ candidateId: idSchema }).strict(),
    output: z.object({ code: z.string(), codeImage: z.string() }),
  },
  /** The candidate a scanned code points at. */
  resolveCode: {
    input: z.object({ code: z.string().regex(/^[A-Za-z0-9]{6,12}$/) }).strict(),
    output: z.object({ candidateId: z.string() }),
  },

  // ---- public ----
  /** Campaigns the public can see (all but drafts), newest first. */
  campaigns: { input: z.object({}).strict(), output: z.object({ campaigns: z.array(campaignSchema) }) },
  campaign: { input: z.object({ campaignId: idSchema }).strict(), output: campaignSchema },
  candidates: {
    input: z
      .object({
        campaignId: idSchema,
        categoryId: idSchema.optional(),
        /** Part of a name or an enterprise. */
        keyword: z.string().trim().max(20).optional(),
        ...pageInput,
      })
      .strict(),
    output: z.object({ candidates: z.array(candidatePublicSchema), nextCursor: z.string().nullable() }),
  },
  candidate: { input: z.object({ candidateId: idSchema }).strict(), output: candidatePublicSchema },
});
