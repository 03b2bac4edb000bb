import {
  childKinds,
  grantRoles,
  honourLevelLabels,
  honourLevels,
  orgKindLabels,
  orgKinds,
  PRIVACY_TERMS_VERSION,
  skillLevelLabels,
  skillLevels,
} from './vocabulary';

// These codes are stored in the database and sent by the app: renaming one orphans the records that hold it.
describe('the vocabulary of the union world', () => {
  it('has four kinds of union, top to bottom, each shown by its Chinese name', () => {
    expect(orgKinds).toEqual(['city', 'district', 'industry', 'enterprise']);
    expect(orgKindLabels).toEqual({
      city: '市总工会',
      district: '区县工会',
      industry: '产业工会',
      enterprise: '企业工会',
    });
  });

  it('puts district and industry unions under the city, enterprises under them, and nothing under an enterprise', () => {
    expect(childKinds).toEqual({
      city: ['district', 'industry'],
      district: ['enterprise'],
      industry: ['enterprise'],
      enterprise: [],
    });
  });

  it('lists the five national skill levels, lowest first', () => {
    expect(skillLevels).toEqual(['junior', 'intermediate', 'senior', 'technician', 'senior_technician']);
    expect(skillLevels.map((level) => skillLevelLabels[level])).toEqual([
      '初级工',
      '中级工',
      '高级工',
      '技师',
      '高级技师',
    ]);
  });

  it('lists honour levels from national down to enterprise', () => {
    expect(honourLevels.map((level) => [level, honourLevelLabels[level]])).toEqual([
      ['national', '全国'],
      ['provincial', '省级'],
      ['city', '市级'],
      ['district', '区级'],
      ['enterprise', '企业级'],
    ]);
  });

  it('knows two roles beyond being a worker, and the privacy terms version consent is asked for', () => {
    expect(grantRoles).toEqual(['staff', 'expert']);
    expect(PRIVACY_TERMS_VERSION).toBe('2026-11');
  });
});
