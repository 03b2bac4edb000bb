import type { EligibilityFacts } from '../contest/eligibility';
import { NO_ELIGIBILITY_RULES } from '../contest/eligibility';
import { checkNominee, nominationLastDay } from './nominee-eligibility';

const worker: EligibilityFacts = {
  birthDate: '1971-03-01',
  trade: 'welder',
  orgPath: ['org-city', 'org-east', 'org-east-power'],
  frontlineConfirmed: true,
  honours: [],
};
// 资格审查 begins at Beijing midnight of 1 March 2026: nominations close on 28 February.
const REVIEW = '2026-02-28T16:00:00.000Z';

describe('nominationLastDay', () => {
  it('is the Beijing day before 资格审查 begins', () => {
    expect(nominationLastDay(REVIEW)).toBe('2026-02-28');
    expect(nominationLastDay('2026-03-01T06:34:00.000Z')).toBe('2026-03-01');
  });
});

describe('checkNominee', () => {
  it('admits anyone where the campaign has no rules', () => {
    expect(checkNominee(NO_ELIGIBILITY_RULES, worker, REVIEW, {})).toEqual({ ok: true });
  });

  it('counts the age on the nomination’s last day', () => {
    const rules = { ...NO_ELIGIBILITY_RULES, age: { min: 18, max: 54 } };
    // 55 on 1 March: still 54 on the last day of nomination.
    expect(checkNominee(rules, worker, REVIEW, {})).toEqual({ ok: true });
    expect(checkNominee(rules, worker, '2026-03-01T16:00:00.000Z', {})).toEqual({
      ok: false,
      rule: 'age',
      message: '年龄须在 18–54 岁之间（提名截止日）',
    });
  });

  it('tells staff what is missing in their words, and bars holders of an excluded honour from nomination', () => {
    const rules = { ...NO_ELIGIBILITY_RULES, age: { min: 18, max: 60 } };
    expect(checkNominee(rules, { ...worker, birthDate: null }, REVIEW, {})).toMatchObject({
      ok: false,
      message: expect.stringContaining('该职工还没有登记身份证号'),
    });
    const barred = {
      ...NO_ELIGIBILITY_RULES,
      excludedHonours: [{ code: 'city_craftsman' as const, sameTrade: false }],
    };
    const holder = { ...worker, honours: [{ code: 'city_craftsman' as const, trade: null }] };
    expect(checkNominee(barred, holder, REVIEW, {})).toMatchObject({
      ok: false,
      rule: 'honour',
      message: expect.stringMatching(/不能被提名$/),
    });
  });
});
