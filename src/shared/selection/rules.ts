// A campaign's voting rules and schedule, as data checked the same way in the app's forms and in the function.
import * as z from 'zod';
import { scheduledStages } from './stages';

export const countsVisibilities = ['live', 'hidden', 'daily'] as const;
export const countsVisibilityLabels: Record<(typeof countsVisibilities)[number], string> = {
  live: '实时公布票数',
  hidden: '投票期间不公布票数',
  daily: '每日定时公布票数',
};

export const votingRulesSchema = z
  .object({
    /** Votes one WeChat account may cast per day (real selections: 1 to 10). */
    votesPerDay: z.number().int().min(1).max(10),
    /** A ballot of exactly this many picks, cast in one request; null means single votes. */
    ballotSize: z.number().int().min(2).max(10).nullable(),
    countsVisibility: z.enum(countsVisibilities),
    /** Beijing time of the daily publication, `HH:mm`, when countsVisibility is daily. */
    dailyPublishAt: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
      .nullable(),
    /** Percent of the combined score that comes from the public vote; the experts' is the rest. */
    publicWeight: z.number().int().min(0).max(100),
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
  .refine((rules) => rules.ballotSize === null || rules.ballotSize <= rules.votesPerDay, {
    message: '每张选票的人数不能超过每日可投票数',
    path: ['ballotSize'],
  })
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

/** When each stage starts (ISO instants); each ends when the next begins. */
export const scheduleSchema = z
  .object(
    Object.fromEntries(scheduledStages.map((stage) => [stage, z.iso.datetime({ offset: true })])) as Record<
      (typeof scheduledStages)[number],
      z.ZodISODateTime
    >,
  )
  .strict()
  .superRefine((schedule, ctx) => {
    for (let i = 1; i < scheduledStages.length; i++) {
      const before = scheduledStages[i - 1]!;
      const stage = scheduledStages[i]!;
      if (Date.parse(schedule[stage]) <= Date.parse(schedule[before])) {
        ctx.addIssue({ code: 'custom', message: '各阶段的开始时间须依次推后', path: [stage] });
        return;
      }
    }
  });
export type Schedule = z.infer<typeof scheduleSchema>;
