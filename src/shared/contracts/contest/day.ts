// The contest day: the organisers' full-screen check-in code (a token that changes every period, signed by the
// server), the contestant's scan of it, and a manual check-in of a named contestant by staff (audited, with a
// reason). Check-in is open on the contest day only (Beijing time).
import * as z from 'zod';
import type { ActionSpec } from '../contract';
import { checkInTokenSchema } from '../../check-in/schemas';
import { idSchema, reasonSchema } from '../people-common';
import { contestIdInput, entryViewSchema } from './common';

export const dayActions = {
  /** The code to show now, and when to ask for the next one. */
  checkInCode: {
    input: contestIdInput,
    output: z.object({
      token: z.string(),
      validUntil: z.string(),
      checkedIn: z.number().int(),
      expected: z.number().int(),
    }),
  },
  /** The caller checks in with the token their phone scanned. A second scan answers the same check-in. */
  checkIn: {
    input: z.object({ contestId: idSchema, token: checkInTokenSchema }).strict(),
    output: entryViewSchema,
  },
  /** Staff check a named contestant in by hand (no phone, a failed scan), with a reason. */
  manualCheckIn: {
    input: z.object({ entryId: idSchema, reason: reasonSchema }).strict(),
    output: entryViewSchema,
  },
} satisfies Record<string, ActionSpec>;
