// The 发布活动 form as typed: its defaults (tomorrow 14:00–16:00, Beijing), a posted session's settings for 修改, the
// input postSession and editSession take, and what is wrong with each field — from the contract's own schema, keyed
// by the path the function names (`session.…` less its prefix), so the form and the function say the same thing.
import { sessionFieldsSchema, type SessionFields, type SessionView } from '@/shared/contracts/mentoring/sessions';
import type { AudienceKind, LectureKind, SessionKind } from '@/shared/mentoring/vocabulary';
import { addDays, beijingDay, inBeijing } from '@/shared/time/beijing';
import { fieldErrors, type FieldErrors } from '@/shared/validation/field-errors';

/** An instant as picked: a Beijing day and a wall-clock time. */
export interface PickedTime {
  day: string;
  time: string;
}

export interface SessionDraft {
  kind: SessionKind | null;
  lectureKind: LectureKind | null;
  title: string;
  startsAt: PickedTime;
  endsAt: PickedTime;
  place: string;
  link: string;
  capacity: string;
  audience: AudienceKind | null;
  orgId: string | null;
}

export function defaultSessionDraft(now: Date): SessionDraft {
  const tomorrow = addDays(beijingDay(now), 1);
  return {
    kind: null,
    lectureKind: null,
    title: '',
    startsAt: { day: tomorrow, time: '14:00' },
    endsAt: { day: tomorrow, time: '16:00' },
    place: '',
    link: '',
    capacity: '30',
    audience: null,
    orgId: null,
  };
}

const picked = (instant: string): PickedTime => {
  const t = inBeijing(instant);
  return { day: t.format('YYYY-MM-DD'), time: t.format('HH:mm') };
};

export function draftOfSession(session: SessionView): SessionDraft {
  return {
    kind: session.kind,
    lectureKind: session.lectureKind,
    title: session.title,
    startsAt: picked(session.startsAt),
    endsAt: picked(session.endsAt),
    place: session.place ?? '',
    link: session.link ?? '',
    capacity: String(session.capacity),
    audience: session.audience.kind,
    orgId: session.audience.org?.id ?? null,
  };
}

const instantOf = ({ day, time }: PickedTime) => (day && time ? `${day}T${time}:00+08:00` : '');

/** Whether the draft is an online lecture (进网络): a link instead of a place. */
export const isOnline = (draft: Pick<SessionDraft, 'kind' | 'lectureKind'>) =>
  draft.kind === 'lecture' && draft.lectureKind === 'online';

/**
 * The session as the function takes it. What the chosen kind does not use is sent as null (a 六进 kind left from
 * before switching to 带徒活动, a place typed before picking 进网络), so a switch never leaves a hidden error;
 * unpicked choices stay null and an empty number stays out, so the schema asks for them in its words.
 */
export function sessionOf(draft: SessionDraft): SessionFields {
  const online = isOnline(draft);
  const capacity = draft.capacity.trim();
  return {
    kind: draft.kind as SessionKind,
    lectureKind: draft.kind === 'lecture' ? draft.lectureKind : null,
    title: draft.title,
    startsAt: instantOf(draft.startsAt),
    endsAt: instantOf(draft.endsAt),
    place: online ? null : draft.place,
    link: online ? draft.link : null,
    capacity: (capacity === '' ? undefined : Number(capacity)) as number,
    audience: {
      kind: draft.audience as AudienceKind,
      orgId: draft.audience === 'org' ? draft.orgId : null,
    },
  };
}

/** Every field's first problem, by the paths the form shows them at (`endsAt`, `audience.orgId`). */
export const sessionErrors = (draft: SessionDraft): FieldErrors => fieldErrors(sessionFieldsSchema, sessionOf(draft));
