// The local cloud's one settable clock. CloudBase has one time, the service's; here it is the machine's time moved
// by whatever a test or developer set (`cloud.clock.set('2027-02-11T10:00:00+08:00')`), read by the database
// (`serverDate`, transaction expiry), the WeChat and storage services, the timers and — through a patched `Date`
// inside each function worker — by the functions themselves, so production code never knows it is being moved.
//
// The state lives in a SharedArrayBuffer that every worker maps, so a change is seen at once by calls in flight.

const FOLLOW = 0; // the machine's time plus an offset
const FROZEN = 1; // one instant, until changed

export class CloudClock {
  /** [mode, value]: value is the offset (ms) when following, the instant (ms since epoch) when frozen. */
  readonly shared: Float64Array;
  private readonly listeners = new Set<() => void>();

  constructor(shared?: SharedArrayBuffer) {
    this.shared = new Float64Array(shared ?? new SharedArrayBuffer(2 * Float64Array.BYTES_PER_ELEMENT));
  }

  /** What the workers map to read the same clock. */
  get buffer(): SharedArrayBuffer {
    return this.shared.buffer as SharedArrayBuffer;
  }

  /** Milliseconds since the epoch, as `Date.now()` would answer in the cloud. */
  nowMs(): number {
    return readClock(this.shared, machineNow());
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  /**
   * Moves the cloud to an instant. It keeps running from there unless `frozen` (then it stays until set again or
   * advanced), which is what a test that compares exact instants wants.
   */
  set(at: Date | string | number, options: { frozen?: boolean } = {}): void {
    const instant = new Date(at).getTime();
    if (Number.isNaN(instant)) throw new Error(`not an instant: ${String(at)}`);
    if (options.frozen) {
      this.shared[0] = FROZEN;
      this.shared[1] = instant;
    } else {
      this.shared[0] = FOLLOW;
      this.shared[1] = instant - machineNow();
    }
    this.changed();
  }

  /** Moves the cloud's time forward (or back, with a negative amount) keeping its mode. */
  advance(ms: number): void {
    this.shared[1] = this.shared[1]! + ms;
    this.changed();
  }

  /** Back to the machine's time. */
  reset(): void {
    this.shared[0] = FOLLOW;
    this.shared[1] = 0;
    this.changed();
  }

  /** Calls `listener` after every change (the timers re-arm); returns how to stop. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}

function readClock(shared: Float64Array, machine: number): number {
  return shared[0] === FROZEN ? shared[1]! : machine + shared[1]!;
}

// The machine's time, read once per call; everything else in the local cloud reads a CloudClock.
const machineNow = (): number => Date.now();

/**
 * Replaces `Date` in the current realm (a function worker) so that `new Date()` and `Date.now()` read the cloud
 * clock; dates built from arguments are untouched.
 */
export function installCloudDate(shared: SharedArrayBuffer): void {
  const clock = new Float64Array(shared);
  const RealDate = Date;
  const cloudNow = () => readClock(clock, RealDate.now());
  // A plain function rather than a subclass, so that `Date()` called without `new` still answers a string.
  function CloudDate(this: unknown, ...args: unknown[]): Date | string {
    if (!new.target) return new RealDate(cloudNow()).toString();
    return args.length === 0
      ? new RealDate(cloudNow())
      : new (RealDate as unknown as new (...a: unknown[]) => Date)(...args);
  }
  CloudDate.prototype = RealDate.prototype;
  CloudDate.now = cloudNow;
  CloudDate.parse = RealDate.parse.bind(RealDate);
  CloudDate.UTC = RealDate.UTC.bind(RealDate);
  globalThis.Date = CloudDate as unknown as DateConstructor;
}
