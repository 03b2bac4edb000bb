// H5 runs against the local cloud, whose clock a developer or a test may have moved: the app follows it, so both
// sides agree on what day it is (otherwise a page would say "voting open" when the functions say it is over).
import { followReference } from './clock';

export async function syncClock(): Promise<void> {
  try {
    const response = await fetch('/_emulator/clock');
    if (!response.ok) return;
    const { now } = (await response.json()) as { now?: string };
    const reference = now ? Date.parse(now) : Number.NaN;
    if (!Number.isNaN(reference)) followReference(reference);
  } catch {
    // No local cloud (the static build opened on its own): the device's time it is.
  }
}
