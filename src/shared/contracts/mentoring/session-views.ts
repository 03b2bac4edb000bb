// What a session and the caller's sign-up look like as the functions answer them, and the 活动 card's glance action:
// on their own, with only zod and the vocabulary, so the main package (the 活动 card, 首页's next session) carries
// these few schemas and not the posting form's checks or the check-in code schemas (sessions.ts re-exports them).
import * as z from 'zod';
import type { ActionSpec } from '../contract';
import {
  audienceKinds,
  checkInWays,
  lectureKinds,
  sessionKinds,
  sessionTextFields,
  signupStates,
} from '../../mentoring/vocabulary';
import { isoInstant } from '../people-common';

export const sessionViewSchema = z.object({
  sessionId: z.string(),
  masterId: z.string(),
  masterName: z.string(),
  kind: z.enum(sessionKinds),
  lectureKind: z.enum(lectureKinds).nullable(),
  title: z.string(),
  startsAt: isoInstant,
  endsAt: isoInstant,
  place: z.string().nullable(),
  link: z.string().nullable(),
  capacity: z.number().int(),
  /** Places taken and people waiting now. */
  taken: z.number().int(),
  waiting: z.number().int(),
  audience: z.object({
    kind: z.enum(audienceKinds),
    org: z.object({ id: z.string(), name: z.string() }).nullable(),
  }),
  state: z.enum(['open', 'cancelled']),
  cancelReason: z.string().nullable(),
  /** People checked in so far. */
  checkedIn: z.number().int(),
  /**
   * For its master and staff: texts WeChat held for review (审核中) or staff refused; others read stand-ins for
   * them and an empty list.
   */
  heldTexts: z.array(z.object({ field: z.enum(sessionTextFields), refused: z.string().nullable() })),
});
export type SessionView = z.infer<typeof sessionViewSchema>;

export const checkedInSchema = z.object({ at: isoInstant, how: z.enum(checkInWays) }).nullable();

/** The caller's own sign-up: its state, their waitlist position (1 = next) and their check-in. */
export const mySignupSchema = z.object({
  state: z.enum(signupStates),
  position: z.number().int(),
  checkedIn: checkedInSchema,
});
export type MySignup = z.infer<typeof mySignupSchema>;

export const sessionCardSchema = z.object({ session: sessionViewSchema, mine: mySignupSchema.nullable() });
export type SessionCard = z.infer<typeof sessionCardSchema>;

/** The 活动 tab's 讲座与带徒 card and 首页's "my next session": the caller's next sign-up and a few open sessions. */
export const sessionGlanceAction = {
  input: z.object({}).strict(),
  output: z.object({ next: sessionCardSchema.nullable(), open: z.array(sessionCardSchema) }),
} satisfies ActionSpec;
