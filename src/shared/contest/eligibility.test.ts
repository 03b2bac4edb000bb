import fc from 'fast-check';
import {
  ageOn,
  birthDateFromIdNumber,
  checkEligibility,
  eligibilitySchema,
  type EligibilityFacts,
} from './eligibility';

/** A valid resident ID number born on `birth` (GB 11643 check character computed here, independently). */
function idBornOn(birth: string): string {
  const body = `330106${birth.replace(/-/g, '')}123`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((total, weight, i) => total + weight * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11];
}

const worker: EligibilityFacts = {
  birthDate: '1990-06-15',
  trade: 'cnc_lathe_operator',
  orgPath: ['city', 'east', 'jinggong'],
  frontlineConfirmed: true,
  honours: [],
};
const rules = (input: object = {}) => eligibilitySchema.parse(input);
const DAY = '2026-12-20';

describe('birth date from an ID number', () => {
  it('reads digits 7–14 of a valid number', () => {
    expect(birthDateFromIdNumber(idBornOn('1990-06-15'))).toBe('1990-06-15');
    expect(birthDateFromIdNumber(idBornOn('2000-02-29'))).toBe('2000-02-29');
  });

  it('gives nothing for a wrong check character, an impossible date or a short number', () => {
    const valid = idBornOn('1990-06-15');
    const wrong = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
    expect(birthDateFromIdNumber(wrong)).toBeNull();
    expect(birthDateFromIdNumber(idBornOn('1990-02-30'))).toBeNull();
    expect(birthDateFromIdNumber(idBornOn('1990-06-15').slice(0, 17))).toBeNull();
  });

  it('round-trips every date from 1900 to 2099', () => {
    const day = fc.date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2099-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(day, (date) => {
        const birth = date.toISOString().slice(0, 10);
        return birthDateFromIdNumber(idBornOn(birth)) === birth;
      }),
    );
  });
});

describe('age on the contest day', () => {
  it.each([
    ['1990-06-15', '2026-06-14', 35], // the day before the birthday
    ['1990-06-15', '2026-06-15', 36], // on the birthday
    ['1990-06-15', '2026-12-31', 36],
    ['1990-12-31', '2027-01-01', 36],
    ['2000-02-29', '2026-02-28', 25], // 29 February: not yet in a common year's 28 February
    ['2000-02-29', '2026-03-01', 26], // … reached on 1 March
    ['2000-02-29', '2028-02-29', 28], // and on the day itself in a leap year
    ['2000-02-29', '2028-02-28', 27],
  ])('born %s, on %s: %i', (birth, day, age) => expect(ageOn(birth, day)).toBe(age));

  it('grows by exactly one on each birthday and never otherwise', () => {
    const date = fc.date({
      min: new Date('1950-01-01T00:00:00Z'),
      max: new Date('2090-12-30T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(date, date, (birth, day) => {
        const b = birth.toISOString().slice(0, 10);
        const today = day.toISOString().slice(0, 10);
        const tomorrow = new Date(day.getTime() + 86_400_000).toISOString().slice(0, 10);
        const step = ageOn(b, tomorrow) - ageOn(b, today);
        const isBirthday =
          tomorrow.slice(5) === b.slice(5) ||
          (b.slice(5) === '02-29' && tomorrow.slice(5) === '03-01' && !today.endsWith('02-29'));
        return step === (isBirthday ? 1 : 0);
      }),
    );
  });
});

