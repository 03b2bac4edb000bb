// A campaign's voting rules and schedule, as data checked the same way in the app's forms and in the function.
import * as z from 'zod';
import { despiteFieldProblems, wholeNumber } from '../validation/fields';
import { scheduledStages, stageLabels, type ScheduledStage } from './stages';

export const countsVisibilities = ['live', 'hidden', 'daily'] as const;
export const countsVisibilityLabels: Record<(typeof countsVisibilities)[number], string> = {
  live: '实时公布票数',
  hidden: '投票期间不公布票数',
  daily: '每日定时公布票数',
};

export const votingRulesSchema = z
  .object({
    /** Votes one WeChat account may cast per day (real selections: 1 to 10). */
    votesPerDay: wholeNumber(1, 10, '每人每天可投1到10票'),
    /** A ballot of exactly this many picks, cast in one request; null means single votes. */
    ballotSize: wholeNumber(2, 10, '每张选票选2到10人').nullable(),
    countsVisibility: z.enum(countsVisibilities),
    /** Beijing time of the daily publication, `HH:mm`, when countsVisibility is daily. */
    dailyPublishAt: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: '请按“20:00”的格式填写公布时间' })
      .nullable(),
    /** Percent of the combined score that comes from the public vote; the experts' is the rest. */
    publicWeight: wholeNumber(0, 100, '请填写0到100之间的整数'),
    /**
     * How much a vote counts by the voter's getUserRiskRank level 0–3 (1 = fully, 0 = not). Rank 4 is never
     * counted, whatever this says, as WeChat advises.
     */
    riskWeights: z.tuple([
      z.number().min(0).max(1),
      z.number().min(0).max(1),
      z.number().min(0).max(1),
      z.number().min(0).max(1),
    ]),
  })
  .strict()
  .refine(
    // Runs beside a wrong field, as the form shows it; only two valid counts are compared.
    (rules) =>
      !isCount(rules.ballotSize, 2, 10) ||
      !isCount(rules.votesPerDay, 1, 10) ||
      rules.ballotSize <= rules.votesPerDay,
    { message: '每张选票的人数不能超过每日可投票数', path: ['ballotSize'], ...despiteFieldProblems },
  )
  .refine((rules) => rules.countsVisibility !== 'daily' || rules.dailyPublishAt !== null, {
    message: '每日定时公布时请设置公布时间',
    path: ['dailyPublishAt'],
  });
export type VotingRules = z.infer<typeof votingRulesSchema>;

export const defaultVotingRules: VotingRules = {
  votesPerDay: 3,
  ballotSize: null,
  countsVisibility: 'live',
  dailyPublishAt: null,
  publicWeight: 30,
  riskWeights: [1, 1, 1, 0.5],
};

function isCount(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

const instant = z.iso.datetime({ offset: true });

/** When each stage starts (ISO instants); each ends when the next begins. */
export const scheduleSchema = z
  .object(
    Object.fromEntries(scheduledStages.map((stage) => [stage, instant])) as Record<
      (typeof scheduledStages)[number],
      z.ZodISODateTime
    >,
  )
  .strict()
  .superRefine((schedule, ctx) => {
    // Each stage against the one before it; a stage with no valid start is its own problem and compares with
    // neither neighbour, so one wrong date does not make its neighbours wrong too.
    let previous: { stage: ScheduledStage; at: number } | null = null;
    for (const stage of scheduledStages) {
      const value: unknown = schedule[stage];
      if (!instant.safeParse(value).success) {
        previous = null;
        continue;
      }
      const at = Date.parse(value as string);
      if (previous && at <= previous.at) {
        ctx.addIssue({ code: 'custom', message: `须晚于“${stageLabels[previous.stage]}”的开始日期`, path: [stage] });
      }
      previous = { stage, at };
    }
  }, despiteFieldProblems);
export type Schedule = z.infer<typeof scheduleSchema>;
