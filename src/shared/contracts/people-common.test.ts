import {
  honourSchema,
  idSchema,
  isoInstant,
  nameSchema,
  orgRefSchema,
  personSummarySchema,
  reasonSchema,
} from './people-common';

describe('the schemas the people functions share', () => {
  it('take an id of 1 to 64 characters, trimmed', () => {
    expect(idSchema.parse('  org-1  ')).toBe('org-1');
    expect(idSchema.safeParse('   ').success).toBe(false);
    expect(idSchema.safeParse('x'.repeat(65)).success).toBe(false);
  });

  it('take a name of 2 to 40 characters, trimmed', () => {
    expect(nameSchema.parse(' 王小强 ')).toBe('王小强');
    expect(nameSchema.safeParse(' 王 ').success).toBe(false);
    expect(nameSchema.safeParse('工'.repeat(41)).success).toBe(false);
  });

  it('need a reason of 2 to 200 characters for every act on someone else', () => {
    expect(reasonSchema.parse('  材料不全，请补充  ')).toBe('材料不全，请补充');
    expect(reasonSchema.safeParse(' 无 ').success).toBe(false);
    expect(reasonSchema.safeParse('因'.repeat(201)).success).toBe(false);
  });

  it('take an instant with its offset, Beijing or UTC', () => {
    expect(isoInstant.parse('2026-11-22T14:00:00+08:00')).toBe('2026-11-22T14:00:00+08:00');
    expect(isoInstant.parse('2026-11-22T06:00:00Z')).toBe('2026-11-22T06:00:00Z');
    expect(isoInstant.safeParse('2026-11-22').success).toBe(false);
  });

  it('name an organisation with its kind and its parent', () => {
    const org = { id: 'acme', name: '某某企业工会', kind: 'enterprise', parentName: '西湖区总工会' };
    expect(orgRefSchema.parse(org)).toEqual(org);
  });

  it('take an honour with a title of 2 to 40 characters and a year from 1950 to 2100', () => {
    expect(honourSchema.parse({ title: ' 杭州工匠 ', level: 'city', year: 2024 })).toEqual({
      title: '杭州工匠',
      level: 'city',
      year: 2024,
    });
    expect(honourSchema.safeParse({ title: '工', level: 'city', year: 2024 }).success).toBe(false);
    expect(honourSchema.safeParse({ title: '工'.repeat(41), level: 'city', year: 2024 }).success).toBe(false);
    expect(honourSchema.safeParse({ title: '杭州工匠', level: 'city', year: 1949 }).success).toBe(false);
    expect(honourSchema.safeParse({ title: '杭州工匠', level: 'city', year: 2101 }).success).toBe(false);
  });

  describe('an honour with a code', () => {
    const cityExpert = { code: 'city_skill_expert', title: '市技术能手', level: 'city', year: 2024, trade: 'welder' };
    const issue = (input: object) => honourSchema.safeParse(input).error?.issues[0];

    it('takes a coded honour with its label, level and, where trade-specific, its trade', () => {
      expect(honourSchema.parse(cityExpert)).toEqual(cityExpert);
      const medal = {
        code: 'national_may_day_medal',
        title: '全国五一劳动奖章',
        level: 'national',
        year: 2019,
        trade: null,
      };
      expect(honourSchema.parse(medal)).toEqual(medal);
      expect(
        honourSchema.parse({ code: 'other', title: '杭州工匠', level: 'city', year: 2024, trade: null }),
      ).toBeTruthy();
    });

    it('names the field that is wrong', () => {
      expect(issue({ ...cityExpert, trade: null })).toMatchObject({
        path: ['trade'],
        message: '这项荣誉分工种，请选择工种',
      });
      expect(
        issue({ ...cityExpert, code: 'china_skill_award', title: '中华技能大奖', level: 'national' }),
      ).toMatchObject({
        path: ['trade'],
        message: '这项荣誉不分工种',
      });
      expect(issue({ ...cityExpert, title: '全国技术能手' })).toMatchObject({ path: ['title'] });
      expect(issue({ ...cityExpert, level: 'national' })).toMatchObject({ path: ['level'] });
      expect(issue({ ...cityExpert, code: 'nobel' })).toMatchObject({ path: ['code'], message: '请选择荣誉' });
      expect(issue({ ...cityExpert, trade: 'astronaut' })).toMatchObject({ path: ['trade'], message: '请选择工种' });
    });

    it('lets a free title keep any level, and reads an honour stored before codes as other', () => {
      expect(
        honourSchema.safeParse({ code: 'other', title: '岗位能手', level: 'enterprise', year: 2024 }).success,
      ).toBe(true);
      expect(
        honourSchema.safeParse({ title: '市技术能手', level: 'city', year: 2024, trade: 'welder' }).success,
      ).toBe(false);
    });
  });

  it('show staff a person with the masked phone only', () => {
    const person = {
      id: 'u1',
      realName: '王小强',
      trade: '数控车工',
      skillLevel: 'technician',
      phoneMasked: '138****5678',
      org: null,
      modelWorker: false,
    };
    expect(personSummarySchema.parse(person)).toEqual(person);
  });
});
