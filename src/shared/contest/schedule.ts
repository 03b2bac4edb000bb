// A contest's schedule and what it allows when: registration inside its window, cancellation until the deadline,
// check-in on the contest day, all in Beijing time from the one clock (`now` is always an argument).
import * as z from 'zod';
import { beijingDay, inBeijing } from '../time/beijing';

export const contestScheduleSchema = z
  .object({
    opensAt: z.iso.datetime({ offset: true, error: '请选择报名开始时间' }),
    closesAt: z.iso.datetime({ offset: true, error: '请选择报名截止时间' }),
    cancelBy: z.iso.datetime({ offset: true, error: '请选择取消报名截止时间' }),
    day: z.iso.date({ error: '请选择比赛日期' }),
  })
  .strict()
  .superRefine((schedule, ctx) => {
    const opens = Date.parse(schedule.opensAt);
    const closes = Date.parse(schedule.closesAt);
    const cancel = Date.parse(schedule.cancelBy);
    const dayStart = dayStartOf(schedule.day).getTime();
    if (closes <= opens) ctx.addIssue({ code: 'custom', path: ['closesAt'], message: '报名截止须晚于报名开始' });
    if (closes > dayStart) ctx.addIssue({ code: 'custom', path: ['closesAt'], message: '报名须在比赛日之前截止' });
    if (cancel < opens || cancel > dayStart) {
      ctx.addIssue({ code: 'custom', path: ['cancelBy'], message: '取消报名截止须在报名开始之后、比赛日之前' });
    }
  });
export type ContestSchedule = z.infer<typeof contestScheduleSchema>;

/** Beijing midnight at the start of `day`. */
export function dayStartOf(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

export const contestPhases = ['upcoming', 'open', 'closed', 'day', 'over'] as const;
export type ContestPhase = (typeof contestPhases)[number];
export const contestPhaseLabels: Record<ContestPhase, string> = {
  upcoming: '即将报名',
  open: '报名中',
  closed: '报名已截止',
  day: '今日比赛',
  over: '已结束',
};

export function contestPhase(schedule: ContestSchedule, now: Date): ContestPhase {
  const t = now.getTime();
  const today = beijingDay(now);
  if (today > schedule.day) return 'over';
  if (today === schedule.day) return 'day';
  if (t < Date.parse(schedule.opensAt)) return 'upcoming';
  if (t < Date.parse(schedule.closesAt)) return 'open';
  return 'closed';
}

/** Whether registration (and joining a team) is open now. */
export const registrationOpen = (schedule: ContestSchedule, now: Date) => contestPhase(schedule, now) === 'open';

/** Whether registration has ever opened: from then on the contest's rules are fixed (`changes.ts`). */
export const registrationHasOpened = (schedule: ContestSchedule, now: Date) =>
  now.getTime() >= Date.parse(schedule.opensAt);

/** Whether an entry may still be cancelled by its worker. */
export const cancellationOpen = (schedule: ContestSchedule, now: Date) =>
  now.getTime() <= Date.parse(schedule.cancelBy) && beijingDay(now) < schedule.day;

/** Whether check-in is open: on the contest day only. */
export const checkInOpen = (schedule: ContestSchedule, now: Date) => beijingDay(now) === schedule.day;

/** The window as a card says it: `12月1日 09:00 至 12月10日 18:00`. */
export function windowText(schedule: ContestSchedule): string {
  const at = (instant: string) => inBeijing(instant).format('M月D日 HH:mm');
  return `${at(schedule.opensAt)} 至 ${at(schedule.closesAt)}`;
}

/** The reason registration is refused now, or null when it is open. */
export function registrationRefusal(schedule: ContestSchedule, now: Date): string | null {
  const phase = contestPhase(schedule, now);
  if (phase === 'open') return null;
  if (phase === 'upcoming') return `报名尚未开始（${windowText(schedule)}）`;
  return '报名已截止';
}

/** The Beijing calendar year a contest counts in (its 十个一 credit): the contest day's. */
export const contestYearOf = (schedule: Pick<ContestSchedule, 'day'>) => Number(schedule.day.slice(0, 4));
