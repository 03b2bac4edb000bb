// The stage timeline editor's rule: moving one stage's start keeps every stage in order. A stage pushed past the
// next one carries the later stages along, each keeping its length; one pulled before the previous one carries the
// earlier stages back the same way, never into a stage that has begun nor before the first day allowed (for a
// running campaign the day after today, `startsTooSoon`, where the clock would move it at once; a new campaign
// may be entered with stages that began already). Days are Beijing calendar days `YYYY-MM-DD`.
import { addDays, beijingDay, daysBetween } from '../time/beijing';
import { scheduledStages, type ScheduledStage } from './stages';

export type DaySchedule = Record<ScheduledStage, string>;

export interface StageMove {
  schedule: DaySchedule;
  /** The stages that moved along with the one moved, in stage order: the editor says so. */
  carried: ScheduledStage[];
}

/** What bounds a move: the stages that have begun (always the first ones), and the first day a stage may start. */
export interface MoveBounds {
  fixed: ReadonlySet<ScheduledStage>;
  /** The first day a stage not yet begun may start, or null for no such day (a new campaign). */
  notBefore: string | null;
}

/** The bounds of a campaign running at `now`: nothing not yet begun may start today or earlier. */
export function runningBounds(fixed: ReadonlySet<ScheduledStage>, now: Date): MoveBounds {
  return { fixed, notBefore: addDays(beijingDay(now), 1) };
}

/**
 * The earliest day each stage not yet begun may start, leaving each stage before it at least one day: after
 * `notBefore` and after the last begun stage. Missing for a stage that has begun, and while nothing bounds it.
 */
export function earliestStarts(schedule: DaySchedule, bounds: MoveBounds): Partial<Record<ScheduledStage, string>> {
  let floor = bounds.notBefore;
  const earliest: Partial<Record<ScheduledStage, string>> = {};
  for (const stage of scheduledStages) {
    if (bounds.fixed.has(stage)) {
      const after = addDays(schedule[stage], 1);
      if (floor === null || after > floor) floor = after;
    } else if (floor !== null) {
      earliest[stage] = floor;
      floor = addDays(floor, 1);
    }
  }
  return earliest;
}

/** Days from one stage's start to the next's in `schedule`, at least one. */
function lengthAfter(schedule: DaySchedule, index: number): number {
  return Math.max(1, daysBetween(schedule[scheduledStages[index]!], schedule[scheduledStages[index + 1]!]));
}

/**
 * `stage` moved to start on `day`, the others moved only as far as order requires. A day before the stage's
 * earliest start is taken as that earliest start; a stage that has begun does not move.
 */
export function moveStage(schedule: DaySchedule, stage: ScheduledStage, day: string, bounds: MoveBounds): StageMove {
  if (bounds.fixed.has(stage)) return { schedule: { ...schedule }, carried: [] };
  const earliest = earliestStarts(schedule, bounds);
  const floor = earliest[stage];
  const next: DaySchedule = { ...schedule, [stage]: floor && day < floor ? floor : day };
  const carried = new Set<ScheduledStage>();
  const at = scheduledStages.indexOf(stage);
  for (let i = at + 1; i < scheduledStages.length; i++) {
    const before = next[scheduledStages[i - 1]!];
    const current = scheduledStages[i]!;
    if (next[current] <= before) {
      next[current] = addDays(before, lengthAfter(schedule, i - 1));
      carried.add(current);
    }
  }
  for (let i = at - 1; i >= 0; i--) {
    const after = next[scheduledStages[i + 1]!];
    const current = scheduledStages[i]!;
    if (next[current] < after) continue;
    // Earlier stages are movable here: the moved day is at or after its earliest start, which leaves each a day.
    const wanted = addDays(after, -lengthAfter(schedule, i));
    const lowest = earliest[current];
    next[current] = lowest && wanted < lowest ? addDays(after, -1) : wanted;
    carried.add(current);
  }
  return { schedule: next, carried: scheduledStages.filter((s) => carried.has(s)) };
}
