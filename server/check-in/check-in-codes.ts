// Check-in by a rotating code: the module contests (issue 14), mentoring sessions and lectures (issue 15) share.
//
// Why rotate: a fixed QR code on the wall can be photographed and forwarded, and a friend at home "checks in" by
// proxy. A code that changes every period (10 s at a venue) and is refused once it is more than one period old makes
// the forwarded photo useless before it arrives — as ticketing products do with codes that change every few seconds.
//
// Why a MAC: the code must be something only the server can make. It is HMAC-SHA256 over the use, the subject's kind
// and id and the period (src/shared/check-in/codes.ts: `checkInMacInput`), keyed with a secret only the functions
// hold (JX_CHECKIN_SECRET), truncated to 96 bits. Knowing the contest id and the clock — everything else in the
// token — is not enough to make a valid token; comparing in constant time leaks nothing about how close a guess is.
// Nothing is stored per code: any function instance issues and verifies from the time and the secret alone.
//
// Why one period of grace: a code changes on screen while a phone is still focusing or sending; refusing it would
// refuse the people standing in front of the screen. The current period's code and the previous one are accepted,
// so a code lives between one and two periods (10–20 s) and never longer.
//
// The short code (6 digits, for online lectures) is the same idea with a longer period (its kind's
// `shortCodePeriodMs`, 60 s) because it is read off a late video stream and typed by hand. Six digits can be
// guessed one in a million per try: whoever takes short codes must limit tries per person (server/kit/quotas.ts).
//
// The caller checks everything else — that the caller may check in to this subject, that it is the day, that they
// have not checked in already — and records the check-in; this module only answers whether the code is genuine and
// fresh, throwing an AppError naming the input field otherwise.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  checkInKinds,
  checkInMacInput,
  formatCheckInToken,
  freshness,
  MAC_BYTES,
  normaliseShortCode,
  parseCheckInToken,
  periodEnd,
  periodOf,
  sameSubject,
  shortCodeFromMac,
  type CheckInSubject,
} from '../../src/shared/check-in/codes';
import { AppError } from '../kit/app-error';

export type { CheckInKind, CheckInSubject } from '../../src/shared/check-in/codes';

export const CHECK_IN_INVALID = '二维码无效';
export const CHECK_IN_EXPIRED = '二维码已过期，请扫描现场最新的二维码';
export const CHECK_IN_OTHER_SUBJECT = '这不是本场的签到二维码';
export const SHORT_CODE_INVALID = '签到码不对，请核对后重新输入';
export const SHORT_CODE_EXPIRED = '签到码已过期，请输入最新的签到码';

const MIN_SECRET_BYTES = 32;

function secret(): Buffer {
  const text = process.env.JX_CHECKIN_SECRET;
  const bytes = text ? Buffer.from(text, 'base64') : Buffer.alloc(0);
  if (bytes.length < MIN_SECRET_BYTES) {
    // Refusing is the only safe answer: with an empty or short key anyone could compute the codes.
    throw new Error(
      'JX_CHECKIN_SECRET is missing or shorter than 32 bytes of base64; check-in codes cannot be signed',
    );
  }
  return bytes;
}

/** A new secret for JX_CHECKIN_SECRET: 32 random bytes in base64. */
export function generateCheckInSecret(): string {
  return randomBytes(32).toString('base64');
}

function mac(use: 'qr' | 'short', subject: CheckInSubject, period: number): Buffer {
  return createHmac('sha256', secret())
    .update(checkInMacInput(use, subject, period), 'utf8')
    .digest();
}

function qrMac(subject: CheckInSubject, period: number): string {
  return mac('qr', subject, period).subarray(0, MAC_BYTES).toString('base64url');
}

