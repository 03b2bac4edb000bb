// Sessions and lectures (issue 15): a master posts a mentoring session or a 六进 lecture with its time, place or
// online link, places and audience; workers sign up (exact places, then the waitlist, promoted on a cancellation) and
// check in by the venue's rotating QR code, by the stream's 6-digit code (进网络), or are checked in by the master by
// hand with a reason. A checked-in lecture is the attendee's 十个一 item 5.
import * as z from 'zod';
import type { ActionSpec } from '../contract';
import { idOf, idSchema, reasonSchema } from '../people-common';
import { checkInShortCodeSchema, checkInTokenSchema, issuedCheckInCodeSchema } from '../../check-in/schemas';
import {
  audienceKinds,
  lectureKinds,
  MAX_SESSION_CAPACITY,
  sessionKinds,
  sessionTextFields,
  signupStates,
} from '../../mentoring/vocabulary';
import { heldTextDecisionFields, REFUSAL_NEEDS_REASON, refusalHasReason } from '../content-holds';
import { checkedInSchema, sessionCardSchema, sessionGlanceAction, sessionViewSchema } from './session-views';

export * from './session-views';
import { textOf, wholeNumber } from '../../validation/fields';

/** The longest session: a day's lecture tour, not a week-long course. */
const MAX_SESSION_MS = 12 * 3_600_000;

