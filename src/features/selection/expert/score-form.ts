// The scoring form's rules, the same the server applies: one number per rubric criterion, none below 0 or above
// its maximum, all filled; said in the words the server uses, so a message reads the same whoever finds it.
import type * as z from 'zod';
import type { rubricSchema } from '@/shared/contracts/selection';

export type Rubric = z.infer<typeof rubricSchema>;
export type Criterion = Rubric[number];

/** `技能水平（满分40）`: the field's label says what it is out of. */
export function criterionLabel(item: Criterion): string {
  return `${item.criterion}（满分${item.maxPoints}）`;
}

const NUMBER = /^\d+(\.\d)?$/;

/** What is wrong with one criterion's entry, or undefined when it is a valid score. */
export function pointsProblem(text: string, item: Criterion): string | undefined {
  const value = text.trim();
  if (value === '') return `请填写「${item.criterion}」的分数`;
  if (/^-/.test(value)) return '分数不能小于0';
  if (!NUMBER.test(value)) return '请填写数字，最多1位小数';
  if (Number(value) > item.maxPoints) return `「${item.criterion}」最高${item.maxPoints}分`;
  return undefined;
}

export type Checked = { ok: true; points: number[] } | { ok: false; errors: Array<string | undefined> };

/** The entries as points to submit, or each field's problem. */
export function checkPoints(texts: readonly string[], rubric: Rubric): Checked {
  const errors = rubric.map((item, i) => pointsProblem(texts[i] ?? '', item));
  if (errors.some(Boolean)) return { ok: false, errors };
  return { ok: true, points: rubric.map((_, i) => Number(texts[i]!.trim())) };
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
