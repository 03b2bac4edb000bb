// Contest scores: theory and practical per contestant, the total by the published weighting (rounded to one
// decimal, worked in tenths so binary fractions never round the wrong way), and the ranking: equal totals share a
// place and the next place skips (1, 2, 2, 4), and everyone whose place is within the award places is awarded —
// so a tie at the cutoff awards all of the tied.
import * as z from 'zod';

export const weightingSchema = z
  .object({
    theory: z
      .number({ error: '理论权重须是数字' })
      .int({ error: '权重须是整数' })
      .min(0)
      .max(100, { error: '权重在0到100之间' }),
    practical: z
      .number({ error: '实操权重须是数字' })
      .int({ error: '权重须是整数' })
      .min(0)
      .max(100, { error: '权重在0到100之间' }),
  })
  .strict()
  .refine((w) => w.theory + w.practical === 100, { path: ['practical'], error: '理论与实操权重之和须为100' });
export type Weighting = z.infer<typeof weightingSchema>;

/** A score out of 100 with at most one decimal. */
export const pointsSchema = z
  .number({ error: '请填写分数' })
  .min(0, { error: '分数在0到100之间' })
  .max(100, { error: '分数在0到100之间' })
  .refine((n) => Math.abs(n * 10 - Math.round(n * 10)) < 1e-9, { error: '分数最多保留一位小数' });

/** The rule as the score and result pages state it. */
export function weightingText(weighting: Weighting): string {
  return `总分 = 理论 × ${weighting.theory}% + 实操 × ${weighting.practical}%，四舍五入保留一位小数`;
}

/** The weighted total, rounded half up to one decimal. */
export function totalOf(theory: number, practical: number, weighting: Weighting): number {
  const tenths = Math.round(theory * 10) * weighting.theory + Math.round(practical * 10) * weighting.practical;
  // `tenths` is the total in thousandths of a point × 10 (hundredths of a tenth): round to whole tenths.
  return Math.floor(tenths / 100 + 0.5) / 10;
}

export interface ScoredRow {
  id: string;
  name: string;
  /** Null for someone without both scores (缺考, not yet scored): listed after the ranked, unranked. */
  total: number | null;
}

export interface RankedEntry<R extends ScoredRow> {
  row: R;
  rank: number | null;
  awarded: boolean;
}

export function rankContest<R extends ScoredRow>(rows: R[], awardPlaces: number): RankedEntry<R>[] {
  const scored = rows
    .filter((row) => row.total !== null)
    .sort(
      (a, b) =>
        (b.total as number) - (a.total as number) || a.name.localeCompare(b.name, 'zh') || a.id.localeCompare(b.id),
    );
  const ranked: RankedEntry<R>[] = [];
  scored.forEach((row, index) => {
    const previous = ranked[index - 1];
    const rank = previous && previous.row.total === row.total ? (previous.rank as number) : index + 1;
    ranked.push({ row, rank, awarded: rank <= awardPlaces });
  });
  const unscored = rows
    .filter((row) => row.total === null)
    .sort((a, b) => a.name.localeCompare(b.name, 'zh') || a.id.localeCompare(b.id))
    .map((row) => ({ row, rank: null, awarded: false }));
  return [...ranked, ...unscored];
}
