// Sessions and lectures: a master posts, edits (until the start) and cancels their sessions; workers list what they
// may attend, sign up (a place or the waitlist, through server/booking/ as contests do) and withdraw, which promotes
// the first waiting. The audience is enforced here, on the server: apprentices of the master, members of an
// organisation's subtree, or everyone.
import { mentoringContract, type SessionFields } from '../../../src/shared/contracts/mentoring';
import { editOpen, signUpOpen } from '../../../src/shared/mentoring/sessions';
import { formatDateTime } from '../../../src/shared/time/beijing';
import { book, leave, promote } from '../../../server/booking/entries';
import { bookingSlots, growSlot, openSlot } from '../../../server/booking/slots';
import { AppError } from '../../../server/kit/app-error';
import type { GuardedContext, GuardedHandlers } from '../../../server/kit/guarded-function';
import { newId } from '../../../src/shared/ids';
import { nextCursor, offsetOf, PAGE } from '../../../server/kit/paging';
import { cancelSession } from '../../../server/mentoring/attendance';
import { sessionSnapshot } from '../../../server/mentoring/session-cache';
import { screenSessionTexts, settleSession } from '../../../server/mentoring/session-content';
import { apprenticeships, masters } from '../../../server/mentoring/records';
import {
  audienceKeyOf,
  audienceKeysOf,
  mentorSessions,
  mentorSignups,
  mineView,
  publicPlace,
  publicTitle,
  requireOwner,
  sessionCards,
  sessionOrFail,
  sessionView,
  signupIdOf,
  signupStore,
  slotOfSession,
  slotsOfSessions,
  type SessionRecord,
  type SignupRecord,
} from '../../../server/mentoring/sessions';
import { mentoringChanged } from '../../../server/notify/senders';
import { orgOrFail } from '../../../server/people/orgs';
import { displayName, type UserRecord } from '../../../server/people/users';
import { member } from './masters.handlers';

/** The longest a session lasts (the contract's limit): a list bounds its walk on the start by it. */
const LONGEST_MS = 12 * 3_600_000;
const GLANCE_OPEN = 3;
const ROSTER = 500;

async function oneView(ctx: GuardedContext, session: SessionRecord) {
  return sessionView(session, await bookingSlots.byId(ctx.db, slotOfSession(session._id)), { person: ctx.actor.id });
}

/** The masters the caller is an active apprentice of (one indexed read). */
async function mastersOf(ctx: GuardedContext, user: UserRecord): Promise<string[]> {
  const { data } = (await apprenticeships
    .of(ctx.db)
    .where({ apprentice: user._id, state: 'active' })
    .limit(20)
    .get()) as { data: Array<{ master: string }> };
  return data.map((pair) => pair.master);
}

/** Refuses `user` unless the session's audience admits them. */
async function requireAudience(ctx: GuardedContext, session: SessionRecord, user: UserRecord) {
  const { audience } = session;
  if (session.master === user._id) throw new AppError('CONFLICT', '不能报名自己发布的活动', 'sessionId');
  if (audience.kind === 'org' && !user.orgPath.includes(audience.orgId ?? '')) {
    throw new AppError('FORBIDDEN', `这场活动只面向${audience.orgName ?? '指定单位'}的职工`, 'sessionId');
  }
  if (audience.kind === 'apprentices' && !(await mastersOf(ctx, user)).includes(session.master)) {
    throw new AppError('FORBIDDEN', `这场活动只面向${session.masterName}师傅的徒弟`, 'sessionId');
  }
}

function requireFuture(fields: SessionFields, now: Date) {
  if (Date.parse(fields.startsAt) <= now.getTime())
    throw new AppError('INVALID_INPUT', '开始时间须晚于现在', 'session.startsAt');
}

/** The people signed up (place or waitlist), in ticket order. */
async function rosterOf(ctx: GuardedContext, sessionId: string): Promise<SignupRecord[]> {
  const { data } = (await mentorSignups
    .of(ctx.db)
    .where({ session: sessionId, state: ctx.db.command.in(['confirmed', 'waitlisted']) })
    .orderBy('ticket', 'asc')
    .limit(ROSTER)
    .get()) as { data: SignupRecord[] };
  return data;
}

