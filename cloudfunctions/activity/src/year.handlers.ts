// The worker's year (their own, and staff's drill-down to one worker) and the home tab's glance at it.
import { activityContract } from '../../../src/shared/contracts/activity';
import { beijingYear } from '../../../src/shared/time/beijing';
import { doneItems } from '../../../src/shared/tenones/progress';
import { yearOf } from '../../../server/activity/year';
import { me, orgNameOf } from '../../../server/activity/writes';
import { creditYears, yearId } from '../../../server/credits/records';
import { AppError } from '../../../server/kit/app-error';
import type { GuardedHandlers } from '../../../server/kit/guarded-function';
import { users } from '../../../server/people/users';

export const yearHandlers = {
  myYear: async ({ year }, ctx) => {
    const user = me(ctx);
    return yearOf(ctx.db, user, year ?? beijingYear(ctx.now), ctx.now, orgNameOf(user));
  },

  myProgress: async (_input, ctx) => {
    const user = ctx.caller.user;
    if (!user?.profile) return null;
    const year = beijingYear(ctx.now);
    const summary = await creditYears.byId(ctx.db, yearId(user._id, year));
    return { year, doneCount: doneItems(summary?.items).length };
  },

  personYear: async ({ userId, year }, ctx) => {
    const person = await users.byId(ctx.db, userId);
    // Staff over the person's enterprise; a person outside every enterprise is no staff's to read.
    ctx.requireOver(person && person.orgPath.length > 0 ? person.orgPath : ['(none)']);
    if (!person?.profile) throw new AppError('NOT_FOUND', '没有找到这个人', 'userId');
    return yearOf(ctx.db, person, year, ctx.now, orgNameOf(person));
  },
} satisfies Pick<GuardedHandlers<typeof activityContract>, 'myYear' | 'myProgress' | 'personYear'>;
