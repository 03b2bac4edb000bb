import fc from 'fast-check';
import {
  checkInKinds,
  checkInMacInput,
  CHECK_IN_PERIOD_MS,
  formatCheckInToken,
  freshness,
  MAX_CLOCK_SKEW_MS,
  MAX_TOKEN_LENGTH,
  normaliseShortCode,
  parseCheckInToken,
  periodEnd,
  periodOf,
  periodStart,
  sameSubject,
  shortCodeFromMac,
  type CheckInKind,
} from './codes';
import { checkInShortCodeSchema, checkInTokenSchema } from './schemas';

const MAC = 'AbCdEfGhIjKlMn_-';
const contest = { kind: 'contest' as const, id: 'ct-0123456789abcdef01234567' };
const kinds = Object.keys(checkInKinds) as CheckInKind[];
const idArb = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);
const macArb = fc.stringMatching(/^[A-Za-z0-9_-]{16}$/);
const periodArb = fc.integer({ min: 0, max: 2 ** 40 });

describe('periods', () => {
  it('are 10 s for a venue QR code, and longer for a short code read off a stream', () => {
    expect(CHECK_IN_PERIOD_MS).toBe(10_000);
    for (const kind of kinds) expect(checkInKinds[kind].qrPeriodMs).toBe(CHECK_IN_PERIOD_MS);
    expect(checkInKinds.lecture.shortCodePeriodMs).toBe(60_000);
    expect(checkInKinds.contest.shortCodePeriodMs).toBeNull();
  });

  it('cut time into consecutive periods, each containing its own start and not its end', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4e12 }), fc.constantFrom(10_000, 60_000), (ms, periodMs) => {
        const period = periodOf(new Date(ms), periodMs);
        expect(periodStart(period, periodMs).getTime()).toBeLessThanOrEqual(ms);
        expect(periodEnd(period, periodMs).getTime()).toBeGreaterThan(ms);
        expect(periodEnd(period, periodMs).getTime() - periodStart(period, periodMs).getTime()).toBe(periodMs);
        expect(periodOf(periodEnd(period, periodMs), periodMs)).toBe(period + 1);
      }),
    );
  });
});

describe('freshness', () => {
  const now = new Date('2026-12-02T02:30:05.000Z');
  const current = periodOf(now);

  it('accepts the current period and the one before, refuses two before', () => {
    expect(freshness(current, now)).toBe('fresh');
    expect(freshness(current - 1, now)).toBe('fresh');
    expect(freshness(current - 2, now)).toBe('stale');
    expect(freshness(0, now)).toBe('stale');
  });

  it('accepts the next period only within the clock skew of its start', () => {
    const justBefore = new Date(periodStart(current + 1).getTime() - MAX_CLOCK_SKEW_MS);
    expect(freshness(current + 1, justBefore)).toBe('fresh');
    expect(freshness(current + 1, new Date(justBefore.getTime() - 1))).toBe('future');
    expect(freshness(current + 2, now)).toBe('future');
  });

  it('holds for any instant: fresh exactly while the code is at most one period old', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1e12, max: 4e12 }), fc.integer({ min: -3, max: 3 }), (ms, delta) => {
        const at = new Date(ms);
        const period = periodOf(at) + delta;
        const verdict = freshness(period, at);
        if (delta === 0 || delta === -1) expect(verdict).toBe('fresh');
        if (delta <= -2) expect(verdict).toBe('stale');
        if (delta >= 2) expect(verdict).toBe('future');
        if (delta === 1) {
          const ahead = periodStart(period).getTime() - ms;
          expect(verdict).toBe(ahead <= MAX_CLOCK_SKEW_MS ? 'fresh' : 'future');
        }
      }),
    );
  });
});