export const sessionFieldsSchema = z
  .object({
    kind: z.enum(sessionKinds, { error: '请选择活动类型' }),
    /** The 六进 of a lecture; null for a mentoring session. */
    lectureKind: z.enum(lectureKinds, { error: '请选择宣讲类型（六进）' }).nullable(),
    title: textOf(2, 40, '活动主题2到40个字'),
    startsAt: z.iso.datetime({ offset: true, error: '请选择开始时间' }),
    endsAt: z.iso.datetime({ offset: true, error: '请选择结束时间' }),
    place: textOf(2, 60, '活动地点2到60个字').nullable(),
    link: z
      .string({ error: '请填写以https://开头的直播链接' })
      .trim()
      .max(300, { error: '直播链接最多300个字符' })
      .regex(/^https:\/\/[^\s]+$/, { error: '请填写以https://开头的直播链接' })
      .nullable(),
    capacity: wholeNumber(1, MAX_SESSION_CAPACITY, `名额为1到${MAX_SESSION_CAPACITY}人`),
    audience: z
      .object({
        kind: z.enum(audienceKinds, { error: '请选择参加对象' }),
        /** The organisation whose members (its whole subtree) may come, for `org`. */
        orgId: idOf('请选择单位').nullable(),
      })
      .strict(),
  })
  .strict()
  .superRefine((fields, ctx) => {
    const issue = (path: string[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (fields.kind === 'lecture' && fields.lectureKind === null) issue(['lectureKind'], '请选择宣讲类型（六进）');
    if (fields.kind === 'mentoring' && fields.lectureKind !== null) issue(['lectureKind'], '带徒活动不选宣讲类型');
    const online = fields.lectureKind === 'online';
    if (online && fields.link === null) issue(['link'], '网络宣讲须填写直播链接');
    if (online && fields.place !== null) issue(['place'], '网络宣讲不填活动地点');
    if (!online && fields.place === null) issue(['place'], '请填写活动地点');
    if (!online && fields.link !== null) issue(['link'], '只有网络宣讲填写直播链接');
    const starts = Date.parse(fields.startsAt);
    const ends = Date.parse(fields.endsAt);
    if (ends <= starts) issue(['endsAt'], '结束时间须晚于开始时间');
    else if (ends - starts > MAX_SESSION_MS) issue(['endsAt'], '一场活动最长12小时');
    if (fields.audience.kind === 'org' && fields.audience.orgId === null) issue(['audience', 'orgId'], '请选择单位');
    if (fields.audience.kind !== 'org' && fields.audience.orgId !== null) {
      issue(['audience', 'orgId'], '只有“本单位职工”须选择单位');
    }
  });
export type SessionFields = z.infer<typeof sessionFieldsSchema>;

/** One line of the master's list of who signed up. */
export const rosterRowSchema = z.object({
  personId: z.string(),
  name: z.string(),
  state: z.enum(signupStates),
  ticket: z.number().int(),
  checkedIn: checkedInSchema,
});

const sessionIdInput = z.object({ sessionId: idOf('请选择活动') }).strict();
const pageInput = z.object({ cursor: z.string().max(12).optional() }).strict();

export const sessionActions = {
  /** A master posts a session or lecture. */
  postSession: { input: z.object({ session: sessionFieldsSchema }).strict(), output: sessionViewSchema },
  /**
   * The master changes the title, time, place or link, or adds places, until it starts; its kind and audience stay as
   * posted. Everyone signed up is told of a new time or place.
   */
  editSession: {
    input: z.object({ sessionId: idSchema, session: sessionFieldsSchema }).strict(),
    output: sessionViewSchema,
  },
  /** The master cancels: everyone signed up is told and what a check-in granted is revoked. */
  cancelSession: {
    input: z.object({ sessionId: idSchema, reason: reasonSchema }).strict(),
    output: sessionViewSchema,
  },
  /** Sessions the caller may attend that have not ended, earliest first, with their own sign-up. */
  sessions: {
    input: pageInput,
    output: z.object({ rows: z.array(sessionCardSchema), nextCursor: z.string().nullable() }),
  },
  /** The 活动 tab's 讲座与带徒 card and 首页's "my next session": the caller's next sign-up and a few open sessions. */
  sessionGlance: sessionGlanceAction,
  /** One session; its master also gets who signed up. */
  session: {
    input: sessionIdInput,
    output: sessionCardSchema.extend({ roster: z.array(rosterRowSchema).nullable() }),
  },
  /** The caller's own posted sessions, latest first (a master's list). */
  postedSessions: {
    input: pageInput,
    output: z.object({ rows: z.array(sessionViewSchema), nextCursor: z.string().nullable() }),
  },
  /** Sign up: a place if one is free, else the waitlist. A second tap answers the same sign-up. */
  signUpSession: { input: sessionIdInput, output: sessionCardSchema },
  /** Withdraw a sign-up before the start; a freed place goes to the first waiting, who is told. */
  withdrawSession: { input: sessionIdInput, output: sessionCardSchema },
  /** The master's screen: the rotating QR token and, for an online lecture, the short code to show in the stream. */
  sessionCheckInCode: {
    input: sessionIdInput,
    output: issuedCheckInCodeSchema.extend({ checkedIn: z.number().int(), expected: z.number().int() }),
  },
  /** The caller checks in with the token their phone scanned. */
  checkInSession: {
    input: z.object({ sessionId: idSchema, token: checkInTokenSchema }).strict(),
    output: sessionCardSchema,
  },
  /** The caller checks in to an online lecture with the short code shown in the stream (limited tries). */
  checkInSessionByCode: {
    input: z.object({ sessionId: idSchema, code: checkInShortCodeSchema }).strict(),
    output: sessionCardSchema,
  },
  /** Sessions of masters in the caller's part of the tree with a text held for review, oldest first. */
  heldSessionTexts: {
    input: z.object({}).strict(),
    output: z.object({ rows: z.array(sessionViewSchema) }),
  },
  /** Staff over the master pass a held title or place, or refuse it with a reason (the master is told). */
  decideSessionText: {
    input: z
      .object({
        sessionId: idSchema,
        field: z.enum(sessionTextFields, { error: '请选择要审核的内容' }),
        ...heldTextDecisionFields,
      })
      .strict()
      .refine(refusalHasReason, REFUSAL_NEEDS_REASON),
    output: sessionViewSchema,
  },
  /** The master checks a signed-up person in by hand, with a reason (recorded). */
  manualSessionCheckIn: {
    input: z.object({ sessionId: idSchema, personId: idOf('请选择参加人'), reason: reasonSchema }).strict(),
    output: rosterRowSchema,
  },
} satisfies Record<string, ActionSpec>;
