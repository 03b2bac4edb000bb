import { voteContract } from './vote';

const { cast, today } = voteContract.actions;
const ballot = { campaignId: ' c1 ', candidateIds: [' a ', 'b'], requestId: 'req-2026-abc' };

describe('the vote contract', () => {
  it('is the `vote` function', () => {
    expect(voteContract.name).toBe('vote');
  });

  it('casts one vote or a ballot of up to 10 different candidates, ids trimmed', () => {
    expect(cast.input.parse(ballot)).toEqual({
      campaignId: 'c1',
      candidateIds: ['a', 'b'],
      requestId: 'req-2026-abc',
    });
    expect(cast.input.safeParse({ ...ballot, candidateIds: ['a'] }).success).toBe(true);
    expect(cast.input.safeParse({ ...ballot, candidateIds: [] }).success).toBe(false);
    const eleven = Array.from({ length: 11 }, (_, i) => `c${i}`);
    expect(cast.input.safeParse({ ...ballot, candidateIds: eleven }).success).toBe(false);
  });

  it('refuses a ballot that picks the same candidate twice', () => {
    const result = cast.input.safeParse({ ...ballot, candidateIds: ['a', 'b', 'a'] });
    expect(result.error?.issues[0]?.message).toBe('同一张选票不能重复选择同一人');
  });

  it.each(['req-2026', 'A'.repeat(64)])('takes %s as a request id (8–64 letters, digits, dashes)', (requestId) => {
    expect(cast.input.safeParse({ ...ballot, requestId }).success).toBe(true);
  });

  it.each(['req-202', 'A'.repeat(65), 'req 2026-abc', '#req-2026-abc', 'req-2026-abc#'])(
    'refuses %s as a request id',
    (requestId) => {
      expect(cast.input.safeParse({ ...ballot, requestId }).success).toBe(false);
    },
  );

  it('answers what the voter has left today, and that the vote was accepted', () => {
    const left = { quota: 3, remaining: 1, votedFor: ['a', 'b'], ballotSize: null };
    expect(cast.output.parse({ ...left, accepted: true })).toEqual({ ...left, accepted: true });
    expect(cast.output.safeParse({ ...left, accepted: false }).success).toBe(false);
    expect(today.input.parse({ campaignId: 'c1' })).toEqual({ campaignId: 'c1' });
    expect(today.output.parse({ ...left, ballotSize: 2 })).toEqual({ ...left, ballotSize: 2 });
  });
});
