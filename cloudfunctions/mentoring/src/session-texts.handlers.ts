// A session's held title or place: staff over its master list the sessions waiting for a decision and pass or refuse
// a text (server/mentoring/session-content.ts). Until then others read stand-ins; the master reads it marked 审核中.
import { mentoringContract } from '../../../src/shared/contracts/mentoring';
import { sessionTextFields } from '../../../src/shared/mentoring/vocabulary';
import { bookingSlots } from '../../../server/booking/slots';
import type { GuardedHandlers } from '../../../server/kit/guarded-function';
import { decideSessionText } from '../../../server/mentoring/session-content';
import {
  mentorSessions,
  sessionOrFail,
  sessionView,
  slotOfSession,
  slotsOfSessions,
  type SessionRecord,
} from '../../../server/mentoring/sessions';

const LIST = 50;

export const sessionTextHandlers = {
  heldSessionTexts: async (_input, ctx) => {
    const _ = ctx.db.command;
    const { data } = (await mentorSessions
      .of(ctx.db)
      .where(
        _.and([
          { orgPath: _.in(ctx.scopeNodes()), state: 'open' },
          _.or(sessionTextFields.map((field) => ({ [`content.texts.${field}.state`]: 'review' }))),
        ]),
      )
      .orderBy('createdAt', 'asc')
      .limit(LIST)
      .get()) as { data: SessionRecord[] };
    const slots = await slotsOfSessions(ctx.db, data);
    return { rows: data.map((session) => sessionView(session, slots.get(slotOfSession(session._id)), 'staff')) };
  },

  decideSessionText: async ({ sessionId, ...decision }, ctx) => {
    const session = await sessionOrFail(ctx.db, sessionId);
    ctx.requireOver(session.orgPath);
    await decideSessionText(ctx, session, decision);
    const [stored, slot] = await Promise.all([
      sessionOrFail(ctx.db, sessionId),
      bookingSlots.byId(ctx.db, slotOfSession(sessionId)),
    ]);
    return sessionView(stored, slot, 'staff');
  },
} satisfies Pick<GuardedHandlers<typeof mentoringContract>, 'heldSessionTexts' | 'decideSessionText'>;
