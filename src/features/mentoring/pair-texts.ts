// How the pair pages word a pair: its state, what is due next (or how long it is overdue), a term, a cadence, a
// check's kind and a 出师考核 — one place, so 我的师带徒 and the pair's own page say the same thing the same way.
import { formatCalendarDay, formatDate } from '@/components/format/format';
import type { CheckView, PairSummary } from '@/shared/contracts/mentoring';
import type { CheckKind, Cadence, Term } from '@/shared/mentoring/agreement';
import { graduationGradeLabels, type GraduationGrade } from '@/shared/mentoring/vocabulary';

export const checkKindLabels: Record<CheckKind, string> = { check: '日常检查', review: '阶段评估' };

type Ended = NonNullable<PairSummary['ended']>;
type Stated = Pick<PairSummary, 'state'> & { ended: Pick<Ended, 'how' | 'grade'> | null };

/** 在带 / 已出师（优秀） / 已解除. */
export function pairStateText(pair: Stated): string {
  if (pair.state === 'active' || !pair.ended) return '在带';
  if (pair.ended.how === 'dissolved') return '已解除';
  return pair.ended.grade ? `已出师（${graduationGradeLabels[pair.ended.grade]}）` : '已出师';
}

export function pairStateTagClass(pair: Stated): string {
  if (pair.state === 'active') return 'jx-tag jx-tag--brand';
  return pair.ended?.grade === 'fail' || pair.ended?.how === 'dissolved' ? 'jx-tag jx-tag--alert' : 'jx-tag';
}

export interface DueLine {
  text: string;
  overdue: boolean;
}

/**
 * What the pair waits for, in a line: the agreement still to write or agree, the next check and its day, or how
 * many days it is overdue. Null once the pair has ended.
 */
export function dueLine(
  pair: Pick<PairSummary, 'state' | 'agreement' | 'nextDue' | 'overdueDays'>,
  viewer: 'master' | 'apprentice' | 'staff' = 'master',
): DueLine | null {
  if (pair.state !== 'active') return null;
  if (pair.agreement === 'none') return { text: '尚未拟定师徒协议', overdue: false };
  if (pair.agreement === 'proposed') {
    return { text: viewer === 'apprentice' ? '师傅拟定了协议，等你同意' : '协议待徒弟同意', overdue: false };
  }
  if (!pair.nextDue) return { text: '协议内的检查已全部完成，可进行出师考核', overdue: false };
  const kind = checkKindLabels[pair.nextDue.kind];
  if (pair.overdueDays > 0) {
    return {
      text: `${kind}逾期 ${pair.overdueDays} 天（应于${formatCalendarDay(pair.nextDue.day)}）`,
      overdue: true,
    };
  }
  return { text: `下次${kind}：${formatCalendarDay(pair.nextDue.day)}`, overdue: false };
}

/** 2026年1月5日 至 2027年1月4日 (without weekdays: the line stays short enough to read at a glance). */
export const termText = (term: Term) =>
  `${formatDate(`${term.start}T00:00:00+08:00`)} 至 ${formatDate(`${term.end}T00:00:00+08:00`)}`;

const every = (months: number) => (months === 1 ? '每月' : `每${months}个月`);

/** 每月日常检查，每3个月阶段评估. */
export const cadenceText = (cadence: Cadence) =>
  `${every(cadence.checkEveryMonths)}日常检查，${every(cadence.reviewEveryMonths)}阶段评估`;

/** A choice's label for a cadence of `months`. */
export const everyText = every;

/** A check's per-goal progress as the history shows it, goals named by their order in the agreement. */
export function progressText(check: Pick<CheckView, 'progress'>, goalIds: readonly string[]): string[] {
  return check.progress.map((entry) => {
    const index = goalIds.indexOf(entry.goalId);
    return `${index >= 0 ? `目标${index + 1}` : '已删除的目标'}：${entry.percent}%`;
  });
}

/** What 不合格 leaves the apprentice: the same words wherever a failed 出师考核 shows. */
export const FAIL_NEXT_STEPS = '考核不合格：徒弟可以与师傅重新签订协议再带一期，也可以另找一位师傅。';

export const gradeText = (grade: GraduationGrade) => `考核${graduationGradeLabels[grade]}`;

/** How an ended pair ended, in a sentence: by whom and when is shown beside it. */
export function endingTitle(ended: Pick<Ended, 'how' | 'grade'>): string {
  if (ended.how === 'dissolved') return '师徒关系已由工会解除';
  return ended.grade ? `出师考核：${graduationGradeLabels[ended.grade]}` : '已出师';
}

/** A change to an agreement in force that waits for the apprentice, as each side reads it; null when none waits. */
export function changeWaitingText(
  pair: Pick<PairSummary, 'state' | 'changeWaiting'>,
  viewer: 'master' | 'apprentice' | 'staff',
): string | null {
  if (pair.state !== 'active' || !pair.changeWaiting) return null;
  return viewer === 'apprentice' ? '师傅修改了协议，等你同意' : '协议修改待徒弟同意';
}
