// Turns handlers of WeChat message-push events into the `main(event, context)` of the one function the mini-program
// configures for message push (cloudbaserc.json; locally `messagePushFunction`). The platform invokes it with the
// event as the body and no user's openid in the context; a client can call any function by name with any body, but
// its call always carries the caller's openid. So an invocation with an openid is refused before anything is read,
// and only then is the event routed by its `Event` (e.g. `wxa_media_check`).
import * as tcb from '@cloudbase/node-sdk';
import type { Clock } from '../../src/shared/time/clock';
import { systemClock } from './clock';
import type { Db } from './db';

/** The function the mini-program's message push is configured to invoke (and the local cloud pushes to). */
export const MESSAGE_PUSH_FUNCTION = 'content-verdict';

export interface MessagePushContext {
  now: Date;
  app: tcb.CloudBase;
  db: Db;
}

export type MessagePushHandlers = Record<string, (event: unknown, ctx: MessagePushContext) => Promise<unknown>>;

/** The name the platform pushes an event under: its `Event`, or its `MsgType` for plain messages. */
function eventName(event: unknown): string | undefined {
  if (event === null || typeof event !== 'object') return undefined;
  const { Event, MsgType } = event as { Event?: unknown; MsgType?: unknown };
  if (typeof Event === 'string' && Event.length > 0) return Event;
  return typeof MsgType === 'string' && MsgType.length > 0 ? MsgType : undefined;
}

let cachedApp: tcb.CloudBase | undefined;

export function createMessagePushFunction(handlers: MessagePushHandlers, clock: Clock = systemClock) {
  return async function main(event: unknown): Promise<unknown> {
    cachedApp ??= tcb.init({ env: tcb.SYMBOL_CURRENT_ENV });
    if (cachedApp.auth().getUserInfo().openId) {
      console.warn('refused: invoked by a client (a user openid is in the context), not by message push');
      return { ok: false, error: { code: 'FORBIDDEN', message: '你没有权限进行此操作' } };
    }
    const name = eventName(event);
    const handler = name !== undefined && Object.hasOwn(handlers, name) ? handlers[name] : undefined;
    if (!handler) {
      console.log(`message push ${name ?? '(unnamed)'}: nothing here handles it`);
      return 'success';
    }
    const outcome = await handler(event, { now: clock(), app: cachedApp, db: cachedApp.database() });
    console.log(`message push ${name}: ${JSON.stringify(outcome)}`);
    return 'success';
  };
}
