// Cloud function `activity`: the 十个一 — a worker's yearly items, logged, credited through the credit module,
// reviewed by staff and seen as completion by the union. Only wiring here: each group of actions is a
// `<group>.handlers.ts`. On this branch only the staff dashboards are wired; the worker's and the review actions
// join them (spread beside `dashboardHandlers`) from their own handler files, and until then answer UNKNOWN_ACTION.
import { activityContract } from '../../../src/shared/contracts/activity';
import { createFunction, type Handlers } from '../../../server/kit/create-function';
import { guard } from '../../../server/kit/guarded-function';
import { dashboardHandlers } from './dashboard.handlers';

export const activityHandlers = {
  ...dashboardHandlers,
};

export const main = createFunction(
  activityContract,
  guard(activityContract, activityHandlers) as Handlers<typeof activityContract>,
);
