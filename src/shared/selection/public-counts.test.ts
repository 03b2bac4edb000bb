import { candidateNumberText, mayRankByVotes, publicCountField, searchTerm } from './public-counts';

describe('what the public may know of the counts', () => {
  it('shows nothing before voting opens, whatever the rules', () => {
    for (const visibility of ['live', 'daily', 'hidden'] as const) {
      expect(publicCountField('published', visibility)).toBeNull();
      expect(mayRankByVotes('published', visibility)).toBe(false);
    }
  });

  it('during voting: the live tally, the published one, or nothing (and then no ranking either)', () => {
    expect(publicCountField('voting', 'live')).toBe('votes');
    expect(publicCountField('voting', 'daily')).toBe('publishedVotes');
    expect(publicCountField('voting', 'hidden')).toBeNull();
    expect(mayRankByVotes('voting', 'hidden')).toBe(false);
    expect(mayRankByVotes('scoring', 'hidden')).toBe(false);
    expect(mayRankByVotes('voting', 'daily')).toBe(true);
  });

  it('from the result on everyone sees the final count', () => {
    for (const stage of ['result', 'publicity', 'final'] as const) {
      expect(publicCountField(stage, 'hidden')).toBe('votes');
      expect(mayRankByVotes(stage, 'hidden')).toBe(true);
    }
  });
});

describe('candidate numbers and search', () => {
  it('prints a number with three digits', () => {
    expect(candidateNumberText(7)).toBe('007');
    expect(candidateNumberText(123)).toBe('123');
    expect(candidateNumberText(1234)).toBe('1234');
  });

  it('reads digits as a number and anything else as text', () => {
    expect(searchTerm('007')).toEqual({ number: 7 });
    expect(searchTerm(' 12 ')).toEqual({ number: 12 });
    expect(searchTerm('李卫国')).toEqual({ text: '李卫国' });
    expect(searchTerm('3号')).toEqual({ text: '3号' });
  });
});
