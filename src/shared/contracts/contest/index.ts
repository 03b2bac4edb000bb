// Contract of the `contest` function: skills contests (劳动和技能竞赛) — staff create and run them, workers register
// (a place or the waitlist, through the shared booking module), check in and see results. One file per group of
// actions, assembled here into one contract.
import { defineContract } from '../contract';
import { dayActions } from './day';
import { resultActions } from './results';
import { contestGlanceActions } from './glance';
import { staffContestActions } from './staff';
import { teamActions } from './teams';
import { workerContestActions } from './worker';

export * from './common';
export * from './day';
export * from './results';
export * from './glance';
export * from './staff';
export * from './teams';
export * from './worker';

export const contestContract = defineContract('contest', {
  ...staffContestActions,
  ...workerContestActions,
  ...resultActions,
  ...dayActions,
  ...teamActions,
  ...contestGlanceActions,
});
