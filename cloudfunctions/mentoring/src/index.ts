// Cloud function `mentoring`: 师带徒 (issue 15). Staff designate masters and set their limits; masters keep their
// 创新工作室 and take apprentices within their limit; workers find masters and apply; staff may assign a pair.
// Agreements, sessions and lectures, and the model-worker record come in later slices. Only wiring here: each group
// of actions is a `<group>.handlers.ts`.
import { mentoringContract } from '../../../src/shared/contracts/mentoring';
import { createGuardedFunction } from '../../../server/kit/guarded-function';
import { agreementHandlers } from './agreements.handlers';
import { attendanceHandlers } from './attendance.handlers';
import { directoryHandlers } from './directory.handlers';
import { endingHandlers } from './endings.handlers';
import { masterHandlers } from './masters.handlers';
import { pairReviewHandlers } from './pair-review.handlers';
import { pairingHandlers } from './pairing.handlers';
import { recordHandlers } from './record.handlers';
import { reviewHandlers } from './review.handlers';
import { sessionHandlers } from './sessions.handlers';
import { sessionTextHandlers } from './session-texts.handlers';
import { studioHandlers } from './studios.handlers';

export const mentoringHandlers = {
  ...masterHandlers,
  ...studioHandlers,
  ...pairingHandlers,
  ...reviewHandlers,
  ...agreementHandlers,
  ...endingHandlers,
  ...sessionHandlers,
  ...sessionTextHandlers,
  ...attendanceHandlers,
  ...recordHandlers,
  ...directoryHandlers,
  ...pairReviewHandlers,
};

// A worker's and a master's own acts never look at the caller's grants: only their record is loaded (one database
// operation a call saved on the pairing path). Deciding an application loads nothing: the application names the one
// caller (by openid) who may decide it.
export const main = createGuardedFunction(mentoringContract, mentoringHandlers, {
  anonymous: ['decideApplication'],
  grantless: [
    'applyToMaster',
    'setAccepting',
    'myMentoring',
    'master',
    'findMasters',
    // The pair's own acts (the handler checks the caller is its master or apprentice).
    'proposeAgreement',
    'confirmAgreement',
    'recordCheck',
    'myPairs',
    'commentPlan',
    // Sessions: a worker's and a master's own acts (the sign-up path is four operations).
    'postSession',
    'editSession',
    'cancelSession',
    'sessions',
    'sessionGlance',
    'session',
    'postedSessions',
    'signUpSession',
    'withdrawSession',
    'sessionCheckInCode',
    'checkInSession',
    'checkInSessionByCode',
    'manualSessionCheckIn',
    'masterRecord',
    'mentorOrgs',
  ],
});
