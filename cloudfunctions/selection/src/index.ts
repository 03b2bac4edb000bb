// Cloud function `selection`: craftsman selection campaigns (工匠评选). City and district staff set a campaign up
// and move it through its stages; staff over a worker nominate them; the organising union's staff review the
// nominations; experts score; anyone reads the campaign and its approved candidates once the nominee list is
// published, and may object during the 公示. Only wiring here: each group of actions is a `<group>.handlers.ts`.
import { selectionContract } from '../../../src/shared/contracts/selection';
import { createGuardedFunction } from '../../../server/kit/guarded-function';
import { calendarHandlers } from './calendar.handlers';
import { campaignsHandlers } from './campaigns.handlers';
import { codesHandlers } from './codes.handlers';
import { contentHandlers } from './content.handlers';
import { exportsHandlers } from './exports.handlers';
import { integrityHandlers } from './integrity.handlers';
import { nominationsHandlers } from './nominations.handlers';
import { objectionsHandlers } from './objections.handlers';
import { publicHandlers } from './public.handlers';
import { remindersHandlers } from './reminders.handlers';
import { scoringHandlers } from './scoring.handlers';
import { trendHandlers } from './trend.handlers';

export const selectionHandlers = {
  ...campaignsHandlers,
  ...nominationsHandlers,
  ...integrityHandlers,
  ...scoringHandlers,
  ...remindersHandlers,
  ...calendarHandlers,
  ...objectionsHandlers,
  ...codesHandlers,
  ...publicHandlers,
  ...contentHandlers,
  ...exportsHandlers,
  ...trendHandlers,
};

/** The public pages never look at who is reading: no caller lookup on them. */
export const anonymousActions = [
  'campaigns',
  'campaign',
  'candidates',
  'candidate',
  'result',
  'candidateCode',
  'resolveCode',
] as const;

export const main = createGuardedFunction(selectionContract, selectionHandlers, { anonymous: anonymousActions });
