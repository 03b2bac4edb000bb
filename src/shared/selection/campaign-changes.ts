// What a campaign's organisers may still change at each stage, and the words for a refusal: one table that the
// 修改活动 form shows and the function enforces.
import { beijingDay } from '../time/beijing';
import { hasReached, rulesFrozen, type ScheduledStage, type Stage } from './stages';

export interface ChangeableParts {
  /** Whether anything may change (nothing once the result is final). */
  any: boolean;
  title: boolean;
  /** Only while the campaign is being set up (筹备中): nominations name a category. */
  categories: boolean;
  /** Who may be nominated: only before nominations open, so every nominee met the same bar. */
  eligibility: boolean;
  /** Voting rules: until voting opens. */
  rules: boolean;
  /** The rubric freezes with the rules, so experts score by the rubric the public was shown. */
  rubric: boolean;
}

/** What may change at `stage`; `frozen` is the campaign's own record that its rules froze. */
export function changeableParts(stage: Stage, frozen: boolean): ChangeableParts {
  const open = stage !== 'final';
  const rulesOpen = open && !frozen && !rulesFrozen(stage);
  return {
    any: open,
    title: open,
    categories: open && stage === 'draft',
    eligibility: open && stage === 'draft',
    rules: rulesOpen,
    rubric: rulesOpen,
  };
}

/** A stage's start date stays as it is once the campaign has reached the stage. */
export function scheduleFixed(current: Stage, stage: ScheduledStage): boolean {
  return hasReached(current, stage);
}

/**
 * A stage not yet begun that is moved must start after today (Beijing): a change may not put a stage's start in the
 * past or on today, where the clock would move the campaign at once. `day` is the Beijing date `YYYY-MM-DD`.
 */
export function startsTooSoon(day: string, now: Date): boolean {
  return day <= beijingDay(now);
}

/** Why a part may no longer change, said to whoever asked. */
export const changeRefusals: Record<keyof ChangeableParts | 'schedule' | 'tooSoon', string> = {
  any: '评选已结束，不能修改',
  title: '评选已结束，不能修改',
  categories: '提名开始后评选类别不能修改',
  eligibility: '提名开始后提名条件不能修改',
  rules: '投票开始后投票规则不能修改',
  rubric: '投票开始后评分细则不能修改',
  schedule: '已开始阶段的时间不能修改',
  tooSoon: '尚未开始的阶段须定在今天以后',
};
