// Cloud function `contest`: skills contests (劳动和技能竞赛). Staff of a union create and run contests for their
// part of the tree; workers register for what their unions organise — a place or the waitlist, exact under any
// concurrency through the shared booking module (server/booking/) — and a confirmed entry credits item 2 of their
// 十个一. Only wiring here: each group of actions is a `<group>.handlers.ts`.
import { contestContract } from '../../../src/shared/contracts/contest';
import { createGuardedFunction } from '../../../server/kit/guarded-function';
import { dayHandlers } from './day.handlers';
import { resultHandlers } from './results.handlers';
import { glanceHandlers } from './glance.handlers';
import { staffHandlers } from './staff.handlers';
import { teamNameHandlers } from './team-names.handlers';
import { teamHandlers } from './teams.handlers';
import { workerHandlers } from './worker.handlers';

export const contestHandlers = {
  ...staffHandlers,
  ...workerHandlers,
  ...resultHandlers,
  ...dayHandlers,
  ...teamHandlers,
  ...teamNameHandlers,
  ...glanceHandlers,
};

// A registration reads only the caller's record (eligibility), never their grants: one operation saved a call.
export const main = createGuardedFunction(contestContract, contestHandlers, { grantless: ['register'] });
