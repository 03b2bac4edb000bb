// Expert scoring and the result: the experts' sheets and locked scores, staff watching progress, the ranking.
import * as z from 'zod';
import { stages } from '../../selection/stages';
import { pointsSchema } from '../../selection/scores';
import type { ActionSpec } from '../contract';
import { idSchema, isoInstant } from '../people-common';
import { storedRubricSchema } from './campaigns';
import { candidatePublicSchema } from './candidates';

export const scoringActions = {
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
          /** Whether the expert asked to be reminded (提醒我) a day before scoring closes. */
          reminderSet: z.boolean().default(false),
        }),
      ),
    }),
  },
  /** The candidates an expert scores, with the rubric and their own locked scores; never any vote count. */
  scoringSheet: {
    input: z.object({ campaignId: idSchema }).strict(),
    output: z.object({
      campaign: z.object({
        id: z.string(),
        title: z.string(),
        stage: z.enum(stages),
        /** When scoring is due to begin (the scoring stage's scheduled start): the sheet says so before it opens. */
        scoringStartsAt: isoInstant,
        rubric: storedRubricSchema,
      }),
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
} satisfies Record<string, ActionSpec>;
