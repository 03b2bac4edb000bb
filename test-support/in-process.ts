// Handlers and server modules called in this process, without the bundle or the gateway: a handler group answers
// through the same access guard and contract checks as the deployed function, as a chosen WeChat user at a chosen
// instant, over the local cloud's database (the unmodified SDK as an administrator).
import { localAdminApp } from 'cloudbase-local/admin-app';
import { answerRequest, type CallContext } from '../server/kit/create-function';
import type { Db } from '../server/kit/db';
import { guard, type GuardedHandlers, type GuardOptions } from '../server/kit/guarded-function';
import { newId } from '../server/kit/ids';
import type { ActionInput, ActionName, ActionOutput, Contract } from '../src/shared/contracts/contract';
import type { Answer } from './seeded-cloud';

/** Who calls, and when: the platform's openid and the instant the handler sees as `ctx.now`. */
export interface InProcessCaller {
  openid: string;
  now: Date;
}

/** The local cloud's database, as server modules take it. */
export function localDb(cloud: { url: string }): Db {
  return localAdminApp(cloud.url).database();
}

/**
 * A function's handlers (all of them, or one handler group) ready to call in process. An action whose handler is
 * not given answers UNKNOWN_ACTION, as an unknown action would.
 */
export function inProcess<C extends Contract>(
  cloud: { url: string },
  contract: C,
  handlers: Partial<GuardedHandlers<C>>,
  options: GuardOptions<C> = {},
) {
  const app = localAdminApp(cloud.url);
  const guarded = guard(contract, handlers, options);
  return {
    call<A extends ActionName<C>>(
      action: A,
      input: ActionInput<C, A>,
      as: InProcessCaller,
    ): Promise<Answer<ActionOutput<C, A>>> {
      const ctx: CallContext = { now: as.now, app, openid: () => as.openid, requestId: newId('in-process-') };
      return answerRequest(contract, guarded, { action, input }, ctx) as Promise<Answer<ActionOutput<C, A>>>;
    },
  };
}
