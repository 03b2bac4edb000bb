// Contract of the `contest` function: skills contests (劳动和技能竞赛) — staff create and run them, workers register
// (a place or the waitlist, through the shared booking module), check in and see results. One file per group of
// actions, assembled here into one contract.
import { defineContract } from '../contract';
import { contestGlanceActions } from './glance';
import { staffContestActions } from './staff';
import { workerContestActions } from './worker';

export * from './common';
export * from './glance';
export * from './staff';
export * from './worker';

export const contestContract = defineContract('contest', {
  ...staffContestActions,
  ...workerContestActions,
  ...contestGlanceActions,
});
