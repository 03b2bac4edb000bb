// Sessions and lectures (issue 15): when a session may be signed up for, checked in to, changed and cancelled, and the
// Beijing month and year it counts in. Pure: `now` is always an argument, so the page and the function agree.
import { inBeijing } from '../time/beijing';

/** Check-in opens this long before the start (people arrive early) and stays open this long after the end. */
export const CHECK_IN_EARLY_MS = 30 * 60_000;
export const CHECK_IN_LATE_MS = 30 * 60_000;

export interface SessionTimes {
  startsAt: Date | string;
  endsAt: Date | string;
}

const ms = (instant: Date | string) => (typeof instant === 'string' ? Date.parse(instant) : instant.getTime());

/** Sign-up (and the waitlist) is open until the session starts. */
export const signUpOpen = (times: SessionTimes, now: Date) => now.getTime() < ms(times.startsAt);

/** The master changes the time, place or places until the session starts. */
export const editOpen = signUpOpen;

/** The master cancels until the session ends (what a check-in granted is revoked with it). */
export const cancelOpen = (times: SessionTimes, now: Date) => now.getTime() < ms(times.endsAt);

export type CheckInPhase = 'early' | 'open' | 'over';

/** Whether check-in is open now: from half an hour before the start to half an hour after the end. */
export function checkInPhase(times: SessionTimes, now: Date): CheckInPhase {
  const t = now.getTime();
  if (t < ms(times.startsAt) - CHECK_IN_EARLY_MS) return 'early';
  if (t > ms(times.endsAt) + CHECK_IN_LATE_MS) return 'over';
  return 'open';
}

/** A session's time has passed: it counts as held from its end. */
export const sessionOver = (times: SessionTimes, now: Date) => now.getTime() >= ms(times.endsAt);

/** The Beijing month `YYYY-MM` a session counts in: its start's. */
export const beijingMonth = (instant: Date | string | number) => inBeijing(instant).format('YYYY-MM');

/** A lecture-team member is behind in a month when they held fewer lectures than the target. */
export const behindTarget = (held: number, target: number) => held < target;
