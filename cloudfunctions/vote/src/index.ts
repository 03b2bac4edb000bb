// Cloud function `vote`: the public's votes, the hot path of a selection. A vote costs a constant number of
// database operations whatever has been cast before: reserve the quota on the voter's day record in one atomic
// conditional update (which also refuses a second vote for a candidate that day and recognises a retried request),
// store the vote(s) in one insert, and add to each candidate's tally. Nothing counts or scans on this path.
// Only wiring here: the actions are in vote.handlers.ts.
import { voteContract } from '../../../src/shared/contracts/vote';
import { createGuardedFunction } from '../../../server/kit/guarded-function';
import { voteHandlers } from './vote.handlers';

export const main = createGuardedFunction(voteContract, voteHandlers, { anonymous: ['cast', 'today'] });
