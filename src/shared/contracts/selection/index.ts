// Contract of the `selection` function: craftsman selection campaigns (工匠评选) — staff set them up, nominate and
// review candidates and move the stages on; experts score; the public reads the campaign and its candidates without
// signing up and may object during the 公示. One file per group of actions, assembled here into one contract.
import { defineContract } from '../contract';
import { campaignActions } from './campaigns';
import { contentActions } from './content';
import { exportActions } from './exports';
import { nominationActions } from './candidates';
import { integrityActions } from './integrity';
import { publicActions } from './public';
import { publicityActions } from './publicity';
import { reminderActions } from './reminders';
import { scoringActions } from './scoring';
import { trendActions } from './trend';

export * from './campaigns';
export * from './candidates';
export * from './content';
export * from './exports';
export * from './publicity';
export * from './trend';

export const selectionContract = defineContract('selection', {
  ...campaignActions,
  ...nominationActions,
  ...integrityActions,
  ...scoringActions,
  ...reminderActions,
  ...publicityActions,
  ...publicActions,
  ...contentActions,
  ...exportActions,
  ...trendActions,
});
