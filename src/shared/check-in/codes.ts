// Rotating check-in codes: the pure rules both sides share (the server signs and verifies, the app shows and scans).
// Platform-free on purpose: no node crypto and no Taro here, so the MAC itself is computed in server/check-in/ and
// this module only says what is signed, how a token reads, and which periods are still accepted.
//
// A code belongs to one period of its subject kind: period n covers [n·periodMs, (n+1)·periodMs) of the epoch, so
// every function instance and every screen agrees on the period from the time alone, with nothing stored.

/**
 * What can be checked in to, and each kind's periods. The period is a parameter of the kind because how long a code
 * must live depends on how it travels:
 * - a QR code shown at the venue is read by a phone a metre away within a second or two, so 10 s is enough and keeps
 *   a photo forwarded to an absent friend useless almost at once (`qrPeriodMs`);
 * - an online lecture (进网络) reads its 6-digit short code aloud or shows it on a video stream that runs seconds
 *   late, and viewers type it by hand, so its code lives a minute (`shortCodePeriodMs`). Kinds checked in on site
 *   only have no short code (null): a code read out could be relayed to someone who is not there.
 */
export const checkInKinds = {
  /** A skills contest's contest day (issue 14), on site. */
  contest: { letter: 'c', qrPeriodMs: 10_000, shortCodePeriodMs: null },
  /** A master's mentoring session with their apprentices (issue 15), on site. */
  session: { letter: 's', qrPeriodMs: 10_000, shortCodePeriodMs: null },
  /** A model worker's lecture (宣讲, issue 15): on site by QR, or online (进网络) by short code. */
  lecture: { letter: 'l', qrPeriodMs: 10_000, shortCodePeriodMs: 60_000 },
} as const satisfies Record<string, { letter: string; qrPeriodMs: number; shortCodePeriodMs: number | null }>;

export type CheckInKind = keyof typeof checkInKinds;

/** The thing checked in to: its kind and its id (a record id: letters, digits, `-` and `_`). */
export interface CheckInSubject {
  kind: CheckInKind;
  id: string;
}

/** The period of a venue QR code: the "changes every 10 seconds". */
export const CHECK_IN_PERIOD_MS = 10_000;

/**
 * How far ahead of the verifier's clock a period may start and still be taken: two function instances' clocks
 * differ by a little, and a code issued by one a moment after its period began must not be refused by another.
 * Anything further ahead was not issued by us at all.
 */
export const MAX_CLOCK_SKEW_MS = 2_000;

/** The token format's version, first in every token: a new format gets a new prefix and the old one is refused. */
export const TOKEN_PREFIX = 'jx1';

/** Ids that can sit in a token unescaped (the separator is `.`). */
const SUBJECT_ID = /^[A-Za-z0-9_-]{1,64}$/;
const PERIOD = /^(0|[1-9][0-9]{0,14})$/;
/** The MAC's text: 12 bytes (96 bits, RFC 2104's "not less than 80") as base64url, 16 characters. */
export const MAC_BYTES = 12;
const MAC = /^[A-Za-z0-9_-]{16}$/;
/** Anything longer is not a token of ours, whatever it says; bounds the work a hostile payload costs. */
export const MAX_TOKEN_LENGTH = 120;

export const SHORT_CODE_DIGITS = 6;
const SHORT_CODE = /^[0-9]{6}$/;

export function isCheckInSubjectId(id: string): boolean {
  return SUBJECT_ID.test(id);
}

/** The period that `now` falls in. */
export function periodOf(now: Date, periodMs: number = CHECK_IN_PERIOD_MS): number {
  return Math.floor(now.getTime() / periodMs);
}

/** When `period` begins. */
export function periodStart(period: number, periodMs: number = CHECK_IN_PERIOD_MS): Date {
  return new Date(period * periodMs);
}

/** When `period` ends: the moment its code is replaced on screen (it is accepted one period longer). */
export function periodEnd(period: number, periodMs: number = CHECK_IN_PERIOD_MS): Date {
  return new Date((period + 1) * periodMs);
}

export type Freshness = 'fresh' | 'stale' | 'future';

