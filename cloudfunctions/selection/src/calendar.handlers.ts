// The holiday calendar the 公示 counts its working days by, as city staff enter it each year.
import type { selectionContract } from '../../../src/shared/contracts/selection';
import { AppError } from '../../../server/kit/app-error';
import { audit } from '../../../server/people/audit';
import { calendars } from '../../../server/selection/calendars';
import type { GuardedHandlers } from '../../../server/kit/guarded-function';

export const calendarHandlers = {
  calendar: async ({ year }, ctx) => {
    const found = await calendars.byId(ctx.db, String(year));
    return {
      year,
      holidays: found?.holidays ?? [],
      workdays: found?.workdays ?? [],
      updatedAt: found?.updatedAt.toISOString() ?? null,
    };
  },

  setCalendar: async ({ year, holidays, workdays, reason }, ctx) => {
    const inYear = (day: string) => day.startsWith(`${year}-`) || day.startsWith(`${year + 1}-01-`);
    if (![...holidays, ...workdays].every(inYear)) {
      throw new AppError('INVALID_INPUT', `日期须在${year}年内（或次年1月的调休日）`, 'holidays');
    }
    const before = await calendars.byId(ctx.db, String(year));
    await calendars.of(ctx.db).doc(String(year)).set({ holidays, workdays, updatedAt: ctx.now });
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: 'calendar.set',
      orgPath: ctx.caller.principal.staffAt[0]?.path.slice() ?? [],
      target: { type: 'calendar', id: String(year), label: `${year}年节假日安排` },
      reason,
      before: before ? { holidays: before.holidays, workdays: before.workdays } : null,
      after: { holidays, workdays },
    });
    return {};
  },
} satisfies Pick<GuardedHandlers<typeof selectionContract>, 'calendar' | 'setCalendar'>;
