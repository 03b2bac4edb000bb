// How staff's 师带徒 pages word a pair's cadence, a lecture-team month and a master's year: one place, so the table,
// its cards and the journey read the same words. Pure, so each wording is tested without a page.
import type { CadenceRow } from '@/shared/contracts/mentoring';
import { graduationGradeLabels, graduationGrades } from '@/shared/mentoring/vocabulary';

type Due = CadenceRow['nextDue'];

/** 日常检查 / 阶段评估 — which check is due. */
export const checkKindText = (kind: NonNullable<Due>['kind']) => (kind === 'review' ? '阶段评估' : '日常检查');

/** 逾期 12 天, 今天到期, or nothing to say (the day stands in its own column). */
export function overdueText(row: Pick<CadenceRow, 'overdueDays' | 'nextDue'>, today: string): string {
  if (row.overdueDays > 0) return `逾期 ${row.overdueDays} 天`;
  if (row.nextDue?.day === today) return '今天到期';
  return '未逾期';
}

/** A `YYYY-MM` month moved by `by` months (negative: earlier). */
export function shiftMonth(month: string, by: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** 2026年11月 */
export function monthText(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return `${year}年${m}月`;
}

/** 已举办 1/2 场 — held against the target. */
export const heldText = (row: { held: number; target: number }) => `已举办 ${row.held}/${row.target} 场`;

/** 优秀 1 人、合格 2 人 in the vocabulary's order; 暂无 without grades; 待统计 while not yet counted (null). */
export function gradesText(grades: Record<string, number> | null): string {
  if (grades === null) return '待统计';
  const parts = graduationGrades
    .filter((grade) => (grades[grade] ?? 0) > 0)
    .map((grade) => `${graduationGradeLabels[grade]} ${grades[grade]} 人`);
  return parts.length > 0 ? parts.join('、') : '暂无';
}

/** A count the record may not have yet (null: not counted for that year). */
export const countText = (count: number | null, unit: string) => (count === null ? '—' : `${count} ${unit}`);
