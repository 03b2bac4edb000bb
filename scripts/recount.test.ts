import { joinPages, recount } from './recount';

describe('offline recount', () => {
  const log = {
    candidates: [
      { id: 'a', name: '周建国', categoryId: 'k1', displayedVotes: 2 },
      { id: 'b', name: '陈晓东', categoryId: 'k1', displayedVotes: 5 },
    ],
    votes: [
      { candidateId: 'a', voter: 'v1', day: '2026-11-22', counted: true },
      { candidateId: 'a', voter: 'v2', day: '2026-11-22', counted: true },
      { candidateId: 'b', voter: 'v1', day: '2026-11-22', counted: true },
      { candidateId: 'b', voter: 'v3', day: '2026-11-22', counted: false },
    ],
  };

  it('recounts counted votes per candidate and shows where the display differs', () => {
    expect(recount(log)).toEqual({
      rows: [
        { id: 'a', name: '周建国', displayed: 2, recounted: 2 },
        { id: 'b', name: '陈晓东', displayed: 5, recounted: 1 },
      ],
      duplicates: 0,
    });
  });

  it('joins pages and notices a voter voting twice for a candidate in a day', () => {
    const pages = [
      log,
      { candidates: log.candidates, votes: [{ candidateId: 'a', voter: 'v1', day: '2026-11-22', counted: true }] },
    ];
    expect(recount(joinPages(pages)).duplicates).toBe(1);
  });
});
