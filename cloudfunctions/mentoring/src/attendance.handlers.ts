// Check-in at sessions and lectures: the master's screen (the rotating QR token, and for an online lecture the 6-digit
// code to show in the stream), the attendee's scan or typed code, and the master's check-in by hand with a reason.
// Only a confirmed sign-up checks in, while check-in is open (half an hour either side of the session), once.
import { mentoringContract } from '../../../src/shared/contracts/mentoring';
import { checkInPhase } from '../../../src/shared/mentoring/sessions';
import { SHORT_CODE_TRIES } from '../../../src/shared/mentoring/vocabulary';
import { formatDateTime } from '../../../src/shared/time/beijing';
import { bookingSlots } from '../../../server/booking/slots';
import {
  issueCheckInCode,
  verifyCheckInCode,
  verifyShortCode,
  type CheckInSubject,
} from '../../../server/check-in/check-in-codes';
import { AppError } from '../../../server/kit/app-error';
import type { GuardedContext, GuardedHandlers } from '../../../server/kit/guarded-function';
import { quotas, takeQuota } from '../../../server/kit/quotas';
import { recordCheckIn } from '../../../server/mentoring/attendance';
import {
  mentorSignups,
  mineView,
  requireOwner,
  sessionOrFail,
  sessionView,
  signupIdOf,
  slotOfSession,
  type SessionRecord,
  type SignupRecord,
} from '../../../server/mentoring/sessions';
import { member } from './masters.handlers';

/** A lecture's code and a mentoring session's are of different kinds: only a lecture has a short code at all. */
const subjectOf = (session: SessionRecord): CheckInSubject => ({
  kind: session.kind === 'lecture' ? 'lecture' : 'session',
  id: session._id,
});

function requireOpen(session: SessionRecord, now: Date, field = 'sessionId') {
  if (session.state !== 'open') throw new AppError('CONFLICT', '这场活动已取消', field);
  const phase = checkInPhase(session, now);
  if (phase === 'early')
    throw new AppError('CONFLICT', `签到在活动开始前半小时开放（${formatDateTime(session.startsAt)}开始）`, field);
  if (phase === 'over') throw new AppError('CONFLICT', '活动已结束，签到已关闭', field);
}

async function ownSignup(ctx: GuardedContext, sessionId: string, person: string, field: string) {
  const signup = await mentorSignups.byId(ctx.db, signupIdOf(sessionId, person));
  if (!signup) throw new AppError('NOT_FOUND', '你没有报名这场活动', field);
  return signup;
}

async function answer(ctx: GuardedContext, session: SessionRecord, signup: SignupRecord) {
  const slot = await bookingSlots.byId(ctx.db, slotOfSession(session._id));
  return { session: sessionView(session, slot, { person: ctx.actor.id }), mine: mineView(signup, 0) };
}

export const attendanceHandlers = {
  sessionCheckInCode: async ({ sessionId }, ctx) => {
    const user = member(ctx);
    const session = await sessionOrFail(ctx.db, sessionId);
    requireOwner(session, user);
    requireOpen(session, ctx.now);
    const code = issueCheckInCode(subjectOf(session), ctx.now);
    // Only an online lecture takes a typed code: one read out at a venue could be relayed to someone who is not there.
    const online = session.lectureKind === 'online';
    const slot = await bookingSlots.byId(ctx.db, slotOfSession(sessionId));
    return {
      ...code,
      shortCode: online ? code.shortCode : null,
      shortCodeValidUntil: online ? code.shortCodeValidUntil : null,
      checkedIn: session.checkedIn,
      expected: slot ? slot.capacity - Math.max(0, slot.free) : 0,
    };
  },

  checkInSession: async ({ sessionId, token }, ctx) => {
    const user = member(ctx);
    const session = await sessionOrFail(ctx.db, sessionId);
    verifyCheckInCode(subjectOf(session), token, ctx.now, 'token');
    requireOpen(session, ctx.now);
    const signup = await ownSignup(ctx, sessionId, user._id, 'sessionId');
    return answer(ctx, session, await recordCheckIn(ctx, session, signup, 'scan', null, 'sessionId'));
  },

  checkInSessionByCode: async ({ sessionId, code }, ctx) => {
    const user = member(ctx);
    const session = await sessionOrFail(ctx.db, sessionId);
    if (session.lectureKind !== 'online')
      throw new AppError('CONFLICT', '只有网络宣讲可以输入签到码，请扫描现场的二维码', 'code');
    requireOpen(session, ctx.now);
    const signup = await ownSignup(ctx, sessionId, user._id, 'sessionId');
    // Checked in already, or not entitled to: no try is spent either way.
    if (signup.checkedIn || signup.state !== 'confirmed') {
      return answer(ctx, session, await recordCheckIn(ctx, session, signup, 'code', null, 'sessionId'));
    }
    // A try is taken before the code is compared: six digits would otherwise be guessed by brute force.
    const tries = `sessionCode.${sessionId}.${user._id}`;
    if (!(await takeQuota(ctx.db, tries, SHORT_CODE_TRIES, ctx.now))) {
      throw new AppError('CONFLICT', `签到码已输错${SHORT_CODE_TRIES}次，请联系师傅代为签到`, 'code');
    }
    try {
      verifyShortCode(subjectOf(session), code, ctx.now, 'code');
    } catch (refusal) {
      // The attendee is told how many tries are left, so the last ones are typed with care (one read, only on a miss).
      if (!(refusal instanceof AppError)) throw refusal;
      const left = SHORT_CODE_TRIES - ((await quotas.byId(ctx.db, tries))?.used ?? SHORT_CODE_TRIES);
      throw new AppError(
        refusal.code,
        left > 0
          ? `${refusal.message}（还可输入${left}次）`
          : `${refusal.message}（已输错${SHORT_CODE_TRIES}次，请联系师傅代为签到）`,
        'code',
      );
    }
    return answer(ctx, session, await recordCheckIn(ctx, session, signup, 'code', null, 'sessionId'));
  },

  manualSessionCheckIn: async ({ sessionId, personId, reason }, ctx) => {
    const user = member(ctx);
    const session = await sessionOrFail(ctx.db, sessionId);
    requireOwner(session, user);
    requireOpen(session, ctx.now);
    const signup = await mentorSignups.byId(ctx.db, signupIdOf(sessionId, personId));
    if (!signup) throw new AppError('NOT_FOUND', '此人没有报名这场活动', 'personId');
    const checked = await recordCheckIn(ctx, session, signup, 'manual', reason, 'personId');
    return {
      personId: checked.person,
      name: checked.name,
      state: checked.state,
      ticket: checked.ticket,
      checkedIn: mineView(checked, 0).checkedIn,
    };
  },
} satisfies Pick<
  GuardedHandlers<typeof mentoringContract>,
  'sessionCheckInCode' | 'checkInSession' | 'checkInSessionByCode' | 'manualSessionCheckIn'
>;