describe('the eligibility rules as data', () => {
  it('defaults to anyone', () => {
    expect(rules()).toEqual({ age: null, trades: [], orgIds: [], frontlineOnly: false, excludedHonours: [] });
    expect(checkEligibility(rules(), { ...worker, birthDate: null, trade: null, orgPath: [] }, null, DAY)).toEqual({
      ok: true,
    });
  });

  it.each([
    [{ age: { min: 15, max: 40 } }, ['age', 'min'], '最低年龄须为16到70之间的整数'],
    [{ age: { min: 18, max: 71 } }, ['age', 'max'], '最高年龄须为16到70之间的整数'],
    [{ age: { min: 18.5, max: 40 } }, ['age', 'min'], '最低年龄须为16到70之间的整数'],
    [{ age: { min: 41, max: 40 } }, ['age', 'max'], '最低年龄不能大于最高年龄'],
    [{ trades: ['astronaut'] }, ['trades', 0], '请选择工种'],
    [{ excludedHonours: [{ code: 'nobel', sameTrade: false }] }, ['excludedHonours', 0, 'code'], '请选择荣誉'],
    [
      { excludedHonours: [{ code: 'china_skill_award', sameTrade: true }] },
      ['excludedHonours', 0, 'sameTrade'],
      '这项荣誉不分工种，不能只限同工种',
    ],
    [
      {
        excludedHonours: [
          { code: 'city_skill_expert', sameTrade: true },
          { code: 'city_skill_expert', sameTrade: false },
        ],
      },
      ['excludedHonours'],
      '同一项荣誉只能列一次',
    ],
  ])('refuses %j naming the field', (input, path, message) => {
    const result = eligibilitySchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toContainEqual(expect.objectContaining({ path, message }));
  });

  it('accepts the bounds 16 and 70 and an equal min and max', () => {
    expect(eligibilitySchema.safeParse({ age: { min: 16, max: 70 } }).success).toBe(true);
    expect(eligibilitySchema.safeParse({ age: { min: 30, max: 30 } }).success).toBe(true);
  });

  it('refuses unknown keys (a misspelt rule never silently means "anyone")', () => {
    expect(eligibilitySchema.safeParse({ frontline: true }).success).toBe(false);
  });
});

