// Cloud function `activity`: the "十个一" — a worker's ten yearly items. Workers log entries (also sent later from
// a phone that was offline, under the id it made), keep a diary and a plan; what passes content security credits
// its item through the credit module; staff over the worker review it and see completion by organisation. Only wiring here: each group of actions is
// a `<group>.handlers.ts`.
import { activityContract } from '../../../src/shared/contracts/activity';
import { createGuardedFunction } from '../../../server/kit/guarded-function';
import { dashboardHandlers } from './dashboard.handlers';
import { diaryHandlers } from './diary.handlers';
import { entriesHandlers } from './entries.handlers';
import { planHandlers } from './plan.handlers';
import { reviewHandlers } from './review.handlers';
import { yearHandlers } from './year.handlers';

export const activityHandlers = {
  ...yearHandlers,
  ...entriesHandlers,
  ...diaryHandlers,
  ...planHandlers,
  ...reviewHandlers,
  ...dashboardHandlers,
};

export const main = createGuardedFunction(activityContract, activityHandlers);
