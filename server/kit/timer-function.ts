// Turns a job into a CloudBase timer-triggered `main(event, context)`: no caller, no contract, the instant it runs
// at as an argument, and a summary line in the function's log. A failure is logged and rethrown so the platform
// records the run as failed.
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
    const summary = await job({ now: clock(), app: cachedApp, db: cachedApp.database() });
    console.log(`timer ${typeof trigger === 'string' ? trigger : '(manual)'}: ${JSON.stringify(summary)}`);
    return summary;
  };
}