describe('checking a worker against the rules', () => {
  const aged = rules({ age: { min: 18, max: 55 } });

  it('passes a worker inside the age range, on both bounds', () => {
    expect(checkEligibility(aged, { ...worker, birthDate: '2008-12-20' }, null, DAY)).toEqual({ ok: true }); // 18 today
    expect(checkEligibility(aged, { ...worker, birthDate: '1970-12-21' }, null, DAY)).toEqual({ ok: true }); // 55
  });

  it('refuses one day too young and one day too old, naming the range', () => {
    const young = checkEligibility(aged, { ...worker, birthDate: '2008-12-21' }, null, DAY);
    expect(young).toEqual({ ok: false, rule: 'age', message: '年龄须在 18–55 岁之间（比赛当天）' });
    const old = checkEligibility(aged, { ...worker, birthDate: '1970-12-20' }, null, DAY); // 56 today
    expect(old).toMatchObject({ ok: false, rule: 'age' });
  });

  it('asks for the ID number when the age matters and there is none', () => {
    expect(checkEligibility(aged, { ...worker, birthDate: null }, null, DAY)).toEqual({
      ok: false,
      rule: 'age',
      message: '年龄须在 18–55 岁之间：需先在「我的」补充身份证号',
      field: 'idNumber',
    });
  });

  it('counts a 29 February birthday on 1 March in a common year', () => {
    const from18 = rules({ age: { min: 18, max: 40 } });
    const leapling = { ...worker, birthDate: '2008-02-29' };
    expect(checkEligibility(from18, leapling, null, '2026-02-28')).toMatchObject({ ok: false, rule: 'age' });
    expect(checkEligibility(from18, leapling, null, '2026-03-01')).toEqual({ ok: true });
  });

  it('agrees with the age for every birth date and range', () => {
    const date = fc.date({
      min: new Date('1940-01-01T00:00:00Z'),
      max: new Date('2015-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(date, fc.integer({ min: 16, max: 70 }), fc.integer({ min: 0, max: 54 }), (birth, min, span) => {
        const max = Math.min(70, min + span);
        const birthDate = birth.toISOString().slice(0, 10);
        const age = ageOn(birthDate, DAY);
        const result = checkEligibility(rules({ age: { min, max } }), { ...worker, birthDate }, null, DAY);
        return result.ok === (age >= min && age <= max);
      }),
    );
  });

  it('limits trades, listing them; an empty list is any trade', () => {
    const welders = rules({ trades: ['welder', 'electrician'] });
    expect(checkEligibility(welders, worker, 'welder', DAY)).toEqual({
      ok: false,
      rule: 'trade',
      message: '仅限以下工种：焊工、电工',
      field: 'trade',
    });
    expect(checkEligibility(welders, { ...worker, trade: 'electrician' }, 'welder', DAY)).toEqual({ ok: true });
    expect(checkEligibility(welders, { ...worker, trade: null }, 'welder', DAY)).toMatchObject({ rule: 'trade' });
  });

  it('limits organisations to their subtree, naming them where names are given', () => {
    const east = rules({ orgIds: ['east'] });
    expect(checkEligibility(east, worker, null, DAY)).toEqual({ ok: true }); // an enterprise under 东城区
    expect(checkEligibility(rules({ orgIds: ['jinggong'] }), worker, null, DAY)).toEqual({ ok: true }); // itself
    const west = rules({ orgIds: ['west'] });
    expect(checkEligibility(west, worker, null, DAY)).toEqual({
      ok: false,
      rule: 'org',
      message: '仅限指定单位的职工',
    });
    expect(checkEligibility(west, worker, null, DAY, { west: '西湖区总工会' })).toEqual({
      ok: false,
      rule: 'org',
      message: '仅限西湖区总工会的职工',
    });
    expect(checkEligibility(east, { ...worker, orgPath: [] }, null, DAY)).toMatchObject({ rule: 'org' });
  });

  it('lets only confirmed front-line workers into a front-line contest', () => {
    const frontline = rules({ frontlineOnly: true });
    expect(checkEligibility(frontline, worker, null, DAY)).toEqual({ ok: true });
    expect(checkEligibility(frontline, { ...worker, frontlineConfirmed: false }, null, DAY)).toEqual({
      ok: false,
      rule: 'frontline',
      message: '仅限一线职工（须经所在单位工会确认）',
    });
    expect(checkEligibility(rules(), { ...worker, frontlineConfirmed: false }, null, DAY)).toEqual({ ok: true });
  });

  describe('excluding honours', () => {
    const sameTrade = rules({ excludedHonours: [{ code: 'city_skill_expert', sameTrade: true }] });
    const anyTrade = rules({ excludedHonours: [{ code: 'national_skill_expert', sameTrade: false }] });
    const cityExpert = (trade: 'welder' | 'cnc_lathe_operator') => ({
      ...worker,
      honours: [{ code: 'city_skill_expert' as const, trade }],
    });

    it('refuses a 市技术能手 in the contest trade', () => {
      expect(checkEligibility(sameTrade, cityExpert('cnc_lathe_operator'), 'cnc_lathe_operator', DAY)).toEqual({
        ok: false,
        rule: 'honour',
        message: '已获同工种市技术能手，不能以选手身份参赛',
      });
    });

    it('lets a 市技术能手 of another trade enter, and any in a contest without a trade', () => {
      expect(checkEligibility(sameTrade, cityExpert('welder'), 'cnc_lathe_operator', DAY)).toEqual({ ok: true });
      expect(checkEligibility(sameTrade, cityExpert('welder'), null, DAY)).toEqual({ ok: true });
    });

    it('refuses an honour excluded in every trade whatever its trade', () => {
      const national = { ...worker, honours: [{ code: 'national_skill_expert' as const, trade: 'welder' as const }] };
      expect(checkEligibility(anyTrade, national, 'cnc_lathe_operator', DAY)).toEqual({
        ok: false,
        rule: 'honour',
        message: '已获全国技术能手，不能以选手身份参赛',
      });
    });

    it('ignores honours the contest does not exclude', () => {
      expect(checkEligibility(anyTrade, cityExpert('cnc_lathe_operator'), 'cnc_lathe_operator', DAY)).toEqual({
        ok: true,
      });
      const modelWorker = { ...worker, honours: [{ code: 'city_model_worker' as const, trade: null }] };
      expect(checkEligibility(sameTrade, modelWorker, 'cnc_lathe_operator', DAY)).toEqual({ ok: true });
    });
  });

  it('names the first failing rule in a fixed order: age, trade, organisation, front line, honours', () => {
    const all = rules({
      age: { min: 18, max: 20 },
      trades: ['welder'],
      orgIds: ['west'],
      frontlineOnly: true,
      excludedHonours: [{ code: 'china_skill_award', sameTrade: false }],
    });
    const failing: EligibilityFacts = {
      birthDate: '1990-01-01',
      trade: 'electrician',
      orgPath: ['city'],
      frontlineConfirmed: false,
      honours: [{ code: 'china_skill_award', trade: null }],
    };
    const rulesSeen = [];
    let facts = failing;
    for (const fix of [
      { birthDate: '2006-01-01' },
      { trade: 'welder' as const },
      { orgPath: ['city', 'west'] },
      { frontlineConfirmed: true },
      { honours: [] },
    ]) {
      const result = checkEligibility(all, facts, 'welder', DAY);
      rulesSeen.push(result.ok ? 'ok' : result.rule);
      facts = { ...facts, ...fix };
    }
    expect(rulesSeen).toEqual(['age', 'trade', 'org', 'frontline', 'honour']);
    expect(checkEligibility(all, facts, 'welder', DAY)).toEqual({ ok: true });
  });
});
