import { formatEnd } from './format';

describe('formatEnd', () => {
  it('says a period ending at Beijing midnight ends at 24:00 of the day before', () => {
    expect(formatEnd('2027-01-08T16:00:00.000Z')).toBe('1月8日 周五 24:00');
    expect(formatEnd('2027-01-08T06:30:00.000Z')).toBe('1月8日 周五 14:30');
  });
});
