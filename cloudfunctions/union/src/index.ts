// Cloud function `union`: what union staff do at and below their node of the tree. Every action is checked against
// the access table before it runs and against its target organisation inside; every act on someone else is
// written to the audit log with its reason and the before and after. Only wiring here: each group of actions is a
// `<group>.handlers.ts`.
import { unionContract } from '../../../src/shared/contracts/union';
import { createGuardedFunction } from '../../../server/kit/guarded-function';
import { auditHandlers } from './audit.handlers';
import { invitesHandlers } from './invites.handlers';
import { joinRequestsHandlers } from './join-requests.handlers';
import { membersHandlers } from './members.handlers';
import { orgsHandlers } from './orgs.handlers';
import { peopleFactsHandlers } from './people-facts.handlers';
import { rolesHandlers } from './roles.handlers';

export const unionHandlers = {
  ...orgsHandlers,
  ...joinRequestsHandlers,
  ...membersHandlers,
  ...peopleFactsHandlers,
  ...invitesHandlers,
  ...rolesHandlers,
  ...auditHandlers,
};

export const main = createGuardedFunction(unionContract, unionHandlers);
