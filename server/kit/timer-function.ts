// Turns a job into a CloudBase timer-triggered `main(event, context)`: no caller, no contract, the instant it runs
// at as an argument, and a summary line in the function's log. A failure is logged and rethrown so the platform
// records the run as failed.
//
// A client can call any function by name with any event body, a timer-shaped one included, so the event proves
// nothing. What a client cannot forge is its identity: the platform puts the caller's openid in the context of
// every call from the mini-program and none in a timer's. An invocation that carries one is refused before the job
// reads anything.
import * as tcb from '@cloudbase/node-sdk';
import type { Clock } from '../../src/shared/time/clock';
import { systemClock } from './clock';

export interface TimerContext {
  now: Date;
  app: tcb.CloudBase;
  db: ReturnType<tcb.CloudBase['database']>;
}

let cachedApp: tcb.CloudBase | undefined;

export function createTimerFunction(
  job: (ctx: TimerContext) => Promise<Record<string, unknown>>,
  clock: Clock = systemClock,
) {
  return async function main(event: unknown): Promise<Record<string, unknown>> {
    const trigger = (event as { TriggerName?: unknown } | null)?.TriggerName;
    cachedApp ??= tcb.init({ env: tcb.SYMBOL_CURRENT_ENV });
    const caller = cachedApp.auth().getUserInfo().openId;
    if (caller) {
      console.error(`timer function called by a client (${caller.slice(0, 6)}…): refused`);
      throw new Error('This is a timer function: it runs on its schedule and refuses calls from clients.');
    }
    const summary = await job({ now: clock(), app: cachedApp, db: cachedApp.database() });
    console.log(`timer ${typeof trigger === 'string' ? trigger : '(manual)'}: ${JSON.stringify(summary)}`);
    return summary;
  };
}
