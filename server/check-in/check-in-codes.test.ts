import { createHash, createHmac } from 'node:crypto';
import fc from 'fast-check';
import {
  checkInMacInput,
  formatCheckInToken,
  MAC_BYTES,
  periodOf,
  periodStart,
  shortCodeFromMac,
  type CheckInSubject,
} from '../../src/shared/check-in/codes';
import { issuedCheckInCodeSchema } from '../../src/shared/check-in/schemas';
import { AppError } from '../kit/app-error';
import {
  CHECK_IN_EXPIRED,
  CHECK_IN_INVALID,
  CHECK_IN_OTHER_SUBJECT,
  generateCheckInSecret,
  issueCheckInCode,
  SHORT_CODE_EXPIRED,
  SHORT_CODE_INVALID,
  verifyCheckInCode,
  verifyShortCode,
} from './check-in-codes';

const contest: CheckInSubject = { kind: 'contest', id: 'ct-0123456789abcdef01234567' };
const other: CheckInSubject = { kind: 'contest', id: 'ct-76543210fedcba9876543210' };
const lecture: CheckInSubject = { kind: 'lecture', id: 'lc-0123456789abcdef01234567' };
const t0 = new Date('2026-12-02T02:30:03.000Z');
const later = (at: Date, ms: number) => new Date(at.getTime() + ms);

const saved = process.env.JX_CHECKIN_SECRET;
const SECRET = generateCheckInSecret();
beforeEach(() => {
  process.env.JX_CHECKIN_SECRET = SECRET;
});
afterAll(() => {
  process.env.JX_CHECKIN_SECRET = saved;
});

/** The error a call throws, so a test can say which message and field it names. */
function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

function expectRefused(run: () => unknown, message: string, field = 'token') {
  const error = refusal(run);
  expect({ code: error.code, message: error.message, field: error.field }).toEqual({
    code: 'INVALID_INPUT',
    message,
    field,
  });
}

describe('issueCheckInCode', () => {
  it('issues a token of the current 10 s period, shown until the period ends', () => {
    const code = issueCheckInCode(contest, t0);
    expect(code.period).toBe(periodOf(t0));
    expect(code.validUntil).toBe('2026-12-02T02:30:10.000Z');
    expect(code.token).toMatch(new RegExp(`^jx1\\.c\\.${contest.id}\\.${code.period}\\.[A-Za-z0-9_-]{16}$`));
    expect(code.shortCode).toBeNull();
    expect(code.shortCodeValidUntil).toBeNull();
  });

  it('changes the token every period and keeps it within a period', () => {
    const a = issueCheckInCode(contest, t0).token;
    expect(issueCheckInCode(contest, later(t0, 6_999)).token).toBe(a);
    expect(issueCheckInCode(contest, later(t0, 7_000)).token).not.toBe(a);
  });

  it('answers what the shared output schema describes', () => {
    expect(issuedCheckInCodeSchema.parse(issueCheckInCode(contest, t0))).toEqual(issueCheckInCode(contest, t0));
    expect(issuedCheckInCodeSchema.parse(issueCheckInCode(lecture, t0))).toEqual(issueCheckInCode(lecture, t0));
  });

  it('gives a lecture a six-digit short code that lives a minute', () => {
    const code = issueCheckInCode(lecture, t0);
    expect(code.shortCode).toMatch(/^[0-9]{6}$/);
    expect(code.shortCodeValidUntil).toBe('2026-12-02T02:31:00.000Z');
    expect(issueCheckInCode(lecture, later(t0, 56_000)).shortCode).toBe(code.shortCode);
  });

  it('fails loudly without the secret, or with one too short to protect anything', () => {
    delete process.env.JX_CHECKIN_SECRET;
    expect(() => issueCheckInCode(contest, t0)).toThrow(/JX_CHECKIN_SECRET is missing/);
    process.env.JX_CHECKIN_SECRET = Buffer.alloc(16, 7).toString('base64');
    expect(() => issueCheckInCode(contest, t0)).toThrow(/JX_CHECKIN_SECRET/);
    expect(() => verifyCheckInCode(contest, `jx1.c.${contest.id}.1.AAAAAAAAAAAAAAAA`, t0)).toThrow(
      /JX_CHECKIN_SECRET/,
    );
  });
});

