// Sessions and lectures: the `mentorSessions` and `mentorSignups` collections (design: records.ts), the audience rule,
// the booking store sign-ups share with contests (server/booking/), and the views. A session's slot is
// `session.<id>`; a sign-up's id is `<session>.<person>`, so a second sign-up of one person cannot be stored.
import type { MySignup, SessionCard, SessionView } from '../../src/shared/contracts/mentoring';
import {
  sessionKindLabels,
  sessionTextFields,
  type AudienceKind,
  type CheckInWay,
  type LectureKind,
  type SessionKind,
  type SignupState,
} from '../../src/shared/mentoring/vocabulary';
import type { BookedEntry, BookingStore } from '../booking/entries';
import { waitlistPosition } from '../booking/entries';
import { bookingSlots, type SlotRecord } from '../booking/slots';
import { AppError } from '../kit/app-error';
import { storedCollection, type Db } from '../kit/db';
import type { NotifyContext } from '../notify/notify';
import { mentoringChanged } from '../notify/senders';
import type { UserRecord } from '../people/users';
import { shownText, textHold, type StoredHolds } from '../content-security/holds';
import { formatDateTime } from '../../src/shared/time/beijing';

export interface SessionRecord {
  _id: string;
  master: string;
  masterName: string;
  /** The master's enterprise path (staff lists of their subtree). */
  orgPath: string[];
  kind: SessionKind;
  lectureKind: LectureKind | null;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  link: string | null;
  capacity: number;
  audience: { kind: AudienceKind; orgId: string | null; orgName: string | null };
  /** `all`, `org:<orgId>` or `ap:<master>`: the one field a worker's list walks (with state and startsAt). */
  audienceKey: string;
  state: 'open' | 'cancelled';
  cancelReason: string | null;
  /** Check-ins so far, every way. */
  checkedIn: number;
  /** The first check-in, which counted the session as given (masterYears); null until then. */
  givenAt: Date | null;
  /** A lecture's first check-in by scan or stream code, which counted it as held; null until then. */
  heldAt: Date | null;
  /** Title and place WeChat held for review or staff refused (session-content.ts); absent when none is. */
  content?: StoredHolds;
  createdAt: Date;
  updatedAt: Date;
}

export interface SignupRecord extends BookedEntry {
  session: string;
  person: string;
  name: string;
  orgPath: string[];
  state: SignupState;
  checkedIn: { at: Date; how: CheckInWay; by: string; reason: string | null } | null;
  createdAt: Date;
  updatedAt: Date;
}

export const mentorSessions = storedCollection<SessionRecord>('mentorSessions');
export const mentorSignups = storedCollection<SignupRecord>('mentorSignups');

export const slotOfSession = (sessionId: string) => `session.${sessionId}`;
export const signupIdOf = (sessionId: string, person: string) => `${sessionId}.${person}`;

export function audienceKeyOf(kind: AudienceKind, master: string, orgId: string | null): string {
  if (kind === 'everyone') return 'all';
  if (kind === 'org') return `org:${orgId}`;
  return `ap:${master}`;
}

/** Every audience key that lets `user` in, given the masters they are an apprentice of now. */
export const audienceKeysOf = (user: UserRecord, masters: readonly string[]) => [
  'all',
  ...user.orgPath.map((orgId) => `org:${orgId}`),
  ...masters.map((master) => `ap:${master}`),
];

export async function sessionOrFail(db: Db, sessionId: string, field = 'sessionId'): Promise<SessionRecord> {
  const session = await mentorSessions.byId(db, sessionId);
  if (!session) throw new AppError('NOT_FOUND', '没有找到这场活动', field);
  return session;
}

/** The session's master only. */
export function requireOwner(session: SessionRecord, user: UserRecord, field = 'sessionId') {
  if (session.master !== user._id) throw new AppError('FORBIDDEN', '只有发布活动的师傅可以这样做', field);
}

/** The booking store of sign-ups: a promoted person is told at once. */
export function signupStore(ctx: NotifyContext, session: SessionRecord): BookingStore<SignupRecord> {
  return {
    collection: mentorSignups,
    promotedFields: (_entry, now) => ({ state: 'confirmed', updatedAt: now }),
    afterPromotion: async (_db, entry) => {
      await mentoringChanged(ctx, {
        person: entry.person,
        who: publicTitle(session).slice(0, 20),
        status: '候补转正',
        note: `${formatDateTime(session.startsAt)}开始，请按时参加`,
      });
    },
  };
}

