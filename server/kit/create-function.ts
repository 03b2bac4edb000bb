// Turns a contract and one handler per action into a CloudBase `main(event, context)`: it parses the request,
// runs the handler with the caller's platform identity, checks the answer, and wraps it in the envelope.
import * as tcb from '@cloudbase/node-sdk';
import type * as z from 'zod';
import {
  requestSchema,
  type ActionName,
  type Contract,
  type Envelope,
  type HandlerOutput,
  type ParsedInput,
} from '../../src/shared/contracts/contract';
import { describeIssues } from '../../src/shared/validation/issues';
import type { Clock } from '../../src/shared/time/clock';
import { AppError } from './app-error';
import { systemClock } from './clock';
import { untrustedInputProblem } from './untrusted-input';

export interface CallContext {
  /** The instant this call is handled at; rules take it as an argument instead of reading the clock. */
  now: Date;
  /** The CloudBase app of the current environment. */
  app: tcb.CloudBase;
  /**
   * The caller's WeChat openid, injected by the platform (never read from the request body).
   * Undefined when the function runs without a WeChat caller (a timer trigger, an admin call).
   */
  openid: () => string | undefined;
  /** Platform request id, for logs. */
  requestId: string;
}

export type Handlers<C extends Contract> = {
  [A in ActionName<C>]: (input: ParsedInput<C, A>, ctx: CallContext) => Promise<HandlerOutput<C, A>>;
};

export interface FunctionOptions {
  /** Replaces the wall clock, for tests. */
  clock?: Clock;
}

let cachedApp: tcb.CloudBase | undefined;
function currentApp(): tcb.CloudBase {
  // One app per function instance: init reads the environment once, and instances are reused across calls.
  cachedApp ??= tcb.init({ env: tcb.SYMBOL_CURRENT_ENV });
  return cachedApp;
}

function requestIdOf(context: unknown): string {
  const id = (context as { request_id?: unknown } | null | undefined)?.request_id;
  return typeof id === 'string' ? id : '-';
}

/**
 * Answers one request with `handlers`: parses it with the contract, runs the handler with `ctx`, checks the answer
 * and wraps it in the envelope. An action the contract names but `handlers` lacks is unknown (a handler group
 * called on its own in a test answers only its own actions).
 */
export async function answerRequest<C extends Contract>(
  contract: C,
  handlers: Partial<Handlers<C>>,
  event: unknown,
  ctx: CallContext,
): Promise<Envelope<unknown>> {
  const request = requestSchema.safeParse(event);
  if (!request.success) {
    return { ok: false, error: { code: 'INVALID_INPUT', message: '请求格式不正确：缺少 action' } };
  }
  const { action } = request.data;
  const spec = Object.prototype.hasOwnProperty.call(contract.actions, action) ? contract.actions[action] : undefined;
  const handler = spec ? (handlers[action as ActionName<C>] as RawHandler | undefined) : undefined;
  if (!spec || !handler) {
    return { ok: false, error: { code: 'UNKNOWN_ACTION', message: `未知操作：${contract.name}.${action}` } };
  }
  const malformed = untrustedInputProblem(request.data.input);
  if (malformed) return { ok: false, error: { code: 'INVALID_INPUT', ...malformed } };
  const input = spec.input.safeParse(request.data.input ?? {});
  if (!input.success) {
    const problem = describeIssues(input.error);
    return { ok: false, error: { code: 'INVALID_INPUT', message: problem.message, field: problem.field } };
  }
  try {
    const raw = await handler(input.data, ctx);
    const output = (spec.output as z.ZodType).safeParse(raw);
    if (!output.success) {
      // A handler answering outside its contract is our bug: log it, never send the malformed data on.
      console.error(`[${contract.name}.${action}] answer breaks its contract`, describeIssues(output.error));
      return { ok: false, error: { code: 'INTERNAL', message: '服务出错了，请稍后再试' } };
    }
    return { ok: true, data: output.data };
  } catch (error) {
    if (error instanceof AppError) {
      return { ok: false, error: { code: error.code, message: error.message, field: error.field } };
    }
    console.error(`[${contract.name}.${action}] failed`, error);
    return { ok: false, error: { code: 'INTERNAL', message: '服务出错了，请稍后再试' } };
  }
}

type RawHandler = (input: unknown, ctx: CallContext) => Promise<unknown>;

export function createFunction<C extends Contract>(
  contract: C,
  handlers: Handlers<C>,
  options: FunctionOptions = {},
) {
  const clock = options.clock ?? systemClock;

  return async function main(event: unknown, context: unknown): Promise<Envelope<unknown>> {
    const ctx: CallContext = {
      now: clock(),
      get app() {
        return currentApp();
      },
      openid: () => currentApp().auth().getUserInfo().openId || undefined,
      requestId: requestIdOf(context),
    };
    return answerRequest(contract, handlers, event, ctx);
  };
}
