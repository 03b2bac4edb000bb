// The app's one clock. Pages and components read the time here — never from `Date` directly — so what a page shows
// ("voting is open", "the 公示 is over") depends on the clock, and a test sets the clock instead of hoping for a date.
// The H5 build follows the local cloud's clock (clock-source.h5.ts), so moving the local cloud moves the app too.
import { useEffect, useState } from 'react';
import { fixedClock, type Clock } from '@/shared/time/clock';

const deviceClock: Clock = () => new Date();
let current: Clock = deviceClock;
const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of listeners) listener();
}

/** The instant it is now, by the app's clock. */
export function now(): Date {
  return current();
}

/** Replaces the clock: a function, or an instant to stop it at (tests). */
export function setClock(clock: Clock | Date | string | number): void {
  current = typeof clock === 'function' ? clock : fixedClock(clock);
  changed();
}

/** Runs on the device's time moved to agree with a reference clock that reads `referenceMs` now (a server). */
export function followReference(referenceMs: number): void {
  const offset = referenceMs - Date.now();
  setClock(() => new Date(Date.now() + offset));
}

/** Back to the device's time. */
export function resetClock(): void {
  current = deviceClock;
  changed();
}

/**
 * The current instant for a component, read again every `refreshMs` and whenever the clock is set, so a page left
 * open moves on (a vote closing, a 公示 ending) without the user reloading it.
 */
export function useNow(refreshMs = 30_000): Date {
  const [instant, setInstant] = useState(now);
  useEffect(() => {
    const update = () => setInstant(now());
    listeners.add(update);
    const timer = setInterval(update, refreshMs);
    return () => {
      listeners.delete(update);
      clearInterval(timer);
    };
  }, [refreshMs]);
  return instant;
}
