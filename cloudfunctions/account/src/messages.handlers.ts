// The caller's own messages and subscribe acceptances. Every read and write is keyed by the caller's openid from
// the platform, so nobody reads or marks another's messages whatever they send.
import type { accountContract } from '../../../src/shared/contracts/account';
import type { SubscribeKey } from '../../../src/shared/contracts/messages';
import { AppError } from '../../../server/kit/app-error';
import type { GuardedHandlers } from '../../../server/kit/guarded-function';
import { nextCursor, offsetOf, PAGE } from '../../../server/kit/paging';
import { recordAcceptance } from '../../../server/notify/notify';
import { messages, type MessageRecord } from '../../../server/notify/store';
import { configuredTemplates, keyOfTemplate } from '../../../server/notify/templates';

const messageView = (message: MessageRecord) => ({
  id: message._id,
  kind: message.kind,
  title: message.title,
  body: message.body,
  page: message.page,
  read: message.read,
  createdAt: message.createdAt.toISOString(),
});

export const messagesHandlers = {
  subscribeTemplates: async () => ({ templates: configuredTemplates() }),

  acceptSubscriptions: async ({ templateIds }, ctx) => {
    const recorded: SubscribeKey[] = [];
    // Only templates of this environment count: an id the server does not know would never be sent.
    for (const id of new Set(templateIds)) {
      const key = keyOfTemplate(id);
      if (!key) continue;
      await recordAcceptance(ctx.db, ctx.now, ctx.caller.openid, key, id);
      recorded.push(key);
    }
    return { recorded };
  },

  myMessages: async ({ cursor }, ctx) => {
    const offset = offsetOf(cursor);
    const { data } = (await messages
      .of(ctx.db)
      .where({ to: ctx.caller.openid })
      .orderBy('createdAt', 'desc')
      .orderBy('_id', 'desc')
      .skip(offset)
      .limit(PAGE)
      .get()) as { data: MessageRecord[] };
    return { messages: data.map(messageView), nextCursor: nextCursor(offset, data.length) };
  },

  unreadMessages: async (_input, ctx) => ({
    count: (await messages.of(ctx.db).where({ to: ctx.caller.openid, read: false }).count()).total,
  }),

  readMessage: async ({ messageId }, ctx) => {
    const to = ctx.caller.openid;
    const changed = await messages
      .of(ctx.db)
      .where({ _id: messageId, to, read: false })
      .update({ read: true, readAt: ctx.now });
    if (changed.updated !== 1) {
      // Already read is fine; someone else's looks exactly like none at all.
      const { total } = await messages.of(ctx.db).where({ _id: messageId, to }).count();
      if (total === 0) throw new AppError('NOT_FOUND', '没有找到这条消息', 'messageId');
    }
    return { id: messageId, read: true as const };
  },
} satisfies Pick<
  GuardedHandlers<typeof accountContract>,
  'subscribeTemplates' | 'acceptSubscriptions' | 'myMessages' | 'unreadMessages' | 'readMessage'
>;
