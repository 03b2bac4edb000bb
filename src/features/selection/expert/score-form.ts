// The scoring form: one entry per rubric criterion, each checked by the rule the function applies
// (`rubricPointsSchema`: a number from 0 to the criterion's maximum, at most one decimal place), so a message reads
// the same whoever finds it.
import type * as z from 'zod';
import type { rubricSchema } from '@/shared/contracts/selection';
import { rubricPointsSchema } from '@/shared/selection/scores';
import { fieldErrors } from '@/shared/validation/field-errors';

export type Rubric = z.infer<typeof rubricSchema>;
export type Criterion = Rubric[number];

/** `技能水平（满分40）`: the field's label says what it is out of. */
export function criterionLabel(item: Criterion): string {
  return `${item.criterion}（满分${item.maxPoints}）`;
}

/** An entry as the number it would send; anything but a decimal number is NaN, which the rule refuses. */
export function pointsOf(text: string): number {
  const value = text.trim();
  return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
}

/** What is wrong with one criterion's entry, or undefined when it is a valid score. */
export function pointsProblem(text: string, item: Criterion): string | undefined {
  // An empty box is this form's own state: the rule only ever sees numbers.
  if (text.trim() === '') return `请填写「${item.criterion}」的分数`;
  return fieldErrors(rubricPointsSchema([item]), [pointsOf(text)])['0'];
}

export type Checked = { ok: true; points: number[] } | { ok: false; errors: Array<string | undefined> };

/** The entries as points to submit, or each field's problem. */
export function checkPoints(texts: readonly string[], rubric: Rubric): Checked {
  const errors = rubric.map((item, i) => pointsProblem(texts[i] ?? '', item));
  if (errors.some(Boolean)) return { ok: false, errors };
  return { ok: true, points: rubric.map((_, i) => pointsOf(texts[i]!)) };
}

/** The running total of what is filled in so far (an entry not yet a number counts 0). */
export function liveTotal(texts: readonly string[]): number {
  const sum = texts.reduce((total, text) => {
    const value = Number(text.trim());
    return total + (text.trim() !== '' && Number.isFinite(value) && value > 0 ? value : 0);
  }, 0);
  return Math.round(sum * 10) / 10;
}

/** The criterion a server error's field points at (`points.2` → 2), if any. */
export function criterionIndex(field: string | undefined): number | null {
  const match = /^points\.(\d+)$/.exec(field ?? '');
  return match ? Number(match[1]) : null;
}

/** `已评 3/4 位，还差 1 位`, or that all are done. */
export function progressLine(scored: number, candidates: number): string {
  if (candidates === 0) return '还没有候选人';
  if (scored >= candidates) return `已评 ${scored}/${candidates} 位，全部完成`;
  return `已评 ${scored}/${candidates} 位，还差 ${candidates - scored} 位`;
}
