import { daySpent, picksPerVote } from './daily-quota';

describe("a voter's day", () => {
  it('takes one vote a tap, or the ballot’s picks', () => {
    expect(picksPerVote(null)).toBe(1);
    expect(picksPerVote(5)).toBe(5);
  });

  it('is spent when fewer votes are left than one vote takes', () => {
    expect(daySpent({ remaining: 0, ballotSize: null })).toBe(true);
    expect(daySpent({ remaining: 1, ballotSize: null })).toBe(false);
    expect(daySpent({ remaining: 4, ballotSize: 5 })).toBe(true);
    expect(daySpent({ remaining: 5, ballotSize: 5 })).toBe(false);
  });
});
