// Contract of the `activity` function: the "十个一" — a worker's yearly items, logged (also offline, under ids the
// phone makes), credited through the credit module, reviewed by staff and seen as completion by the union. One file
// per group of actions, assembled here into one contract.
import { defineContract } from '../contract';
import { dashboardActions } from './dashboard';
import { diaryActions } from './diary';
import { entryActions } from './entries';
import { glanceActions } from './glance';
import { planActions } from './plan';
import { reviewActions } from './review';
import { yearActions } from './year';

export * from './common';
export * from './dashboard';
export * from './diary';
export * from './entries';
export * from './plan';
export * from './review';
export * from './year';

export const activityContract = defineContract('activity', {
  ...glanceActions,
  ...yearActions,
  ...entryActions,
  ...diaryActions,
  ...planActions,
  ...reviewActions,
  ...dashboardActions,
});
