// The home tab's glance at the 十个一, on its own so the main package carries only this action's schemas (the
// `activity` contract spreads it like any other group).
import * as z from 'zod';
import { defineContract, type ActionSpec } from '../contract';

export const glanceActions = {
  /** This Beijing year's n/10 for the caller, or null for someone with no profile. */
  myProgress: {
    input: z.object({}).strict(),
    output: z.object({ year: z.number().int(), doneCount: z.number().int() }).nullable(),
  },
} satisfies Record<string, ActionSpec>;

/** The same function and action as `activityContract.myProgress`, without the rest of the contract. */
export const activityGlanceContract = defineContract('activity', glanceActions);
