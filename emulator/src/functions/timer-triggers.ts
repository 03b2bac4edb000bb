// Fires the timer triggers declared in cloudbaserc.json on their schedules, and on demand for tests. The event a
// function receives has the platform's shape: { Type: 'Timer', TriggerName, Time, Message }.
import type { CloudClock } from '../clock';
import type { FunctionsGateway } from './functions-gateway';
import { parseSchedule, type Schedule } from './timer-schedule';

export interface TimerDeclaration {
  functionName: string;
  triggerName: string;
  config: string;
}

export interface TimerEvent {
  Type: 'Timer';
  TriggerName: string;
  Time: string;
  Message: string;
}

// setTimeout holds at most ~24.8 days; longer waits are re-armed.
const MAX_DELAY_MS = 2 ** 31 - 1;

export class TimerTriggers {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly schedules = new Map<string, { declaration: TimerDeclaration; schedule: Schedule }>();
  private stopped = false;
  private readonly clock: CloudClock;
  private unsubscribe?: () => void;

  constructor(
    declarations: TimerDeclaration[],
    private readonly gateway: FunctionsGateway,
    private readonly log: (line: string) => void = () => {},
  ) {
    this.clock = gateway.clock;
    for (const declaration of declarations) {
      // A bad schedule is a configuration error: fail at start, not silently never fire.
      this.schedules.set(this.key(declaration.functionName, declaration.triggerName), {
        declaration,
        schedule: parseSchedule(declaration.config),
      });
    }
  }

  private key(functionName: string, triggerName: string): string {
    return `${functionName}/${triggerName}`;
  }

  /** Whether cloudbaserc.json declares this trigger on this function. */
  has(functionName: string, triggerName: string): boolean {
    return this.schedules.has(this.key(functionName, triggerName));
  }

  list(now = this.clock.now()): Array<TimerDeclaration & { next?: Date }> {
    return [...this.schedules.values()].map(({ declaration, schedule }) => ({
      ...declaration,
      next: schedule.next(now),
    }));
  }

  /** Arms every trigger on its schedule. */
  start(): void {
    this.armAll();
    // Moving the cloud's clock moves every next firing with it.
    this.unsubscribe ??= this.clock.onChange(() => this.armAll());
  }

  private armAll(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const key of this.schedules.keys()) this.arm(key, this.clock.now());
  }

  private arm(key: string, after: Date): void {
    if (this.stopped) return;
    const entry = this.schedules.get(key);
    const at = entry?.schedule.next(after);
    if (!entry || !at) return;
    const delay = at.getTime() - this.clock.nowMs();
    const timer = setTimeout(
      () => {
        if (delay > MAX_DELAY_MS) {
          this.arm(key, after);
          return;
        }
        void this.fire(entry.declaration.functionName, entry.declaration.triggerName, at).catch(() => {});
        this.arm(key, at);
      },
      Math.max(0, Math.min(delay, MAX_DELAY_MS)),
    );
    timer.unref();
    this.timers.set(key, timer);
  }

  /** Invokes a trigger's function now, as the platform would at `at`; resolves to the function's answer. */
  async fire(functionName: string, triggerName: string, at = this.clock.now()): Promise<unknown> {
    const entry = this.schedules.get(this.key(functionName, triggerName));
    if (!entry) throw new Error(`no timer trigger ${triggerName} on function ${functionName}`);
    const event: TimerEvent = {
      Type: 'Timer',
      TriggerName: triggerName,
      // The platform sends the scheduled time in UTC, second precision.
      Time: at.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      Message: '',
    };
    try {
      return await this.gateway.invoke(functionName, event, { kind: 'timer' });
    } catch (error) {
      this.log(`[timer ${functionName}/${triggerName}] failed: ${(error as Error).message}`);
      throw error;
    }
  }

  stop(): void {
    this.stopped = true;
    this.unsubscribe?.();
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