describe('the construction', () => {
  // Pinned, so a change to what is signed is a decision (codes on screen at a deploy would stop working).
  const key = () => Buffer.from(SECRET, 'base64');

  it('signs the QR token with HMAC-SHA256 under the secret over kind, subject and period, cut to 96 bits', () => {
    const { token, period } = issueCheckInCode(contest, t0);
    const digest = createHmac('sha256', key()).update(`jx1.qr.c.${contest.id}.${period}`, 'utf8').digest();
    expect(token.split('.')[4]).toBe(digest.subarray(0, MAC_BYTES).toString('base64url'));
  });

  it('derives the short code from a MAC over its own use, so a QR MAC never yields it', () => {
    const { shortCode } = issueCheckInCode(lecture, t0);
    const shortPeriod = periodOf(t0, 60_000);
    const mac = (use: string) =>
      createHmac('sha256', key()).update(`jx1.${use}.l.${lecture.id}.${shortPeriod}`, 'utf8').digest();
    expect(shortCode).toBe(shortCodeFromMac(mac('short')));
    expect(checkInMacInput('short', lecture, shortPeriod)).toBe(`jx1.short.l.${lecture.id}.${shortPeriod}`);
  });

  it('words every refusal in Chinese as the screens say it', () => {
    expect([
      CHECK_IN_INVALID,
      CHECK_IN_EXPIRED,
      CHECK_IN_OTHER_SUBJECT,
      SHORT_CODE_INVALID,
      SHORT_CODE_EXPIRED,
    ]).toEqual([
      '二维码无效',
      '二维码已过期，请扫描现场最新的二维码',
      '这不是本场的签到二维码',
      '签到码不对，请核对后重新输入',
      '签到码已过期，请输入最新的签到码',
    ]);
  });
});

