// The functions' one clock: the platform's time, read once per call and handed to handlers as `ctx.now`. Under the
// local cloud the platform's time is the cloud's settable clock (emulator/src/clock.ts), so nothing here changes.
import type { Clock } from '../../src/shared/time/clock';

export const systemClock: Clock = () => new Date();
