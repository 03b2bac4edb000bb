// The 活动 tab's 技能竞赛 card and 首页's next contest, on their own so the main package carries only this action's
// schemas (the `contest` contract spreads it like any other group), as activity/glance.ts does for the 十个一.
import * as z from 'zod';
import { defineContract, type ActionSpec } from '../contract';

/** The entry states that still lead to a contest day (the others are over for the worker). */
export const comingEntryStates = ['confirmed', 'pending', 'waitlisted'] as const;
export type ComingEntryState = (typeof comingEntryStates)[number];
export const comingEntryLabels: Record<ComingEntryState, string> = {
  confirmed: '已确认',
  pending: '待审核',
  waitlisted: '候补中',
};

export const contestGlanceActions = {
  /**
   * The caller's next contest (their earliest coming entry still on) and up to 3 contests open for registration
   * now, closing soonest first; nothing for someone without a profile or an enterprise union.
   */
  glance: {
    input: z.object({}).strict(),
    output: z.object({
      next: z
        .object({
          contestId: z.string(),
          title: z.string(),
          day: z.iso.date(),
          venue: z.string(),
          state: z.enum(comingEntryStates),
          /** Place in the waitlist (1 = next), 0 unless waitlisted. */
          position: z.number().int(),
        })
        .nullable(),
      open: z.array(
        z.object({
          contestId: z.string(),
          title: z.string(),
          day: z.iso.date(),
          closesAt: z.string(),
          placesLeft: z.number().int(),
          organiser: z.string(),
        }),
      ),
    }),
  },
} satisfies Record<string, ActionSpec>;

/** The same function and action as `contestContract.glance`, without the rest of the contract. */
export const contestGlanceContract = defineContract('contest', contestGlanceActions);
