// How the 十个一 dashboard words its figures: shares of the members now, the measure a trend follows (all ten or
// one item) and the trend's one-sentence summary. Pure, so the page and its tests read the same numbers.
import type { ProgressView } from '@/shared/contracts/activity';
import { itemTitle, type TenItem } from '@/shared/tenones/items';

/** The share of `members` in per cent with one decimal; null when there are no members (no share to speak of). */
export function sharePercent(count: number, members: number): number | null {
  if (members <= 0) return null;
  return Math.round((count / members) * 1000) / 10;
}

/** `45.3%`, or `—` for an organisation without members. */
export function shareText(count: number, members: number): string {
  const share = sharePercent(count, members);
  return share === null ? '—' : `${share}%`;
}

/** Each item in a table column's few characters (the cards and the Excel file give the whole title). */
const SHORT_TITLES = [
  '学历提升',
  '技能竞赛',
  '技术培训',
  '五小活动',
  '劳模宣讲',
  '拜师',
  '学技术',
  '技术攻关',
  '生产日记',
  '提升计划',
];

/** `3.技术培训`: an item as a table column names it. */
export const itemColumnTitle = (item: TenItem) => `${item}.${SHORT_TITLES[item - 1]}`;

/** What a trend follows: workers with all ten, or with one item done. */
export type Measure = 'all' | TenItem;

export function measureLabel(measure: Measure): string {
  return measure === 'all' ? '十项全部完成' : `完成“${itemTitle(measure)}”`;
}

/** The measure's figure at each month's end, as the chart draws it. */
export function trendPoints(months: ProgressView['months'], measure: Measure) {
  return months.map((m) => ({
    label: `${m.month}月`,
    value: measure === 'all' ? m.allTen : (m.done[measure - 1] ?? 0),
  }));
}

/** `截至12月末，十项全部完成 12 人；增加最多的是3月（5 人）。` */
export function trendSummary(points: ReadonlyArray<{ label: string; value: number }>, measure: Measure): string {
  const last = points.at(-1);
  if (!last) return '这一年还没有开始，没有数据。';
  let peak: { label: string; gain: number } | null = null;
  points.forEach((point, i) => {
    const gain = point.value - (i > 0 ? points[i - 1]!.value : 0);
    if (gain > 0 && (!peak || gain > peak.gain)) peak = { label: point.label, gain };
  });
  const head = `截至${last.label}末，${measureLabel(measure)} ${last.value} 人`;
  const found = peak as { label: string; gain: number } | null;
  return found ? `${head}；增加最多的是${found.label}（${found.gain} 人）。` : `${head}。`;
}
