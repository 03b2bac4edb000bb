// The 十个一 demo year: credits granted through the credit module as the modules that own them would, and the
// counters then checked against a recount (the people seed writes members directly, so the recount sets their
// counts first).
import { beijingYear } from '../../src/shared/time/beijing';
import { recountCredits } from '../../server/credits/recount';
import type { Seed } from './index';

export const tenonesSeed: Seed = {
  name: 'tenones',
  async run({ app, now }) {
    const db = app.database();
    await recountCredits(db, beijingYear(now), { repairAt: now });
  },
};
