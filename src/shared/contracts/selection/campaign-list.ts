// The one selection action the main package calls (首页 and 活动 list the campaigns), as a contract of its own: the
// main package then carries this action's schemas, not the whole selection contract (staff, scoring, exports…),
// which loads with the subpackages that call it. Same function, same action, same schemas.
import { defineContract } from '../contract';
import { publicActions } from './public';

export const campaignListContract = defineContract('selection', { campaigns: publicActions.campaigns });
