// The local cloud's one clock: moved, stopped, advanced and reset, and read as plain `Date` where installed.
/* eslint-disable no-restricted-syntax -- the installed Date is what is under test here */
import { CloudClock, installCloudDate } from './clock';

const SPRING = Date.parse('2027-02-11T10:00:00+08:00');

describe('CloudClock', () => {
  it('stops at an instant when frozen, moves by advance, and keeps running from a set instant otherwise', () => {
    const clock = new CloudClock();
    clock.set(SPRING, { frozen: true });
    expect(clock.nowMs()).toBe(SPRING);
    clock.advance(3600_000);
    expect(clock.now().toISOString()).toBe('2027-02-11T03:00:00.000Z');
    clock.set(SPRING);
    expect(Math.abs(clock.nowMs() - SPRING)).toBeLessThan(1000);
    expect(() => clock.set('not a date')).toThrow('not an instant');
  });

  it('tells its listeners of every change, and reset goes back to the machine’s time', () => {
    const clock = new CloudClock();
    const heard = jest.fn();
    const stop = clock.onChange(heard);
    clock.set(SPRING, { frozen: true });
    clock.advance(1);
    clock.reset();
    expect(heard).toHaveBeenCalledTimes(3);
    stop();
    clock.advance(1);
    expect(heard).toHaveBeenCalledTimes(3);
    expect(Math.abs(clock.nowMs() - 1 - performance.timeOrigin - performance.now())).toBeLessThan(1000);
  });
});

describe('installCloudDate', () => {
  const RealDate = Date;
  afterEach(() => {
    globalThis.Date = RealDate;
  });

  it('makes new Date(), Date.now() and Date() read a shared clock, leaving dates from arguments alone', () => {
    const clock = new CloudClock();
    clock.set(SPRING, { frozen: true });
    installCloudDate(clock.buffer);
    expect(new Date().getTime()).toBe(SPRING);
    expect(Date.now()).toBe(SPRING);
    expect(Date()).toBe(new RealDate(SPRING).toString());
    expect(new Date(0).getTime()).toBe(0);
    expect(new Date(2027, 1, 11).getFullYear()).toBe(2027);
    expect(new Date() instanceof RealDate).toBe(true);
    expect(Date.parse('2027-02-11T02:00:00Z')).toBe(SPRING);
    // A change reaches the installed Date at once, as it reaches calls in flight in a worker.
    clock.advance(60_000);
    expect(Date.now()).toBe(SPRING + 60_000);
  });
});
