import { checkEligibility, eligibilitySchema } from '../../src/shared/contest/eligibility';
import { maskIdNumber } from '../../src/shared/people/personal-data';
import { eligibilityFactsOf } from './eligibility-facts';
import { encryptPersonal, generateKey } from './personal-crypto';
import type { UserRecord } from './users';

const ID = '110105199006150012';
const at = new Date('2026-01-01T00:00:00Z');

beforeAll(() => {
  process.env.JX_PII_KEY = generateKey();
});

function person(overrides: Partial<UserRecord> & { idNumber?: string | null; trade?: string } = {}) {
  const { idNumber = ID, trade = 'cnc_lathe_operator', ...rest } = overrides;
  return {
    profile: {
      realName: '陈晓东',
      trade,
      skillLevel: 'senior' as const,
      phone: null,
      idNumber: idNumber === null ? null : { sealed: encryptPersonal(idNumber), masked: maskIdNumber(idNumber) },
      photoFileId: null,
      updatedAt: at,
    },
    orgPath: ['org-city', 'org-dongcheng', 'org-jinggong'],
    modelWorker: null,
    ...rest,
  };
}

describe('a worker’s eligibility facts', () => {
  it('reads the birth date from the sealed ID number and never carries the number', () => {
    const facts = eligibilityFactsOf(person());
    expect(facts).toEqual({
      birthDate: '1990-06-15',
      trade: 'cnc_lathe_operator',
      orgPath: ['org-city', 'org-dongcheng', 'org-jinggong'],
      frontlineConfirmed: false,
      honours: [],
    });
    const text = JSON.stringify(facts);
    expect(text).not.toContain(ID);
    expect(text).not.toContain('19900615');
  });

  it('has no birth date without an ID number, or with one that cannot be opened', () => {
    expect(eligibilityFactsOf(person({ idNumber: null })).birthDate).toBeNull();
    const corrupt = person();
    corrupt.profile!.idNumber = { sealed: 'v1.broken', masked: '1101**********0012' };
    expect(eligibilityFactsOf(corrupt).birthDate).toBeNull();
    expect(eligibilityFactsOf({ ...person(), profile: null }).birthDate).toBeNull();
  });

  it('counts only a confirmed 一线职工', () => {
    const decided = { decidedBy: 'u-staff', decidedAt: at };
    expect(eligibilityFactsOf(person({ frontline: { status: 'confirmed', ...decided } })).frontlineConfirmed).toBe(
      true,
    );
    for (const status of ['pending', 'withdrawn', 'none'] as const) {
      expect(eligibilityFactsOf(person({ frontline: { status, ...decided } })).frontlineConfirmed).toBe(false);
    }
  });

  it('reads an old free-text trade and an un-migrated model worker’s titles as codes', () => {
    const old = person({
      trade: '数控车工',
      modelWorker: {
        designatedBy: 'seed',
        designatedAt: at,
        honours: [
          { title: '市技术能手', level: 'city', year: 2022 },
          { title: '杭州工匠', level: 'city', year: 2023 },
        ],
      },
    });
    const facts = eligibilityFactsOf(old);
    expect(facts.trade).toBe('cnc_lathe_operator');
    expect(facts.honours).toEqual([
      { code: 'city_skill_expert', trade: 'cnc_lathe_operator' },
      { code: 'other', trade: null },
    ]);
    // So an un-migrated 市技术能手 is already kept out of a contest in their trade.
    const rules = eligibilitySchema.parse({ excludedHonours: [{ code: 'city_skill_expert', sameTrade: true }] });
    expect(checkEligibility(rules, facts, 'cnc_lathe_operator', '2026-12-20')).toMatchObject({
      ok: false,
      rule: 'honour',
    });
  });

  it('prefers the person-level honours over an old list', () => {
    const both = person({
      honours: [{ code: 'china_skill_award', title: '中华技能大奖', level: 'national', year: 2024, trade: null }],
      modelWorker: {
        designatedBy: 'seed',
        designatedAt: at,
        honours: [{ title: '市技术能手', level: 'city', year: 2022 }],
      },
    });
    expect(eligibilityFactsOf(both).honours).toEqual([{ code: 'china_skill_award', trade: null }]);
  });
});
