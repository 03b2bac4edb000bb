// A guarded cloud function: before any handler runs, the caller is loaded from the platform's openid and the
// action's rule in the access table (src/shared/people/access.ts) is applied. Rules that depend on the target
// organisation are completed by the handler calling `ctx.requireOver(path)`; a handler of such an action that
// forgets to is a bug, and the call fails rather than answer unchecked.
import type { ActionName, Contract, HandlerOutput, ParsedInput } from '../../src/shared/contracts/contract';
import { accessTable, decide, type AccessRule, type GuardedAction } from '../../src/shared/people/access';
import { loadCaller, type Caller } from '../people/caller';
import { actorOf, type Actor } from './actor';
import { AppError } from './app-error';
import { createFunction, type CallContext, type FunctionOptions, type Handlers } from './create-function';
import type { Db } from './db';

export interface GuardedContext extends CallContext {
  db: Db;
  caller: Caller;
  /** Who acts, as records and the audit log name them. */
  actor: Actor;
  /** Completes a staffOver rule against the target organisation's path (root first, itself last). */
  requireOver(targetPath: readonly string[]): void;
  /** Completes an expert rule against the campaign the expert acts in. */
  requireExpertFor(campaignId: string): void;
  /** Applies a further rule an action needs beyond its table entry (e.g. the kind of grant being given). */
  require(rule: AccessRule, targetPath?: readonly string[]): void;
  /** The caller's staff nodes, with those inside another of their nodes left out. */
  scopeNodes(): string[];
}

export type GuardedHandlers<C extends Contract> = {
  [A in ActionName<C>]: (input: ParsedInput<C, A>, ctx: GuardedContext) => Promise<HandlerOutput<C, A>>;
};

function topNodes(caller: Caller): string[] {
  const nodes = caller.principal.staffAt.map((grant) => grant.path);
  return nodes
    .filter((path) => !nodes.some((other) => other !== path && path.slice(0, -1).includes(other[other.length - 1]!)))
    .map((path) => path[path.length - 1]!)
    .filter((node, i, all) => all.indexOf(node) === i);
}

export const FORBIDDEN_MESSAGE = '你没有权限进行此操作';

function refuse(verdict: 'needs-profile' | 'forbidden'): never {
  if (verdict === 'needs-profile') throw new AppError('FORBIDDEN', '请先填写个人资料');
  throw new AppError('FORBIDDEN', FORBIDDEN_MESSAGE);
}

export interface GuardOptions<C extends Contract> {
  /**
   * Actions open to anyone that never look at the caller's record (the vote path): the caller is not loaded, which
   * saves two database operations a call. Their rule in the table must be `anyone`.
   */
  anonymous?: ReadonlyArray<ActionName<C>>;
  /**
   * Actions for profiled callers that never look at the caller's grants (a contest registration): only their
   * record is loaded, one database operation instead of two. Their rule in the table must be `profiled`.
   */
  grantless?: ReadonlyArray<ActionName<C>>;
}

/**
 * The handlers given (all of a function's, or one handler group's), each wrapped in its action's access rule. Every
 * action of the contract must have a rule in the table, whether or not its handler is given.
 */
export function guard<C extends Contract>(
  contract: C,
  handlers: Partial<GuardedHandlers<C>>,
  options: GuardOptions<C> = {},
): Partial<Handlers<C>> {
  const guarded = {} as Record<string, (input: unknown, ctx: CallContext) => Promise<unknown>>;
  for (const action of Object.keys(contract.actions)) {
    const key = `${contract.name}.${action}` as GuardedAction;
    const rule: AccessRule | undefined = accessTable[key];
    if (!rule) throw new Error(`${key} has no entry in the access table`);
    const handler = handlers[action as ActionName<C>] as
      ((input: unknown, ctx: GuardedContext) => Promise<unknown>) | undefined;
    if (!handler) continue;
    const anonymous = options.anonymous?.includes(action as ActionName<C>) ?? false;
    if (anonymous && rule.who !== 'anyone') throw new Error(`${key} is anonymous but its rule is ${rule.who}`);
    const grantless = options.grantless?.includes(action as ActionName<C>) ?? false;
    if (grantless && rule.who !== 'profiled') throw new Error(`${key} is grantless but its rule is ${rule.who}`);
    guarded[action] = async (input, ctx) => {
      const openid = ctx.openid();
      if (!openid) throw new AppError('UNAUTHENTICATED', '请在微信中打开小程序');
      const db = ctx.app.database();
      const caller: Caller = anonymous
        ? { openid, user: undefined, grants: [], principal: { profiled: false, staffAt: [] } }
        : await loadCaller(db, openid, ctx.now, { grants: !grantless });
      // A staffOver rule first needs some staff grant at all; the target completes it.
      const base: AccessRule = rule.who === 'staffOver' ? { who: 'staff', kinds: rule.kinds } : rule;
      const verdict = decide(base, caller.principal);
      if (verdict !== 'allow') refuse(verdict);
      let targetChecked = rule.who !== 'staffOver' && rule.who !== 'expert';
      const guardedCtx: GuardedContext = Object.assign(Object.create(ctx) as CallContext, {
        db,
        caller,
        actor: actorOf(caller),
        requireOver(targetPath: readonly string[]) {
          if (rule.who !== 'staffOver') throw new Error(`${key} is not a staffOver action`);
          const outcome = decide(rule, caller.principal, targetPath);
          if (outcome !== 'allow') refuse(outcome);
          targetChecked = true;
        },
        requireExpertFor(campaignId: string) {
          if (rule.who !== 'expert') throw new Error(`${key} is not an expert action`);
          const outcome = decide(rule, caller.principal, campaignId);
          if (outcome !== 'allow') refuse(outcome);
          targetChecked = true;
        },
        require(extra: AccessRule, targetPath?: readonly string[]) {
          const outcome = decide(extra, caller.principal, targetPath);
          if (outcome !== 'allow') refuse(outcome);
        },
        scopeNodes: () => topNodes(caller),
      });
      const answer = await handler(input, guardedCtx);
      if (!targetChecked) throw new Error(`${key} answered without checking its target organisation`);
      return answer;
    };
  }
  return guarded as Partial<Handlers<C>>;
}

export function createGuardedFunction<C extends Contract>(
  contract: C,
  handlers: GuardedHandlers<C>,
  options: GuardOptions<C> & FunctionOptions = {},
) {
  return createFunction(contract, guard(contract, handlers, options) as Handlers<C>, options);
}