function shortCode(subject: CheckInSubject, period: number): string {
  return shortCodeFromMac(mac('short', subject, period));
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

export interface IssuedCheckInCode {
  /** What the venue QR code carries. */
  token: string;
  /** The token's period (`periodOf(now, qrPeriodMs)`). */
  period: number;
  /** When the screen shows the next token (the period's end, ISO); the token is accepted one period longer. */
  validUntil: string;
  /** Six digits for a kind checked in online (a lecture), else null. */
  shortCode: string | null;
  /** When the short code is replaced (its own, longer period's end, ISO), or null. */
  shortCodeValidUntil: string | null;
}

/** The code to show for `subject` at `now`. */
export function issueCheckInCode(subject: CheckInSubject, now: Date): IssuedCheckInCode {
  const { qrPeriodMs, shortCodePeriodMs } = checkInKinds[subject.kind];
  const period = periodOf(now, qrPeriodMs);
  // formatCheckInToken refuses an id that could not be read back (a programming error, not a user's).
  const token = formatCheckInToken(subject, period, qrMac(subject, period));
  const validUntil = periodEnd(period, qrPeriodMs).toISOString();
  if (shortCodePeriodMs === null) return { token, period, validUntil, shortCode: null, shortCodeValidUntil: null };
  const shortPeriod = periodOf(now, shortCodePeriodMs);
  return {
    token,
    period,
    validUntil,
    shortCode: shortCode(subject, shortPeriod),
    shortCodeValidUntil: periodEnd(shortPeriod, shortCodePeriodMs).toISOString(),
  };
}

/**
 * Checks a scanned token for `subject` at `now`; answers its period, or throws an AppError (INVALID_INPUT) on
 * `field`: not a token of ours, another subject's, a MAC that is not ours, or too old (or from the future).
 */
export function verifyCheckInCode(
  subject: CheckInSubject,
  token: unknown,
  now: Date,
  field = 'token',
): { period: number } {
  const parsed = parseCheckInToken(typeof token === 'string' ? token.trim() : token);
  if (!parsed) throw new AppError('INVALID_INPUT', CHECK_IN_INVALID, field);
  if (!sameSubject(subject, parsed)) {
    // Only a genuine token of another subject says so; a forged one is just invalid.
    const genuine = sameText(parsed.mac, qrMac({ kind: parsed.kind, id: parsed.id }, parsed.period));
    throw new AppError('INVALID_INPUT', genuine ? CHECK_IN_OTHER_SUBJECT : CHECK_IN_INVALID, field);
  }
  if (!sameText(parsed.mac, qrMac(subject, parsed.period)))
    throw new AppError('INVALID_INPUT', CHECK_IN_INVALID, field);
  const verdict = freshness(parsed.period, now, checkInKinds[subject.kind].qrPeriodMs);
  if (verdict === 'stale') throw new AppError('INVALID_INPUT', CHECK_IN_EXPIRED, field);
  if (verdict === 'future') throw new AppError('INVALID_INPUT', CHECK_IN_INVALID, field);
  return { period: parsed.period };
}

/**
 * Checks a typed short code for `subject` at `now`: it must be the code of the current short-code period or the one
 * before (the same grace as the QR code). Answers the period it matched, or throws an AppError on `field`. A kind
 * without short codes (checked in on site only) refuses every code.
 */
export function verifyShortCode(
  subject: CheckInSubject,
  code: unknown,
  now: Date,
  field = 'code',
): { period: number } {
  const periodMs = checkInKinds[subject.kind].shortCodePeriodMs;
  const digits = normaliseShortCode(code);
  if (periodMs === null || digits === null) throw new AppError('INVALID_INPUT', SHORT_CODE_INVALID, field);
  const current = periodOf(now, periodMs);
  if (sameText(digits, shortCode(subject, current))) return { period: current };
  if (sameText(digits, shortCode(subject, current - 1))) return { period: current - 1 };
  // Two periods back: the code was right once, so say it is old rather than wrong.
  if (sameText(digits, shortCode(subject, current - 2)))
    throw new AppError('INVALID_INPUT', SHORT_CODE_EXPIRED, field);
  throw new AppError('INVALID_INPUT', SHORT_CODE_INVALID, field);
}
