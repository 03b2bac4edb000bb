import fc from 'fast-check';
import { pointsSchema, rankContest, totalOf, weightingSchema, weightingText } from './scores';

const w37 = { theory: 30, practical: 70 };

describe('the weighted total', () => {
  it('weights theory and practical and rounds half up to one decimal', () => {
    expect(totalOf(80, 90, w37)).toBe(87);
    expect(totalOf(85.5, 90, w37)).toBe(88.7); // 25.65 + 63 = 88.65 → 88.7
    expect(totalOf(88.5, 77.5, w37)).toBe(80.8); // 26.55 + 54.25 = 80.8
    expect(totalOf(0.1, 0.1, { theory: 50, practical: 50 })).toBe(0.1);
    expect(totalOf(0.1, 0, { theory: 50, practical: 50 })).toBe(0.1); // 0.05 → 0.1, never 0.0 by binary error
  });

  it('stays within 0–100 and between the two parts for any scores and weighting', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 100 }),
        (t, p, wt) => {
          const total = totalOf(t / 10, p / 10, { theory: wt, practical: 100 - wt });
          expect(total).toBeGreaterThanOrEqual(Math.min(t, p) / 10 - 0.05);
          expect(total).toBeLessThanOrEqual(Math.max(t, p) / 10 + 0.05);
          expect(Math.round(total * 10) / 10).toBe(total);
        },
      ),
    );
  });

  it('says the rule in words, and refuses weights not adding to 100 or scores with two decimals', () => {
    expect(weightingText(w37)).toBe('总分 = 理论 × 30% + 实操 × 70%，四舍五入保留一位小数');
    expect(weightingSchema.safeParse({ theory: 30, practical: 60 }).error?.issues[0]?.path).toEqual(['practical']);
    expect(pointsSchema.safeParse(88.55).success).toBe(false);
    expect(pointsSchema.safeParse(100.1).success).toBe(false);
    expect(pointsSchema.safeParse(88.5).success).toBe(true);
  });
});

describe('ranking', () => {
  const row = (id: string, total: number | null) => ({ id, name: id, total });

  it('gives equal totals one place and skips the next (1, 2, 2, 4)', () => {
    const ranked = rankContest([row('a', 90), row('b', 85), row('c', 85), row('d', 80)], 10);
    expect(ranked.map((r) => [r.row.id, r.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 4],
    ]);
  });

  it('awards everyone tied at the cutoff', () => {
    const ranked = rankContest([row('a', 90), row('b', 85), row('c', 85), row('d', 80)], 2);
    expect(ranked.filter((r) => r.awarded).map((r) => r.row.id)).toEqual(['a', 'b', 'c']);
    expect(rankContest([row('a', 90), row('b', 85)], 0).some((r) => r.awarded)).toBe(false);
  });

  it('lists those without a total after the ranked, unranked and not awarded', () => {
    const ranked = rankContest([row('x', null), row('a', 70)], 3);
    expect(ranked.map((r) => [r.row.id, r.rank, r.awarded])).toEqual([
      ['a', 1, true],
      ['x', null, false],
    ]);
  });

  it('never ranks a higher total below a lower one, whatever the input order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 30 }),
        fc.integer({ min: 0, max: 10 }),
        (totals, awards) => {
          const ranked = rankContest(
            totals.map((t, i) => row(`r${i}`, t)),
            awards,
          );
          for (const a of ranked) {
            for (const b of ranked) {
              if (a.row.total! > b.row.total!) expect(a.rank!).toBeLessThan(b.rank!);
              if (a.row.total === b.row.total) expect(a.rank).toBe(b.rank);
            }
            expect(a.awarded).toBe(a.rank! <= awards);
          }
        },
      ),
    );
  });
});
