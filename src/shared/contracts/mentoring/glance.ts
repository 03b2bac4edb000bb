// The 活动 tab's 讲座与带徒 card and 首页's next session, on their own so the main package carries only this action's
// schemas and not the whole `mentoring` contract (as contest/glance.ts does for contests). The action itself is the
// one in sessions.ts, which the `mentoring` contract spreads like any other.
import { defineContract } from '../contract';
import { sessionActions } from './sessions';

export const sessionGlanceContract = defineContract('mentoring', { sessionGlance: sessionActions.sessionGlance });