describe('verifyCheckInCode', () => {
  it('takes a scan with the whitespace a scanner may add around it', () => {
    const { token, period } = issueCheckInCode(contest, t0);
    expect(verifyCheckInCode(contest, ` ${token}\n`, t0)).toEqual({ period });
  });

  it('accepts the current token, and a token one period old', () => {
    const { token, period } = issueCheckInCode(contest, t0);
    expect(verifyCheckInCode(contest, token, t0)).toEqual({ period });
    expect(verifyCheckInCode(contest, token, later(t0, 16_999))).toEqual({ period }); // 02:30:19.999, next period
  });

  it('refuses a token two periods old as expired', () => {
    const { token } = issueCheckInCode(contest, t0);
    expectRefused(() => verifyCheckInCode(contest, token, later(t0, 17_000)), CHECK_IN_EXPIRED);
    expectRefused(() => verifyCheckInCode(contest, token, later(t0, 3_600_000)), CHECK_IN_EXPIRED);
  });

  it('accepts a token issued by a clock a little ahead, and refuses one from further in the future', () => {
    const next = issueCheckInCode(contest, later(t0, 7_000)).token; // the period starting 02:30:10
    expect(verifyCheckInCode(contest, next, later(t0, 5_000))).toBeTruthy(); // 2 s before it starts
    expectRefused(() => verifyCheckInCode(contest, next, later(t0, 4_999)), CHECK_IN_INVALID);
  });

  it('refuses a token made from the contest id and the current period without the secret', () => {
    const period = periodOf(t0);
    const input = checkInMacInput('qr', contest, period);
    const forgeries = [
      // the MAC slot filled with what anyone can compute from the public parts
      createHash('sha256').update(input).digest(),
      createHmac('sha256', '').update(input).digest(),
      createHmac('sha256', Buffer.from(generateCheckInSecret(), 'base64')).update(input).digest(),
      createHmac('sha256', contest.id).update(input).digest(),
    ].map((digest) => formatCheckInToken(contest, period, digest.subarray(0, MAC_BYTES).toString('base64url')));
    for (const forged of forgeries) expectRefused(() => verifyCheckInCode(contest, forged, t0), CHECK_IN_INVALID);
  });

  it('refuses the same token signed with another secret', () => {
    const { token } = issueCheckInCode(contest, t0);
    process.env.JX_CHECKIN_SECRET = generateCheckInSecret();
    expectRefused(() => verifyCheckInCode(contest, token, t0), CHECK_IN_INVALID);
  });

  it("refuses another contest's genuine token, saying so", () => {
    const { token } = issueCheckInCode(other, t0);
    expectRefused(() => verifyCheckInCode(contest, token, t0), CHECK_IN_OTHER_SUBJECT);
  });

  it("refuses another kind's token for the same id", () => {
    const session = issueCheckInCode({ kind: 'session', id: contest.id }, t0).token;
    expectRefused(() => verifyCheckInCode(contest, session, t0), CHECK_IN_OTHER_SUBJECT);
  });

  it('refuses a token with any field tampered with', () => {
    const { token, period } = issueCheckInCode(contest, t0);
    const [prefix, letter, id, , mac] = token.split('.') as [string, string, string, string, string];
    const flip = (text: string, at: number) =>
      text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
    const tampered = [
      [prefix, letter, other.id, period, mac], // another subject, same MAC
      [prefix, 's', id, period, mac], // another kind
      [prefix, letter, id, period + 1, mac], // a later period, to stretch its life
      [prefix, letter, id, period - 1, mac],
      [prefix, letter, id, period, flip(mac, 0)],
      [prefix, letter, id, period, flip(mac, 15)],
    ].map((parts) => parts.join('.'));
    for (const text of tampered) expectRefused(() => verifyCheckInCode(contest, text, t0), CHECK_IN_INVALID);
  });

  it.each([
    ['an empty text', ''],
    ['another QR code', 'https://mp.weixin.qq.com/'],
    ['a number', 42],
    ['null', null],
    ['an object', { token: 'x' }],
    ['a truncated scan', 'jx1.c.ct-0123456789abcdef01234567.1'],
  ])('refuses %s as invalid, naming the field', (_what, input) => {
    expectRefused(() => verifyCheckInCode(contest, input, t0, 'checkIn.token'), CHECK_IN_INVALID, 'checkIn.token');
  });

  it('accepts exactly the issued token, for any subject and instant, while it is at most one period old', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
        fc.constantFrom('contest' as const, 'session' as const, 'lecture' as const),
        fc.integer({ min: 1.7e12, max: 2.5e12 }),
        fc.integer({ min: 0, max: 40_000 }),
        (id, kind, issuedMs, afterMs) => {
          const subject = { kind, id };
          const issuedAt = new Date(issuedMs);
          const { token, period } = issueCheckInCode(subject, issuedAt);
          const at = later(issuedAt, afterMs);
          const age = periodOf(at) - period;
          if (age <= 1) expect(verifyCheckInCode(subject, token, at)).toEqual({ period });
          else expect(() => verifyCheckInCode(subject, token, at)).toThrow(CHECK_IN_EXPIRED);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('verifyShortCode', () => {
  const minute = new Date('2026-12-02T02:31:00.000Z');

  it('accepts the current code and the previous minute’s, typed with spaces', () => {
    const code = issueCheckInCode(lecture, later(minute, 5_000)).shortCode!;
    expect(verifyShortCode(lecture, code, later(minute, 59_000))).toEqual({ period: periodOf(minute, 60_000) });
    expect(verifyShortCode(lecture, `${code.slice(0, 3)} ${code.slice(3)}`, later(minute, 119_999))).toEqual({
      period: periodOf(minute, 60_000),
    });
  });

  it('refuses it two minutes on as expired', () => {
    const code = issueCheckInCode(lecture, minute).shortCode!;
    expectRefused(() => verifyShortCode(lecture, code, later(minute, 120_000)), SHORT_CODE_EXPIRED, 'code');
  });

  it('refuses a wrong code, another lecture’s code, a code made with another secret, and a kind without codes', () => {
    const code = issueCheckInCode(lecture, minute).shortCode!;
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    expectRefused(() => verifyShortCode(lecture, wrong, minute), SHORT_CODE_INVALID, 'code');
    const another = issueCheckInCode({ kind: 'lecture', id: 'lc-other' }, minute).shortCode!;
    if (another !== code) expectRefused(() => verifyShortCode(lecture, another, minute), SHORT_CODE_INVALID, 'code');
    process.env.JX_CHECKIN_SECRET = generateCheckInSecret();
    const foreign = issueCheckInCode(lecture, minute).shortCode!;
    process.env.JX_CHECKIN_SECRET = SECRET;
    if (foreign !== code) expectRefused(() => verifyShortCode(lecture, foreign, minute), SHORT_CODE_INVALID, 'code');
    expectRefused(() => verifyShortCode(contest, '123456', minute), SHORT_CODE_INVALID, 'code');
    expectRefused(() => verifyShortCode(lecture, '12345', minute, 'input.code'), SHORT_CODE_INVALID, 'input.code');
  });

  it('differs from one period to the next (no code reused by the next minute)', () => {
    const codes = new Set(
      Array.from({ length: 30 }, (_, i) => issueCheckInCode(lecture, periodStart(1_000_000 + i, 60_000)).shortCode),
    );
    expect(codes.size).toBeGreaterThan(25);
  });
});
