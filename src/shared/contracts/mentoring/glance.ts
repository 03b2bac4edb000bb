// The 活动 tab's 讲座与带徒 card and 首页's next session, on their own so the main package carries only this action's
// schemas (session-views.ts) and not the whole `mentoring` contract, as contest/glance.ts does for contests. The
// `mentoring` contract spreads the same action through sessions.ts.
import { defineContract } from '../contract';
import { sessionGlanceAction } from './session-views';

export const sessionGlanceContract = defineContract('mentoring', { sessionGlance: sessionGlanceAction });
