// The scoring form: one entry per rubric criterion, each checked by the rule the function applies
// (`rubricPointsSchema`: a number from 0 to the criterion's maximum, at most one decimal place), so a message reads
// the same whoever finds it.
import type * as z from 'zod';
import type { storedRubricSchema } from '@/shared/contracts/selection';
import { rubricPointsSchema, scoreTotal } from '@/shared/selection/scores';
import { fieldErrors } from '@/shared/validation/field-errors';

/** The rubric as the sheet gets it (a campaign from before the high/low guides has none). */
export type Rubric = z.infer<typeof storedRubricSchema>;
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

/** What the running total counts: the valid entries only, and how many criteria that is. */
export interface RunningTotal {
  total: number;
  counted: number;
}

/**
 * The running total as the expert types: an entry counts only once it is a score the rule takes (an empty one, or one
 * its field marks wrong, adds nothing), so the total never shows points that could not be submitted.
 */
export function runningTotal(texts: readonly string[], rubric: Rubric): RunningTotal {
  const valid = rubric.flatMap((item, i) => {
    const text = texts[i] ?? '';
    return pointsProblem(text, item) === undefined ? [pointsOf(text)] : [];
  });
  return { total: scoreTotal(valid), counted: valid.length };
}

/** The 合计 line: the total of the valid entries, and what is left out while not every criterion counts. */
export function totalLine({ total, counted }: RunningTotal, criteria: number): string {
  const line = `合计：${total} 分（满分100分）`;
  return counted < criteria ? `${line}，已计入${counted}/${criteria}项` : line;
}

/** The total in the sticky bar, short: `合计 52.5 分（已计入2/3项）`. */
export function barTotal({ total, counted }: RunningTotal, criteria: number): string {
  return counted < criteria ? `合计 ${total} 分（已计入${counted}/${criteria}项）` : `合计 ${total} 分`;
}

/** What an entry's field says while it is typed: a wrong number at once; an empty box only once submit is tried. */
export function liveProblem(text: string, item: Criterion): string | undefined {
  return text.trim() === '' ? undefined : pointsProblem(text, item);
}

/** The criterion a server error's field points at (`points.2` → 2), if any. */
export function criterionIndex(field: string | undefined): number | null {
  const match = /^points\.(\d+)$/.exec(field ?? '');
  return match ? Number(match[1]) : null;
}

/**
 * `已评 3/4 位，还差 1 位`, or that all are done; before scoring opens, when it opens (`opens`, already worded) in place
 * of how many are left, since none can be scored yet.
 */
export function progressLine(scored: number, candidates: number, opens?: string): string {
  if (candidates === 0) return '还没有候选人';
  if (opens) return `已评 ${scored}/${candidates} 位，${opens}开始评分`;
  if (scored >= candidates) return `已评 ${scored}/${candidates} 位，全部完成`;
  return `已评 ${scored}/${candidates} 位，还差 ${candidates - scored} 位`;
}

/**
 * The order the sheet goes through the candidates: by 编号, as the public and the organisers know them; any without
 * one (approved before numbers were given) after them, by name.
 */
export function sheetOrder<T extends { number: number | null; name: string }>(candidates: readonly T[]): T[] {
  return [...candidates].sort((a, b) => {
    if (a.number !== null && b.number !== null) return a.number - b.number;
    if (a.number !== null || b.number !== null) return a.number === null ? 1 : -1;
    return a.name.localeCompare(b.name, 'zh-CN');
  });
}

/** Where the sheet opens: the linked candidate if it is on the sheet, else the first not yet scored, else the first. */
export function startingIndex(candidates: ReadonlyArray<{ id: string; scored: boolean }>, linked?: string): number {
  const at = linked ? candidates.findIndex((candidate) => candidate.id === linked) : -1;
  if (at >= 0) return at;
  const open = candidates.findIndex((candidate) => !candidate.scored);
  return open >= 0 ? open : 0;
}

/**
 * After a submit: the next candidate still to score, looking forward from `from` and then from the start; null when
 * none is left.
 */
export function nextUnscored(candidates: ReadonlyArray<{ scored: boolean }>, from: number): number | null {
  const count = candidates.length;
  for (let step = 1; step <= count; step++) {
    const i = (from + step) % count;
    if (!candidates[i]!.scored) return i;
  }
  return null;
}
