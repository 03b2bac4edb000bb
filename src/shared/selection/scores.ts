// An expert's score: what each criterion's points may be, by the rubric the campaign published. The contract
// checks any score's points; the function and the scoring form check them against the campaign's rubric.
import * as z from 'zod';

export interface Criterion {
  criterion: string;
  maxPoints: number;
}

/** How many decimal places a criterion's points may have: the one number every wording below is made from. */
export const SCORE_DECIMALS = 1;
const SCALE = 10 ** SCORE_DECIMALS;

export const NOT_A_SCORE = `请填写数字，最多${SCORE_DECIMALS}位小数`;

/** The rule for points in words, for the sheet to state before anyone types (`每项可填0到该项满分之间的整数或1位小数，如 17.5 分`). */
export const POINTS_RULE = `每项可填0到该项满分之间的整数或${SCORE_DECIMALS}位小数，如 ${(17.5).toFixed(SCORE_DECIMALS)} 分`;

/** At most SCORE_DECIMALS decimal places, exactly: `n / 10` is the double nearest the decimal an expert typed. */
export function oneDecimal(value: number): boolean {
  return Math.round(value * SCALE) / SCALE === value;
}

function pointsUpTo(max: number, tooBig: string) {
  return z
    .number({ error: NOT_A_SCORE })
    .min(0, { error: '分数不能小于0' })
    .refine(oneDecimal, { error: NOT_A_SCORE })
    .max(max, { error: tooBig });
}

/** Any score's points as submitScore takes them: 1 to 10 criteria, each worth at most 100. */
export const pointsSchema = z.array(pointsUpTo(100, '每项最高100分')).min(1).max(10);

/** `「技能水平」最高40分`. */
export const tooManyPoints = (item: Criterion) => `「${item.criterion}」最高${item.maxPoints}分`;

/** Points against a rubric: one entry per criterion in rubric order, each within that criterion's maximum. */
export function rubricPointsSchema(rubric: readonly Criterion[]) {
  const items = rubric.map((item) => pointsUpTo(item.maxPoints, tooManyPoints(item)));
  // A rubric has at least one criterion (rubricSchema), so the list fits a tuple's shape.
  return z.tuple(items as [z.ZodNumber, ...z.ZodNumber[]], {
    error: `请按评分细则逐项打分（共${rubric.length}项）`,
  });
}

/** A score's total, to the hundredth (the points have one decimal each; the rounding hides float noise). */
export function scoreTotal(points: readonly number[]): number {
  return Math.round(points.reduce((sum, value) => sum + value, 0) * 100) / 100;
}
