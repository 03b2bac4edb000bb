import { itemColumnTitle, measureLabel, sharePercent, shareText, trendPoints, trendSummary } from './progress-texts';

const done = (first: number) => [first, 0, 0, 0, 0, 0, 0, 0, 0, 0];

describe('the dashboard texts', () => {
  it('gives shares of the members now with one decimal, and none without members', () => {
    expect(sharePercent(1, 3)).toBe(33.3);
    expect(sharePercent(2, 3)).toBe(66.7);
    expect(shareText(3, 3)).toBe('100%');
    expect(sharePercent(0, 0)).toBeNull();
    expect(shareText(0, 0)).toBe('—');
  });

  it('follows all ten or one item month by month and names the month that grew most', () => {
    const months = [
      { month: 1, done: done(1), allTen: 0 },
      { month: 2, done: done(5), allTen: 1 },
      { month: 3, done: done(6), allTen: 1 },
    ];
    expect(trendPoints(months, 1)).toEqual([
      { label: '1月', value: 1 },
      { label: '2月', value: 5 },
      { label: '3月', value: 6 },
    ]);
    expect(trendPoints(months, 'all').map((p) => p.value)).toEqual([0, 1, 1]);
    expect(trendSummary(trendPoints(months, 1), 1)).toBe(
      '截至3月末，完成“参加一次学历提升” 6 人；增加最多的是2月（4 人）。',
    );
    expect(trendSummary(trendPoints(months, 2), 2)).toBe('截至3月末，完成“参加一次技能竞赛” 0 人。');
    expect(trendSummary([], 'all')).toBe('这一年还没有开始，没有数据。');
    expect(measureLabel('all')).toBe('十项全部完成');
    expect(itemColumnTitle(6)).toBe('6.拜师');
  });
});
