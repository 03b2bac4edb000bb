// The one shape time has in this codebase: a function that says what instant it is now. Rules take the instant as
// an argument; whoever calls them owns a Clock (the app's in src/platform/clock.ts, a function's in
// server/kit/clock.ts, the local cloud's in emulator/src/clock.ts), and tests replace it.

export type Clock = () => Date;

/** A clock stopped at one instant, for tests and for replaying a decision at a known time. */
export function fixedClock(at: Date | string | number): Clock {
  const instant = new Date(at).getTime();
  return () => new Date(instant);
}
