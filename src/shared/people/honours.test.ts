import { fixedLevelOf, honourCodeOfTitle, honourCodes, honourKinds, honourLabel, isTradeSpecific } from './honours';

describe('the honour codes', () => {
  it('labels are unique and every code but other fixes its level', () => {
    const labels = honourCodes.map(honourLabel);
    expect(new Set(labels).size).toBe(labels.length);
    for (const code of honourCodes) expect(fixedLevelOf(code) === null).toBe(code === 'other');
  });

  it('marks the 技术能手 as trade-specific and the others not', () => {
    expect(honourCodes.filter(isTradeSpecific).sort()).toEqual([
      'city_skill_expert',
      'national_skill_expert',
      'provincial_skill_expert',
    ]);
    expect(fixedLevelOf('city_skill_expert')).toBe('city');
  });

  it.each([
    ['市技术能手', 'city_skill_expert'],
    [' 全国劳动模范 ', 'national_model_worker'],
    ['2021年度市劳动模范', 'city_model_worker'],
    ['省五一劳动奖章', 'provincial_may_day_medal'],
    ['区劳动模范', 'district_model_worker'],
    ['中华技能大奖', 'china_skill_award'],
    ['杭州工匠', 'other'],
    ['其他荣誉', 'other'],
  ])('reads the title %s as %s', (title, code) => expect(honourCodeOfTitle(title)).toBe(code));

  it('reads every label and alias as its own code', () => {
    for (const code of honourCodes.filter((c) => c !== 'other')) {
      const kind: { label: string; aliases?: readonly string[] } = honourKinds[code];
      for (const title of [kind.label, ...(kind.aliases ?? [])]) expect(honourCodeOfTitle(title)).toBe(code);
    }
  });
});
