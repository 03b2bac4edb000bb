// The in-app 消息 list and subscribe messages, part of the `account` function (what anyone does for themselves):
// which subscribe templates the app may ask for, storing the acceptances a tap produced, and the caller's own
// messages. Every message is in the list; a subscribe message is the push on top where one was accepted.
import * as z from 'zod';
import { pageInput } from './paging';
import { idSchema, isoInstant } from './people-common';

/** What a person can be told about, each one subscribe template (its id comes from the functions' settings). */
export const subscribeKeys = [
  'nominationReviewed',
  'objectionAnswered',
  'joinDecided',
  'scoringReminder',
  'recordReviewed',
  'contestEntry',
  'mentoring',
] as const;
export type SubscribeKey = (typeof subscribeKeys)[number];

export const messageSchema = z.object({
  id: z.string(),
  kind: z.enum(subscribeKeys),
  title: z.string(),
  body: z.string(),
  /** The page it opens (a path with its query, from routes.ts), or null when there is nothing to open. */
  page: z.string().nullable(),
  read: z.boolean(),
  createdAt: isoInstant,
});
export type MessageView = z.infer<typeof messageSchema>;

export const messageActions = {
  /** The subscribe templates set up for this environment, for `requestSubscribeMessage` (unset ones are left out). */
  subscribeTemplates: {
    input: z.object({}).strict(),
    output: z.object({ templates: z.array(z.object({ key: z.enum(subscribeKeys), templateId: z.string() })) }),
  },
  /** Stores the templates the caller just accepted in a tap (each acceptance allows one message); unknown ids are ignored. */
  acceptSubscriptions: {
    input: z
      .object({ templateIds: z.array(z.string().trim().min(1).max(128)).min(1, '没有选择要订阅的消息').max(3) })
      .strict(),
    output: z.object({ recorded: z.array(z.enum(subscribeKeys)) }),
  },
  /** The caller's messages, newest first. */
  myMessages: {
    input: z.object({ ...pageInput }).strict(),
    output: z.object({ messages: z.array(messageSchema), nextCursor: z.string().nullable() }),
  },
  /** How many of the caller's messages are unread (one count, for 我的). */
  unreadMessages: { input: z.object({}).strict(), output: z.object({ count: z.number().int().min(0) }) },
  /** Marks one of the caller's own messages read. */
  readMessage: {
    input: z.object({ messageId: idSchema }).strict(),
    output: z.object({ id: z.string(), read: z.literal(true) }),
  },
};