async function card(ctx: GuardedContext, session: SessionRecord, person: string) {
  return (await sessionCards(ctx.db, [session], person))[0]!;
}

export const sessionHandlers = {
  postSession: async ({ session: fields }, ctx) => {
    const user = member(ctx);
    const master = await masters.byId(ctx.db, user._id);
    if (!master) throw new AppError('FORBIDDEN', '只有师傅可以发布活动', 'session');
    requireFuture(fields, ctx.now);
    const org = fields.audience.orgId
      ? await orgOrFail(ctx.db, fields.audience.orgId, 'session.audience.orgId')
      : null;
    const id = newId('ms');
    // Checked before anything is stored: a risky title or place refuses the post, naming it.
    const content = await screenSessionTexts(ctx, id, { title: fields.title, place: fields.place });
    const record: SessionRecord = {
      _id: id,
      master: master._id,
      masterName: displayName(user),
      orgPath: master.orgPath,
      kind: fields.kind,
      lectureKind: fields.lectureKind,
      title: fields.title,
      startsAt: new Date(fields.startsAt),
      endsAt: new Date(fields.endsAt),
      place: fields.place,
      link: fields.link,
      capacity: fields.capacity,
      audience: { kind: fields.audience.kind, orgId: org?._id ?? null, orgName: org?.name ?? null },
      audienceKey: audienceKeyOf(fields.audience.kind, master._id, org?._id ?? null),
      state: 'open',
      cancelReason: null,
      checkedIn: 0,
      givenAt: null,
      heldAt: null,
      ...(Object.keys(content.texts ?? {}).length > 0 ? { content } : {}),
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    // The slot first: a session listed before its places exist would refuse its first sign-ups.
    await openSlot(ctx.db, slotOfSession(record._id), record.capacity, ctx.now);
    await mentorSessions.of(ctx.db).add(record);
    return oneView(ctx, record);
  },

  editSession: async ({ sessionId, session: fields }, ctx) => {
    const user = member(ctx);
    const session = await sessionOrFail(ctx.db, sessionId);
    requireOwner(session, user);
    if (session.state !== 'open') throw new AppError('CONFLICT', '这场活动已取消', 'sessionId');
    if (!editOpen(session, ctx.now)) throw new AppError('CONFLICT', '活动已开始，不能再修改', 'sessionId');
    requireFuture(fields, ctx.now);
    const fixed = [
      ['kind', fields.kind !== session.kind],
      ['lectureKind', fields.lectureKind !== session.lectureKind],
      [
        'audience',
        fields.audience.kind !== session.audience.kind || fields.audience.orgId !== session.audience.orgId,
      ],
    ] as const;
    const changedFixed = fixed.find(([, changed]) => changed);
    if (changedFixed) {
      throw new AppError('INVALID_INPUT', '活动类型和参加对象发布后不能修改', `session.${changedFixed[0]}`);
    }
    // Places only grow: a smaller number would have to take places back from people holding them.
    if (fields.capacity < session.capacity)
      throw new AppError('INVALID_INPUT', `名额只能增加（现为${session.capacity}人）`, 'session.capacity');
    const content = await screenSessionTexts(ctx, sessionId, { title: fields.title, place: fields.place }, session);
    const changes = {
      content,
      title: fields.title,
      startsAt: new Date(fields.startsAt),
      endsAt: new Date(fields.endsAt),
      place: fields.place,
      link: fields.link,
      capacity: fields.capacity,
      updatedAt: ctx.now,
    };
    const saved = await mentorSessions
      .of(ctx.db)
      .where({ _id: sessionId, state: 'open', capacity: session.capacity })
      .update({ ...changes, content: ctx.db.command.set(content) });
    if (saved.updated !== 1) throw new AppError('CONFLICT', '活动刚刚已被修改或取消，请刷新后再试', 'sessionId');
    await settleSession(ctx, sessionId, content);
    const next = { ...session, ...changes };
    if (fields.capacity > session.capacity) {
      await growSlot(ctx.db, slotOfSession(sessionId), fields.capacity - session.capacity, ctx.now);
      await promote(ctx.db, signupStore(ctx, next), slotOfSession(sessionId), ctx.now);
    }
    const moved =
      changes.startsAt.getTime() !== session.startsAt.getTime() ||
      changes.place !== session.place ||
      changes.link !== session.link;
    if (moved) {
      for (const signup of await rosterOf(ctx, sessionId)) {
        await mentoringChanged(ctx, {
          person: signup.person,
          who: publicTitle(next).slice(0, 20),
          status: '时间地点有变',
          // The people signed up read the place as the public does: a held one is not told before staff pass it.
          note: `${formatDateTime(next.startsAt)}，${publicPlace(next) ?? '线上'}`.slice(0, 20),
        });
      }
    }
    return oneView(ctx, next);
  },

  cancelSession: async ({ sessionId, reason }, ctx) => {
    const user = member(ctx);
    const session = await sessionOrFail(ctx.db, sessionId);
    requireOwner(session, user);
    if (session.state !== 'open') throw new AppError('CONFLICT', '这场活动已取消', 'sessionId');
    if (ctx.now.getTime() >= session.endsAt.getTime())
      throw new AppError('CONFLICT', '活动已结束，不能取消', 'sessionId');
    return oneView(ctx, await cancelSession(ctx, session, reason));
  },

  sessions: async ({ cursor }, ctx) => {
    const user = member(ctx);
    const _ = ctx.db.command;
    const offset = offsetOf(cursor);
    const keys = audienceKeysOf(user, await mastersOf(ctx, user));
    // Walks the (audienceKey, state, startsAt) index from the longest session's start back: ended ones are few.
    const { data } = (await mentorSessions
      .of(ctx.db)
      .where({
        audienceKey: _.in(keys),
        state: 'open',
        startsAt: _.gt(new Date(ctx.now.getTime() - LONGEST_MS)),
        endsAt: _.gt(ctx.now),
      })
      .orderBy('startsAt', 'asc')
      .skip(offset)
      .limit(PAGE)
      .get()) as { data: SessionRecord[] };
    return { rows: await sessionCards(ctx.db, data, user._id), nextCursor: nextCursor(offset, data.length) };
  },

  sessionGlance: async (_input, ctx) => {
    const user = member(ctx);
    const _ = ctx.db.command;
    const [signups, open] = await Promise.all([
      mentorSignups
        .of(ctx.db)
        .where({ person: user._id, state: _.in(['confirmed', 'waitlisted']) })
        .orderBy('createdAt', 'desc')
        .limit(20)
        .get() as Promise<{ data: SignupRecord[] }>,
      (async () => {
        const keys = audienceKeysOf(user, await mastersOf(ctx, user));
        const { data } = (await mentorSessions
          .of(ctx.db)
          .where({ audienceKey: _.in(keys), state: 'open', startsAt: _.gt(ctx.now) })
          .orderBy('startsAt', 'asc')
          .limit(GLANCE_OPEN)
          .get()) as { data: SessionRecord[] };
        return data;
      })(),
    ]);
    let next = null;
    if (signups.data.length > 0) {
      const { data: mine } = (await mentorSessions
        .of(ctx.db)
        .where({ _id: _.in(signups.data.map((signup) => signup.session)), state: 'open', endsAt: _.gt(ctx.now) })
        .orderBy('startsAt', 'asc')
        .limit(1)
        .get()) as { data: SessionRecord[] };
      if (mine[0]) next = await card(ctx, mine[0], user._id);
    }
    return { next, open: await sessionCards(ctx.db, open, user._id) };
  },

  session: async ({ sessionId }, ctx) => {
    const user = member(ctx);
    const session = await sessionOrFail(ctx.db, sessionId);
    const roster =
      session.master === user._id
        ? (await rosterOf(ctx, sessionId)).map((signup) => ({
            personId: signup.person,
            name: signup.name,
            state: signup.state,
            ticket: signup.ticket,
            checkedIn: mineView(signup, 0).checkedIn,
          }))
        : null;
    return { ...(await card(ctx, session, user._id)), roster };
  },

  postedSessions: async ({ cursor }, ctx) => {
    const user = member(ctx);
    const offset = offsetOf(cursor);
    const { data } = (await mentorSessions
      .of(ctx.db)
      .where({ master: user._id })
      .orderBy('startsAt', 'desc')
      .skip(offset)
      .limit(PAGE)
      .get()) as { data: SessionRecord[] };
    const slots = await slotsOfSessions(ctx.db, data);
    return {
      rows: data.map((session) => sessionView(session, slots.get(slotOfSession(session._id)), { person: user._id })),
      nextCursor: nextCursor(offset, data.length),
    };
  },

  signUpSession: async ({ sessionId }, ctx) => {
    const user = member(ctx);
    const session = await sessionSnapshot(ctx.db, sessionId, ctx.now.getTime());
    if (!session) throw new AppError('NOT_FOUND', '没有找到这场活动', 'sessionId');
    if (session.state !== 'open') throw new AppError('CONFLICT', '这场活动已取消', 'sessionId');
    if (!signUpOpen(session, ctx.now)) throw new AppError('CONFLICT', '活动已开始，报名已截止', 'sessionId');
    await requireAudience(ctx, session, user);
    const store = signupStore(ctx, session);
    const draft = {
      _id: signupIdOf(sessionId, user._id),
      session: sessionId,
      person: user._id,
      name: displayName(user),
      orgPath: user.orgPath,
      checkedIn: null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    const state = (taken: { placed: boolean }) => ({ state: taken.placed ? 'confirmed' : 'waitlisted' }) as const;
    const booking = () =>
      book(ctx.db, store, slotOfSession(sessionId), draft, state, ctx.now).catch((error: unknown) => {
        // The slot is gone: cancelled since this instance's snapshot.
        if (error instanceof AppError && error.field === 'slotId')
          throw new AppError('CONFLICT', '这场活动已取消', 'sessionId');
        throw error;
      });
    let booked = await booking();
    if (booked.duplicate && booked.entry.state === 'withdrawn') {
      // Signing up again after withdrawing: the old sign-up goes (only while still out), and a new ticket is taken.
      const removed = await mentorSignups
        .of(ctx.db)
        .where({ _id: draft._id, place: 'out', state: 'withdrawn' })
        .remove();
      if (removed.deleted === 1) booked = await booking();
    }
    if (booked.duplicate) return card(ctx, session, user._id);
    // The answer is built from the slot as the booking step left it: no read back (a sign-up is four operations).
    const slot = {
      _id: slotOfSession(sessionId),
      seq: 0,
      createdAt: ctx.now,
      updatedAt: ctx.now,
      ...booked.taken.slot,
    };
    return {
      session: sessionView(session, slot, { person: user._id }),
      mine: mineView(booked.entry, booked.taken.position),
    };
  },

  withdrawSession: async ({ sessionId }, ctx) => {
    const user = member(ctx);
    const session = await sessionOrFail(ctx.db, sessionId);
    const signup = await mentorSignups.byId(ctx.db, signupIdOf(sessionId, user._id));
    if (!signup) throw new AppError('NOT_FOUND', '你没有报名这场活动', 'sessionId');
    if (signup.place !== 'out') {
      if (signup.checkedIn) throw new AppError('CONFLICT', '你已签到，不能取消报名', 'sessionId');
      if (!signUpOpen(session, ctx.now)) throw new AppError('CONFLICT', '活动已开始，不能取消报名', 'sessionId');
      await leave(ctx.db, signupStore(ctx, session), signup, { state: 'withdrawn', updatedAt: ctx.now }, ctx.now);
    }
    return card(ctx, session, user._id);
  },
} satisfies Pick<
  GuardedHandlers<typeof mentoringContract>,
  | 'postSession'
  | 'editSession'
  | 'cancelSession'
  | 'sessions'
  | 'sessionGlance'
  | 'session'
  | 'postedSessions'
  | 'signUpSession'
  | 'withdrawSession'
>;
