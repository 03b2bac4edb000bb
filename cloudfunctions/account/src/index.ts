// Cloud function `account`: what every WeChat user does for themselves. The caller is the platform's openid; a
// member of the public gets a record on their first call and can browse; saving personal fields needs consent to
// the current privacy terms first; joining an enterprise is a request staff decide, or an invite that joins at once.
// Only wiring here: each group of actions is a `<group>.handlers.ts`.
import { accountContract } from '../../../src/shared/contracts/account';
import { createGuardedFunction } from '../../../server/kit/guarded-function';
import { membershipHandlers } from './membership.handlers';
import { messagesHandlers } from './messages.handlers';
import { profileHandlers } from './profile.handlers';

export const accountHandlers = { ...profileHandlers, ...membershipHandlers, ...messagesHandlers };

export const main = createGuardedFunction(accountContract, accountHandlers);
