// The session rules the page and the function share: sign-up until the start, check-in half an hour either side,
// the Beijing month a session counts in, and the contract's place-or-link rule.
import { sessionFieldsSchema } from '../contracts/mentoring';
import { beijingMonth, checkInPhase, signUpOpen, sessionOver } from './sessions';

const times = { startsAt: '2026-03-31T23:30:00+08:00', endsAt: '2026-04-01T01:00:00+08:00' };
const at = (text: string) => new Date(text);

it('opens sign-up until the start and check-in from half an hour before to half an hour after', () => {
  expect(signUpOpen(times, at('2026-03-31T23:29:59+08:00'))).toBe(true);
  expect(signUpOpen(times, at('2026-03-31T23:30:00+08:00'))).toBe(false);
  expect(checkInPhase(times, at('2026-03-31T22:59:59+08:00'))).toBe('early');
  expect(checkInPhase(times, at('2026-03-31T23:00:00+08:00'))).toBe('open');
  expect(checkInPhase(times, at('2026-04-01T01:30:00+08:00'))).toBe('open');
  expect(checkInPhase(times, at('2026-04-01T01:30:01+08:00'))).toBe('over');
  expect(sessionOver(times, at('2026-04-01T00:59:59+08:00'))).toBe(false);
  expect(sessionOver(times, at('2026-04-01T01:00:00+08:00'))).toBe(true);
});

it('counts a session in the Beijing month of its start, whatever the zone it is written in', () => {
  expect(beijingMonth(times.startsAt)).toBe('2026-03');
  expect(beijingMonth('2026-03-31T16:30:00Z')).toBe('2026-04');
});

it('asks an online lecture for a link and no place, every other session for a place and no link', () => {
  const base = {
    kind: 'lecture',
    lectureKind: 'online',
    title: '线上宣讲',
    ...times,
    place: null,
    link: 'https://live.example.cn/x',
    capacity: 10,
    audience: { kind: 'everyone', orgId: null },
  };
  expect(sessionFieldsSchema.safeParse(base).success).toBe(true);
  const paths = (value: unknown) =>
    (sessionFieldsSchema.safeParse(value).error?.issues ?? []).map((issue) => issue.path.join('.'));
  expect(paths({ ...base, link: null, place: '礼堂' })).toEqual(['link', 'place']);
  expect(paths({ ...base, lectureKind: 'village' })).toEqual(['place', 'link']);
  expect(paths({ ...base, lectureKind: 'village', place: '村委会', link: null })).toEqual([]);
  expect(paths({ ...base, audience: { kind: 'everyone', orgId: 'org-city' } })).toEqual(['audience.orgId']);
  expect(paths({ ...base, endsAt: '2026-04-01T12:00:00+08:00' })).toEqual(['endsAt']);
});