/** Who reads a session: its master and staff read held texts (marked); anyone else reads stand-ins for them. */
export type SessionReader = { person: string } | 'staff';

const readsHeld = (session: SessionRecord, reader: SessionReader) =>
  reader === 'staff' || reader.person === session.master;

/** The title as the public reads it: while held or refused, a neutral one naming the master and the kind. */
export const publicTitle = (session: SessionRecord) =>
  textHold(session.content, 'title')
    ? `${session.masterName}师傅的${sessionKindLabels[session.kind]}`
    : session.title;

export const PLACE_STAND_IN = '地点审核中，通过后显示';

/** The place as the public reads it (null online): while held or refused, the stand-in. */
export const publicPlace = (session: SessionRecord) =>
  session.place === null ? null : shownText(session.content, 'place', session.place, PLACE_STAND_IN);

export function sessionView(
  session: SessionRecord,
  slot: SlotRecord | undefined,
  reader: SessionReader,
): SessionView {
  const { audience } = session;
  const full = readsHeld(session, reader);
  const heldTexts = full
    ? sessionTextFields.flatMap((field) => {
        const hold = textHold(session.content, field);
        return hold ? [{ field, refused: hold.state === 'refused' ? (hold.reason ?? '') : null }] : [];
      })
    : [];
  return {
    sessionId: session._id,
    masterId: session.master,
    masterName: session.masterName,
    kind: session.kind,
    lectureKind: session.lectureKind,
    title: full ? session.title : publicTitle(session),
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
    place: full ? session.place : publicPlace(session),
    link: session.link,
    capacity: session.capacity,
    taken: slot ? slot.capacity - Math.max(0, slot.free) : 0,
    waiting: slot ? Math.max(0, slot.waiting) : 0,
    audience: {
      kind: audience.kind,
      org: audience.orgId ? { id: audience.orgId, name: audience.orgName ?? '' } : null,
    },
    state: session.state,
    cancelReason: session.cancelReason,
    checkedIn: session.checkedIn,
    heldTexts,
  };
}

export function mineView(signup: SignupRecord, position: number): MySignup {
  return {
    state: signup.state,
    position: signup.state === 'waitlisted' ? position : 0,
    checkedIn: signup.checkedIn ? { at: signup.checkedIn.at.toISOString(), how: signup.checkedIn.how } : null,
  };
}

/** The slots of `sessions`, in one read. */
export async function slotsOfSessions(db: Db, sessions: readonly SessionRecord[]) {
  if (sessions.length === 0) return new Map<string, SlotRecord>();
  const ids = sessions.map((session) => slotOfSession(session._id));
  const { data } = (await bookingSlots
    .of(db)
    .where({ _id: db.command.in(ids) })
    .limit(ids.length)
    .get()) as { data: SlotRecord[] };
  return new Map(data.map((slot) => [slot._id, slot]));
}

/**
 * Cards for `sessions` as `person` sees them: the slots and the person's sign-ups in one read each; a waitlist
 * position costs one indexed count per waiting sign-up.
 */
export async function sessionCards(
  db: Db,
  sessions: readonly SessionRecord[],
  person: string,
): Promise<SessionCard[]> {
  if (sessions.length === 0) return [];
  const ids = sessions.map((session) => signupIdOf(session._id, person));
  const [slots, signups] = await Promise.all([
    slotsOfSessions(db, sessions),
    mentorSignups
      .of(db)
      .where({ _id: db.command.in(ids) })
      .limit(ids.length)
      .get() as Promise<{ data: SignupRecord[] }>,
  ]);
  const mine = new Map(signups.data.map((signup) => [signup.session, signup]));
  return Promise.all(
    sessions.map(async (session) => {
      const signup = mine.get(session._id);
      const position = signup ? await waitlistPosition(db, { collection: mentorSignups }, signup) : 0;
      return {
        session: sessionView(session, slots.get(slotOfSession(session._id)), { person }),
        mine: signup ? mineView(signup, position) : null,
      };
    }),
  );
}
