// Contract of the `mentoring` function: 师带徒 — masters, their 创新工作室, finding a master and pairing. Agreements,
// sessions and the model-worker record come in later slices. One file per group of actions, assembled here.
import { defineContract } from '../contract';
import { directoryActions } from './directory';
import { masterActions } from './masters';
import { pairingActions } from './pairing';
import { studioActions } from './studios';

export * from './directory';
export * from './masters';
export * from './pairing';
export * from './studios';

export const mentoringContract = defineContract('mentoring', {
  ...masterActions,
  ...studioActions,
  ...pairingActions,
  ...directoryActions,
});
