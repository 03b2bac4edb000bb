// What may change in a contest once registration has opened: the rules entries were made under are fixed (who may
// enter, the entry type and team bounds, the weighting, the award places, review, the organiser's fields); capacity
// only grows (growth promotes the waitlist); every other change needs a reason, kept in the audit log.
import type { ContestFields } from '../contracts/contest/common';

export const frozenAfterOpening = ['eligibility', 'entry', 'weighting', 'awards', 'review', 'fields'] as const;
export type FrozenPart = (typeof frozenAfterOpening)[number];

export const frozenLabels: Record<FrozenPart, string> = {
  eligibility: '参赛条件',
  entry: '参赛形式和队伍人数',
  weighting: '成绩权重',
  awards: '获奖名额',
  review: '是否审核',
  fields: '报名字段',
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export type ChangeRefusal = { field: string; message: string };

/** Why `next` may not replace `current` after registration opened, or null when it may (with a reason). */
export function refuseAfterOpening(current: ContestFields, next: ContestFields): ChangeRefusal | null {
  for (const part of frozenAfterOpening) {
    if (!same(current[part], next[part])) {
      return { field: `contest.${part}`, message: `报名开始后不能修改${frozenLabels[part]}` };
    }
  }
  if (next.capacity < current.capacity) {
    return { field: 'contest.capacity', message: `报名开始后名额只能增加（现为${current.capacity}）` };
  }
  if (current.schedule.opensAt !== next.schedule.opensAt) {
    return { field: 'contest.schedule.opensAt', message: '报名开始后不能修改报名开始时间' };
  }
  return null;
}

/** The parts that differ, for the audit log. */
export function changedParts(current: ContestFields, next: ContestFields): string[] {
  return (Object.keys(next) as Array<keyof ContestFields>).filter((key) => !same(current[key], next[key]));
}
