import { NORMALISATION, placedRows, rankCategory, type RankingInput } from './ranking';

const input = (
  name: string,
  weighted: number,
  expertTotals: number[],
  votes = Math.round(weighted),
): RankingInput => ({
  candidateId: name,
  name,
  enterprise: '示范企业',
  votes,
  weighted,
  expertTotals,
});

describe('ranking a category', () => {
  it('normalises votes to the top candidate = 100 and weighs them against the expert mean', () => {
    const rows = rankCategory([input('甲', 1000, [80, 90]), input('乙', 500, [95, 95]), input('丙', 0, [60])], 30, 2);
    // 甲: 0.3×100 + 0.7×85 = 89.5; 乙: 0.3×50 + 0.7×95 = 81.5; 丙: 0 + 0.7×60 = 42
    expect(rows.map((row) => [row.name, row.votePoints, row.expertMean, row.combined, row.rank, row.placed])).toEqual(
      [
        ['甲', 100, 85, 89.5, 1, true],
        ['乙', 50, 95, 81.5, 2, true],
        ['丙', 0, 60, 42, 3, false],
      ],
    );
  });

  it('breaks a tie by the expert score', () => {
    // Both 70: 甲 0.5×100 + 0.5×40; 乙 0.5×50 + 0.5×90 → 70 each, 乙 has the higher expert mean.
    const rows = rankCategory([input('甲', 200, [40]), input('乙', 100, [90])], 50, 1);
    expect(rows.map((row) => [row.name, row.combined, row.placed])).toEqual([
      ['乙', 70, true],
      ['甲', 70, false],
    ]);
  });

  it('gives no vote points when nobody has votes, and no expert points without scores', () => {
    expect(rankCategory([input('甲', 0, [])], 30, 1)[0]).toMatchObject({ votePoints: 0, expertMean: 0, combined: 0 });
  });

  it('breaks a tie of combined and expert scores by more counted votes', () => {
    // All expert: 80 each. 乙 has more counted votes, though fewer weighted ones.
    const rows = rankCategory([input('甲', 50, [80], 10), input('乙', 40, [80], 20)], 0, 1);
    expect(rows.map((row) => [row.name, row.votes, row.rank, row.placed])).toEqual([
      ['乙', 20, 1, true],
      ['甲', 10, 2, false],
    ]);
  });

  it('breaks a full tie by name in Chinese (pinyin) order, so the order never depends on storage', () => {
    // 李 (lǐ) comes before 王 (wáng) and 张 (zhāng), whatever order they are stored in.
    const stored = [input('张伟', 100, [90]), input('王芳', 100, [90]), input('李娜', 100, [90])];
    expect(rankCategory(stored, 30, 3).map((row) => [row.name, row.rank])).toEqual([
      ['李娜', 1],
      ['王芳', 2],
      ['张伟', 3],
    ]);
    expect(rankCategory([...stored].reverse(), 30, 3).map((row) => row.name)).toEqual(['李娜', '王芳', '张伟']);
  });

  it('explains to the public how votes become points', () => {
    expect(NORMALISATION).toBe('各类别中加权票数最高的候选人得100分，其余按票数比例折算');
  });
});

describe('the placed candidates of a result', () => {
  it('are the rows each category places, in category order', () => {
    const row = (candidateId: string, placed: boolean) => ({ candidateId, placed });
    expect(
      placedRows([{ rows: [row('a', true), row('b', false)] }, { rows: [row('c', true), row('d', false)] }]),
    ).toEqual([row('a', true), row('c', true)]);
    expect(placedRows([])).toEqual([]);
  });
});
