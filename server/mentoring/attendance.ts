// Attendance: recording a check-in once, and everything that follows from it — the session's count, the master's
// year (given, held, people reached: master-years.ts) and, for a lecture, the attendee's 十个一 item 5 for the
// session's Beijing year (through server/credits/, the only writer of credits). Cancelling a session takes all of it
// back. Each step is a conditional write on what it changes, so retries, second scans and a cancellation racing
// check-ins count nothing twice and leave nothing granted on a cancelled session.
import { beijingYear } from '../../src/shared/time/beijing';
import { beijingMonth } from '../../src/shared/mentoring/sessions';
import type { CheckInWay } from '../../src/shared/mentoring/vocabulary';
import { grantCredit, revokeCredit } from '../credits/credits';
import { AppError } from '../kit/app-error';
import type { Db } from '../kit/db';
import type { NotifyContext } from '../notify/notify';
import { mentoringChanged } from '../notify/senders';
import type { Actor } from '../kit/actor';
import { countGiven, countHeld, countReached, uncountHeld } from './master-years';
import { bookingSlots } from '../booking/slots';
import {
  mentorSessions,
  mentorSignups,
  publicTitle,
  slotOfSession,
  type SessionRecord,
  type SignupRecord,
} from './sessions';

const creditKey = (session: SessionRecord, person: string) => ({
  personId: person,
  year: beijingYear(session.startsAt),
  item: 5 as const,
  kind: 'lecture' as const,
  sourceId: session._id,
});

/** Whether `how` makes a lecture count as held: someone was there to scan, or watched the stream for its code. */
const provesHeld = (how: CheckInWay) => how !== 'manual';

/**
 * Checks `signup` in to `session`, once: a second check-in answers the first and changes nothing. Only a confirmed
 * sign-up (a place, not the waitlist) checks in.
 */
export async function recordCheckIn(
  ctx: NotifyContext & { actor: Actor },
  session: SessionRecord,
  signup: SignupRecord,
  how: CheckInWay,
  reason: string | null,
  field: string,
): Promise<SignupRecord> {
  if (session.state !== 'open') throw new AppError('CONFLICT', '这场活动已取消', field);
  if (signup.checkedIn) return signup;
  if (signup.state !== 'confirmed') {
    const why = signup.state === 'waitlisted' ? '候补中的报名不能签到' : '这条报名已取消，不能签到';
    throw new AppError('CONFLICT', why, field);
  }
  const checkedIn = { at: ctx.now, how, by: ctx.actor.id, reason };
  const done = await mentorSignups
    .of(ctx.db)
    .where({ _id: signup._id, state: 'confirmed', place: 'held', checkedIn: null })
    .update({ checkedIn, updatedAt: ctx.now });
  if (done.updated !== 1) {
    const current = await mentorSignups.byId(ctx.db, signup._id);
    if (current?.checkedIn) return current;
    throw new AppError('CONFLICT', '这条报名已取消，不能签到', field);
  }
  await countAttendance(ctx.db, session, signup.person, how, ctx.now);
  if (session.kind === 'lecture') {
    await grantCredit(
      ctx.db,
      { ...creditKey(session, signup.person), title: publicTitle(session) },
      ctx.now,
      signup.orgPath,
    );
    // A cancellation that walked the sign-ups before this grant could not revoke it: look once more.
    const after = await mentorSessions.byId(ctx.db, session._id);
    if (after?.state === 'cancelled')
      await revokeCredit(ctx.db, creditKey(session, signup.person), '活动已取消', ctx.now);
  }
  return { ...signup, checkedIn };
}

/** The counters one check-in moves: the session's, and the master's year (given, held, reached). */
async function countAttendance(db: Db, session: SessionRecord, person: string, how: CheckInWay, now: Date) {
  const _ = db.command;
  const year = beijingYear(session.startsAt);
  await mentorSessions
    .of(db)
    .doc(session._id)
    .update({ checkedIn: _.inc(1) });
  // Only the write that set `givenAt` (or `heldAt`) counts the session, and only while it is open: the cancellation
  // reads both from the same document and takes back exactly what was counted.
  const given = await mentorSessions
    .of(db)
    .where({ _id: session._id, state: 'open', givenAt: null })
    .update({ givenAt: now });
  if (given.updated === 1) await countGiven(db, session.master, year, 1);
  if (session.kind === 'lecture' && provesHeld(how)) {
    const held = await mentorSessions
      .of(db)
      .where({ _id: session._id, state: 'open', heldAt: null })
      .update({ heldAt: now });
    if (held.updated === 1) {
      await countHeld(db, session.master, year, {
        session: session._id,
        month: beijingMonth(session.startsAt),
        endsAt: session.endsAt.getTime(),
      });
    }
  }
  await countReached(db, {
    _id: `${session.master}.${year}.${person}`,
    master: session.master,
    year,
    person,
    session: session._id,
    at: now,
  });
}

const OUT_BATCH = 100;

/**
 * Cancels `session`: one conditional write moves it from open to cancelled (a second cancellation is refused), then
 * every sign-up still in is taken out (`dropped`), told, and a lecture's credit revoked; the master's year loses
 * what the session counted. People reached stay reached: they were there.
 */
export async function cancelSession(
  ctx: NotifyContext,
  session: SessionRecord,
  reason: string,
): Promise<SessionRecord> {
  const _ = ctx.db.command;
  const cancelled = (await mentorSessions
    .of(ctx.db)
    .where({ _id: session._id, state: 'open' })
    .updateAndReturn({ state: 'cancelled', cancelReason: reason, updatedAt: ctx.now })) as {
    updated: number;
    doc: SessionRecord | null;
  };
  if (cancelled.updated !== 1 || !cancelled.doc) throw new AppError('CONFLICT', '这场活动已取消', 'sessionId');
  const stored = cancelled.doc;
  // No more places or tickets: a sign-up still passing on a cached snapshot of the session is refused by the
  // booking step itself (session-cache.ts).
  await bookingSlots.of(ctx.db).doc(slotOfSession(stored._id)).remove();
  const year = beijingYear(stored.startsAt);
  if (stored.givenAt) await countGiven(ctx.db, stored.master, year, -1);
  if (stored.heldAt) await uncountHeld(ctx.db, stored.master, year, stored._id);
  for (;;) {
    const { data } = (await mentorSignups
      .of(ctx.db)
      .where({ session: stored._id, place: _.in(['held', 'waiting']) })
      .limit(OUT_BATCH)
      .get()) as { data: SignupRecord[] };
    if (data.length === 0) break;
    for (const signup of data) {
      const out = await mentorSignups
        .of(ctx.db)
        .where({ _id: signup._id, place: signup.place })
        .update({ place: 'out', state: 'dropped', updatedAt: ctx.now });
      if (out.updated !== 1) continue;
      if (stored.kind === 'lecture' && signup.checkedIn) {
        await revokeCredit(ctx.db, creditKey(stored, signup.person), '活动已取消', ctx.now);
      }
      await mentoringChanged(ctx, {
        person: signup.person,
        who: publicTitle(stored).slice(0, 20),
        status: '已取消',
        note: `原因：${reason}`.slice(0, 20),
      });
    }
  }
  return stored;
}
