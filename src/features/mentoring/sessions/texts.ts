// How the session pages word a session and the caller's sign-up: one place, so the 活动 card, the list, the detail,
// the master's lists and 首页 say the same thing the same way. Times are Beijing time whatever the phone's zone.
import type { MySignup, SessionView } from '@/shared/contracts/mentoring/session-views';
import {
  audienceKindLabels,
  lectureKindLabels,
  sessionKindLabels,
  sessionTextLabels,
} from '@/shared/mentoring/vocabulary';
import { formatDateTime, inBeijing } from '@/shared/time/beijing';

type Kinded = Pick<SessionView, 'kind' | 'lectureKind'>;

/** 带徒活动, or 宣讲 · 进车间: what kind of session, with a lecture's 六进. */
export function kindText(session: Kinded): string {
  if (session.kind === 'lecture' && session.lectureKind) return `宣讲 · ${lectureKindLabels[session.lectureKind]}`;
  return sessionKindLabels.mentoring;
}

/** `12月2日 周三 14:00–17:00`, or with the end's own day when it ends on another (a session may cross midnight). */
export function timeText(session: Pick<SessionView, 'startsAt' | 'endsAt'>): string {
  const start = inBeijing(session.startsAt);
  const end = inBeijing(session.endsAt);
  const endText =
    start.format('YYYY-MM-DD') === end.format('YYYY-MM-DD') ? end.format('HH:mm') : formatDateTime(session.endsAt);
  return `${formatDateTime(session.startsAt)}–${endText}`;
}

/** Where: the place, or 线上 for 进网络 (its link is shown to those signed up, on the detail page). */
export const placeText = (session: Pick<SessionView, 'place' | 'link'>) => session.place ?? '线上（网络直播）';

/** 已报 12/40 · 候补 3: places taken of the capacity, and the waitlist when there is one. */
export function placesText(session: Pick<SessionView, 'taken' | 'capacity' | 'waiting'>): string {
  const taken = `已报 ${session.taken}/${session.capacity}`;
  return session.waiting > 0 ? `${taken} · 候补 ${session.waiting}` : taken;
}

export function audienceText(session: Pick<SessionView, 'audience' | 'masterName'>): string {
  const { audience } = session;
  if (audience.kind === 'org' && audience.org) return `${audience.org.name}职工`;
  if (audience.kind === 'apprentices') return `${session.masterName}师傅的徒弟`;
  return audienceKindLabels[audience.kind];
}

const HOW: Record<NonNullable<MySignup['checkedIn']>['how'], string> = {
  scan: '扫码签到',
  code: '签到码签到',
  manual: '师傅代为签到',
};

/** 已签到 12月2日 周三 14:05（扫码签到） */
export const checkedInText = (checkedIn: NonNullable<MySignup['checkedIn']>) =>
  `已签到 ${formatDateTime(checkedIn.at)}（${HOW[checkedIn.how]}）`;

/** The caller's state in a word or two: 已报名, 候补第2位, 已签到, 已取消 — or null when they have not signed up. */
export function mineText(mine: MySignup | null): string | null {
  if (!mine) return null;
  if (mine.checkedIn) return '已签到';
  if (mine.state === 'waitlisted') return `候补第${mine.position}位`;
  if (mine.state === 'confirmed') return '已报名';
  return mine.state === 'withdrawn' ? '已取消报名' : '活动已取消';
}

export function mineTagClass(mine: MySignup | null): string {
  if (mine?.checkedIn || mine?.state === 'confirmed') return 'jx-tag jx-tag--success';
  if (mine?.state === 'dropped') return 'jx-tag jx-tag--alert';
  return 'jx-tag';
}

/** Whether a sign-up still holds a place or a waitlist position. */
export const liveSignup = (mine: MySignup | null) => mine?.state === 'confirmed' || mine?.state === 'waitlisted';

/**
 * What the master reads about a held or refused title or place: others read a stand-in until staff pass it; a refused
 * one says why and asks for a rewrite (an unchanged text keeps its refusal).
 */
export function heldTextLine(held: SessionView['heldTexts'][number]): string {
  const what = sessionTextLabels[held.field];
  return held.refused === null
    ? `${what}审核中：通过前，其他人看不到原文`
    : `${what}未通过审核（${held.refused}），请修改活动后重新保存`;
}
