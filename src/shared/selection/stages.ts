// The stages a craftsman selection campaign moves through, in order (domain brief §4): nomination → review →
// nominee list published → public voting → expert scoring → result → 公示 → final. `draft` is before nomination
// opens, while staff are still setting it up.

export const stages = [
  'draft',
  'nomination',
  'review',
  'published',
  'voting',
  'scoring',
  'result',
  'publicity',
  'final',
] as const;
export type Stage = (typeof stages)[number];

export const stageLabels: Record<Stage, string> = {
  draft: '筹备中',
  nomination: '推荐提名',
  review: '资格审查',
  published: '候选人公布',
  voting: '公众投票',
  scoring: '专家评审',
  result: '结果产生',
  publicity: '公示',
  final: '结果确定',
};

/** Stages that have a start date in a campaign's schedule (draft starts when the campaign is created). */
export const scheduledStages = stages.filter((stage) => stage !== 'draft') as Array<Exclude<Stage, 'draft'>>;
export type ScheduledStage = (typeof scheduledStages)[number];

export function stageIndex(stage: Stage): number {
  return stages.indexOf(stage);
}

/** The stage after `stage`, or undefined at the end. */
export function nextStage(stage: Stage): Stage | undefined {
  return stages[stageIndex(stage) + 1];
}

/** Whether a campaign at `current` has reached `stage` (is in it or past it). */
export function hasReached(current: Stage, stage: Stage): boolean {
  return stageIndex(current) >= stageIndex(stage);
}

/** Whether candidates are visible to the public (from the published nominee list on). */
export function isPublic(stage: Stage): boolean {
  return hasReached(stage, 'published');
}

/** Whether the public vote has opened (it may be over). */
export function votingHasOpened(stage: Stage): boolean {
  return hasReached(stage, 'voting');
}

/** Whether expert scoring has opened (it may be over). */
export function scoringHasOpened(stage: Stage): boolean {
  return hasReached(stage, 'scoring');
}

/** Whether the result has been produced: scoring is over and the ranking is frozen on the campaign. */
export function resultIsOut(stage: Stage): boolean {
  return hasReached(stage, 'result');
}

/** Whether the 公示 has begun (it may be over). */
export function publicityHasBegun(stage: Stage): boolean {
  return hasReached(stage, 'publicity');
}

/**
 * Rules may change only before voting opens; from then on they are frozen, and the rubric with them: experts and
 * the public read the same published rules.
 */
export function rulesFrozen(stage: Stage): boolean {
  return votingHasOpened(stage);
}

/**
 * Whether 按投票记录重算 may rewrite the tallies: once voting has closed (while it runs they are still moving) and
 * until the result is final (then nothing changes).
 */
export function countsRebuildable(stage: Stage): boolean {
  return scoringHasOpened(stage) && stage !== 'final';
}