/**
 * Whether a code of `period` is still accepted at `now`: the current period's and the one before it are (a code that
 * changed while the phone was focusing is one period old, and refusing it would refuse people standing in front of
 * the screen); two or more periods old is `stale` — a photo passed on — and a period starting more than
 * MAX_CLOCK_SKEW_MS after `now` is `future`: not issued yet by any honest clock.
 */
export function freshness(period: number, now: Date, periodMs: number = CHECK_IN_PERIOD_MS): Freshness {
  const current = periodOf(now, periodMs);
  if (period > current) {
    return periodStart(period, periodMs).getTime() - now.getTime() <= MAX_CLOCK_SKEW_MS ? 'fresh' : 'future';
  }
  return current - period <= 1 ? 'fresh' : 'stale';
}

/** A token read back, before its MAC is checked. */
export interface ParsedCheckInToken {
  kind: CheckInKind;
  id: string;
  period: number;
  mac: string;
}

function kindOfLetter(letter: string): CheckInKind | undefined {
  return (Object.keys(checkInKinds) as CheckInKind[]).find((kind) => checkInKinds[kind].letter === letter);
}

/** The text a QR code carries: `jx1.<kind letter>.<subject id>.<period>.<mac>`, about 60 characters (QR version 4). */
export function formatCheckInToken(subject: CheckInSubject, period: number, mac: string): string {
  if (!isCheckInSubjectId(subject.id)) throw new Error(`check-in subject id not token-safe: ${subject.id}`);
  if (!Number.isSafeInteger(period) || period < 0) throw new Error(`check-in period not a whole number: ${period}`);
  if (!MAC.test(mac)) throw new Error('check-in MAC must be 16 base64url characters');
  return [TOKEN_PREFIX, checkInKinds[subject.kind].letter, subject.id, String(period), mac].join('.');
}

/** Reads a scanned text as a token, or null when it is not one of ours (any other QR code, a truncated scan). */
export function parseCheckInToken(text: unknown): ParsedCheckInToken | null {
  if (typeof text !== 'string' || text.length > MAX_TOKEN_LENGTH) return null;
  const parts = text.split('.');
  if (parts.length !== 5) return null;
  const [prefix, letter, id, period, mac] = parts as [string, string, string, string, string];
  const kind = kindOfLetter(letter);
  if (prefix !== TOKEN_PREFIX || !kind || !SUBJECT_ID.test(id) || !PERIOD.test(period) || !MAC.test(mac)) return null;
  // At most 15 digits (PERIOD): always a safe integer.
  return { kind, id, period: Number(period), mac };
}

/**
 * What the MAC covers, for a QR token or a short code: the use, the kind, the subject and the period, with the
 * separator that cannot occur inside any of them, so no two different codes sign the same text.
 */
export function checkInMacInput(use: 'qr' | 'short', subject: CheckInSubject, period: number): string {
  return [TOKEN_PREFIX, use, checkInKinds[subject.kind].letter, subject.id, String(period)].join('.');
}

export function sameSubject(a: CheckInSubject, b: { kind: CheckInKind; id: string }): boolean {
  return a.kind === b.kind && a.id === b.id;
}

/** A short code as typed: spaces and dashes people add while reading it off a screen are dropped. */
export function normaliseShortCode(text: unknown): string | null {
  if (typeof text !== 'string' || text.length > 20) return null;
  const digits = text.replace(/[\s-]/g, '');
  return SHORT_CODE.test(digits) ? digits : null;
}

/**
 * Six digits from the first four bytes of a MAC (as HOTP, RFC 4226, does from its dynamic truncation): the top bit
 * dropped so the number is the same on every platform's integer arithmetic, then reduced to 10^6, zero-padded.
 */
export function shortCodeFromMac(mac: Uint8Array): string {
  if (mac.length < 4) throw new Error('a short code needs at least 4 bytes of MAC');
  const offset = mac[mac.length - 1]! & 0x0f;
  const at = Math.min(offset, mac.length - 4);
  const value = ((mac[at]! & 0x7f) << 24) | (mac[at + 1]! << 16) | (mac[at + 2]! << 8) | mac[at + 3]!;
  return String(value % 10 ** SHORT_CODE_DIGITS).padStart(SHORT_CODE_DIGITS, '0');
}