describe('the token', () => {
  it('reads as jx1.<letter>.<id>.<period>.<mac> and is short enough for a QR code of version 4', () => {
    const token = formatCheckInToken(contest, 178_000_000, MAC);
    expect(token).toBe(`jx1.c.${contest.id}.178000000.${MAC}`);
    expect(token.length).toBeLessThanOrEqual(62); // version 4 at error correction M holds 62 bytes
  });

  it('round-trips for any kind, id, period and MAC', () => {
    fc.assert(
      fc.property(fc.constantFrom(...kinds), idArb, periodArb, macArb, (kind, id, period, mac) => {
        const token = formatCheckInToken({ kind, id }, period, mac);
        expect(token.length).toBeLessThanOrEqual(MAX_TOKEN_LENGTH);
        expect(parseCheckInToken(token)).toEqual({ kind, id, period, mac });
      }),
    );
  });

  it('gives every kind its own letter', () => {
    const letters = kinds.map((kind) => checkInKinds[kind].letter);
    expect(new Set(letters).size).toBe(letters.length);
  });

  it.each([
    ['another format', `jx2.c.${contest.id}.178000000.${MAC}`],
    ['an unknown kind', `jx1.x.${contest.id}.178000000.${MAC}`],
    ['a dotted id', `jx1.c.a.b.178000000.${MAC}`],
    ['an empty id', `jx1.c..178000000.${MAC}`],
    ['a negative period', `jx1.c.${contest.id}.-1.${MAC}`],
    ['a padded period', `jx1.c.${contest.id}.0178000000.${MAC}`],
    ['a fractional period', `jx1.c.${contest.id}.1.5.${MAC}`],
    ['a huge period', `jx1.c.${contest.id}.9999999999999999.${MAC}`],
    ['a short MAC', `jx1.c.${contest.id}.178000000.${MAC.slice(1)}`],
    ['a MAC with other characters', `jx1.c.${contest.id}.178000000.${MAC.slice(1)}=`],
    ['a long MAC', `jx1.c.${contest.id}.178000000.${MAC}A`],
    ['a MAC after another character', `jx1.c.${contest.id}.178000000.=${MAC}`],
    ['a part too many', `jx1.c.${contest.id}.178000000.${MAC}.x`],
    ['a URL', 'https://example.com/'],
    ['an empty text', ''],
    ['an overlong text', `jx1.c.${'a'.repeat(200)}.1.${MAC}`],
    ['a number', 12345],
    ['an object', { token: 'jx1' }],
  ])('is not read from %s', (_what, text) => {
    expect(parseCheckInToken(text)).toBeNull();
  });

  it('is built for the first period too', () => {
    expect(parseCheckInToken(formatCheckInToken(contest, 0, MAC))?.period).toBe(0);
  });

  it('is never built for an id it could not read back', () => {
    expect(() => formatCheckInToken({ kind: 'contest', id: 'a.b' }, 1, MAC)).toThrow(/token-safe/);
    expect(() => formatCheckInToken(contest, -1, MAC)).toThrow(/period/);
    expect(() => formatCheckInToken(contest, 1, 'short')).toThrow(/MAC/);
  });

  it('signs the use, the kind, the subject and the period, dot-separated', () => {
    expect(checkInMacInput('qr', contest, 5)).toBe(`jx1.qr.c.${contest.id}.5`);
  });

  it('tells subjects apart by kind and id', () => {
    expect(sameSubject(contest, { ...contest })).toBe(true);
    expect(sameSubject(contest, { kind: 'session', id: contest.id })).toBe(false);
    expect(sameSubject(contest, { kind: 'contest', id: 'ct-other' })).toBe(false);
  });

  it('signs different texts for different uses, kinds, subjects and periods', () => {
    const inputs = [
      checkInMacInput('qr', contest, 5),
      checkInMacInput('short', contest, 5),
      checkInMacInput('qr', { kind: 'session', id: contest.id }, 5),
      checkInMacInput('qr', { kind: 'contest', id: 'ct-other' }, 5),
      checkInMacInput('qr', contest, 6),
    ];
    expect(new Set(inputs).size).toBe(inputs.length);
  });
});

describe('the short code', () => {
  it('is six digits from any MAC', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 12, maxLength: 32 }), (mac) => {
        expect(shortCodeFromMac(mac)).toMatch(/^[0-9]{6}$/);
      }),
    );
  });

  it('follows RFC 4226 dynamic truncation', () => {
    // RFC 4226 §5.4's worked example: the HMAC-SHA-1 result and its code 872921.
    const mac = Uint8Array.from(Buffer.from('1f8698690e02ca16618550ef7f19da8e945b555a', 'hex'));
    expect(shortCodeFromMac(mac)).toBe('872921');
  });

  it('needs at least four bytes, taken from where the last byte points but never past the end', () => {
    expect(() => shortCodeFromMac(Uint8Array.from([1, 2, 3]))).toThrow(/4 bytes/);
    // Four bytes, the last pointing at offset 15: the only four there are, 0x7f0000ff → 2130706687 mod 10^6.
    expect(shortCodeFromMac(Uint8Array.from([0xff, 0x00, 0x00, 0xff]))).toBe('706687');
  });

  it('is read as typed, with spaces or a dash, and nothing else', () => {
    expect(normaliseShortCode('123456')).toBe('123456');
    expect(normaliseShortCode(' 123 456 ')).toBe('123456');
    expect(normaliseShortCode('123-456')).toBe('123456');
    expect(normaliseShortCode('12345')).toBeNull();
    expect(normaliseShortCode('1234567')).toBeNull();
    expect(normaliseShortCode('12345a')).toBeNull();
    expect(normaliseShortCode(123456)).toBeNull();
    expect(normaliseShortCode(`123456${' '.repeat(14)}`)).toBe('123456'); // 20 characters as typed
    expect(normaliseShortCode(`123456${' '.repeat(15)}`)).toBeNull();
  });
});

describe('input schemas', () => {
  it('word a missing or overlong token in Chinese', () => {
    expect(checkInTokenSchema.safeParse('').error?.issues[0]?.message).toBe('请扫描现场的签到二维码');
    expect(checkInTokenSchema.safeParse(undefined).error?.issues[0]?.message).toBe('请扫描现场的签到二维码');
    expect(checkInTokenSchema.safeParse('x'.repeat(121)).error?.issues[0]?.message).toBe('二维码无效');
    expect(checkInTokenSchema.parse(' jx1.c.a.1.b ')).toBe('jx1.c.a.1.b');
  });

  it('take six digits for a short code', () => {
    expect(checkInShortCodeSchema.safeParse('12a456').error?.issues[0]?.message).toBe('请输入6位签到码');
    expect(checkInShortCodeSchema.parse('123 456')).toBe('123 456');
  });
});
