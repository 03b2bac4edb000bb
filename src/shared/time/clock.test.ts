import { fixedClock } from './clock';

describe('fixedClock', () => {
  it('answers the same instant every time, as a fresh Date a caller may not spoil', () => {
    const clock = fixedClock('2027-02-11T10:00:00+08:00');
    const first = clock();
    first.setFullYear(1999);
    expect(clock().toISOString()).toBe('2027-02-11T02:00:00.000Z');
    expect(fixedClock(0)().getTime()).toBe(0);
  });
});
