// Team entry: a captain forms a team and invites teammates (a share card opens the team page); each confirms by
// joining; the captain submits once the team has its minimum, and the team takes one place (or the waitlist). More
// may join up to the maximum until registration closes. A teammate leaving below the minimum withdraws the team's
// entry, its place goes to the waitlist, and the captain is told.
import * as z from 'zod';
import type { ActionSpec } from '../contract';
import { heldTextDecisionFields, heldTextStates, REFUSAL_NEEDS_REASON, refusalHasReason } from '../content-holds';
import { idSchema } from '../people-common';
import { contestIdInput, entryStates, entryViewSchema } from './common';

export const teamViewSchema = z.object({
  teamId: z.string(),
  contestId: z.string(),
  contestTitle: z.string(),
  /** The name as the caller may read it: while WeChat holds it for review, others read `<captain>的队伍`. */
  name: z.string(),
  /** The captain's own view of a held name (审核中, or refused with the reason); null for everyone else. */
  nameHold: z.object({ state: z.enum(heldTextStates), reason: z.string().nullable() }).nullable(),
  captainName: z.string(),
  members: z.array(z.object({ name: z.string(), orgName: z.string().nullable(), captain: z.boolean() })),
  min: z.number().int(),
  max: z.number().int(),
  state: z.enum(entryStates),
  position: z.number().int(),
  reason: z.string().nullable(),
  /** The caller's part in it. */
  isMember: z.boolean(),
  isCaptain: z.boolean(),
});
export type TeamView = z.infer<typeof teamViewSchema>;

const teamInput = z.object({ teamId: idSchema }).strict();

export const teamActions = {
  /** The caller forms a team (and is its captain), answering the organiser's fields for it. */
  createTeam: {
    input: z
      .object({
        contestId: idSchema,
        name: z
          .string({ error: '请填写队名' })
          .trim()
          .min(2, { error: '队名2到20个字' })
          .max(20, { error: '队名2到20个字' }),
        answers: z.record(z.string(), z.unknown()),
      })
      .strict(),
    output: teamViewSchema,
  },
  /** A team as its invitation shows it, for anyone who may see the contest. */
  team: { input: teamInput, output: teamViewSchema },
  joinTeam: { input: teamInput, output: teamViewSchema },
  /** A teammate leaves (the captain cancels the whole entry instead, with 取消报名). */
  leaveTeam: { input: teamInput, output: teamViewSchema },
  /** The captain submits the team once it has its minimum: it takes a place or joins the waitlist. */
  submitTeam: { input: teamInput, output: teamViewSchema },
  /** The caller's team in this contest, if any. */
  myTeam: { input: contestIdInput, output: teamViewSchema.nullable() },
  /** The organisers pass a team name WeChat held for review, or refuse it with a reason the captain reads. */
  decideTeamName: {
    input: z
      .object({ teamId: idSchema, ...heldTextDecisionFields })
      .strict()
      .refine(refusalHasReason, REFUSAL_NEEDS_REASON),
    output: entryViewSchema,
  },
} satisfies Record<string, ActionSpec>;
