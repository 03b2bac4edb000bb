// Contract of the `mentoring` function: 师带徒 — masters, their 创新工作室, finding a master and pairing. Agreements,
// sessions and the model-worker record come in later slices. One file per group of actions, assembled here.
import { defineContract } from '../contract';
import { agreementActions } from './agreements';
import { directoryActions } from './directory';
import { masterActions } from './masters';
import { pairingActions } from './pairing';
import { pairReviewActions, reviewActions } from './review';
import { recordActions } from './record';
import { sessionActions } from './sessions';
import { studioActions } from './studios';

export * from './agreements';
export * from './directory';
export * from './masters';
export * from './pairing';
export * from './review';
export * from './record';
export * from './sessions';
export * from './studios';

export const mentoringContract = defineContract('mentoring', {
  ...masterActions,
  ...studioActions,
  ...pairingActions,
  ...reviewActions,
  ...agreementActions,
  ...sessionActions,
  ...recordActions,
  ...directoryActions,
  ...pairReviewActions,
});
