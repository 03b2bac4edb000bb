import fc from 'fast-check';
import { honourSchema } from '@/shared/contracts/people-common';
import { honourCodes } from '@/shared/people/honours';
import { tradeCodes } from '@/shared/people/trades';
import { honourLevels } from '@/shared/people/vocabulary';
import { checkHonours, honourRow, toHonours, withCode, type HonourRow } from './honours';

const options = { atLeastOne: false, reasonLabel: '修改依据' };

describe('the honours form', () => {
  it('fills a coded honour’s title and level, and the person’s trade for a 技术能手', () => {
    const row = withCode(honourRow(), 'city_skill_expert', 'welder');
    expect(row).toMatchObject({ code: 'city_skill_expert', title: '市技术能手', level: 'city', trade: 'welder' });
    // Changing to an honour with no trade clears it; to 其他荣誉 asks for the title and level.
    expect(withCode(row, 'china_skill_award', 'welder')).toMatchObject({ trade: null, level: 'national' });
    expect(withCode(row, 'other', 'welder')).toMatchObject({ title: '', level: null, trade: null });
  });

  it('names each missing field by the path the function would', () => {
    const rows: HonourRow[] = [
      { ...honourRow(), code: null, year: '2024' },
      { ...withCode(honourRow(), 'national_skill_expert', null), year: '' },
      { ...withCode(honourRow(), 'other', null), year: '2024' },
    ];
    expect(checkHonours(rows, '', options)).toEqual({
      'honours.0.code': '请选择荣誉',
      'honours.1.trade': '这项荣誉分工种，请选择工种',
      'honours.1.year': '请选择获得年份',
      'honours.2.title': '请填写荣誉名称（2到40个字）',
      'honours.2.level': '请选择荣誉级别',
      reason: '请填写修改依据（至少2个字）',
    });
    expect(checkHonours([], '依据', { ...options, atLeastOne: true })).toEqual({ honours: '请至少登记一项荣誉' });
  });

  it('sends only honours the contract takes whenever the form finds nothing wrong', () => {
    const row = fc.record({
      code: fc.option(fc.constantFrom(...honourCodes), { nil: null }),
      title: fc.string({ maxLength: 45 }),
      level: fc.option(fc.constantFrom(...honourLevels), { nil: null }),
      year: fc.oneof(fc.integer({ min: 1900, max: 2200 }).map(String), fc.string({ maxLength: 5 })),
      trade: fc.option(fc.constantFrom(...tradeCodes), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 4 }), fc.constantFrom(...tradeCodes), (drafts, personTrade) => {
        // Rows as the form makes them: a picked code goes through withCode, then the user edits the rest.
        const rows = drafts.map((draft) => {
          const base = { ...honourRow(), ...draft, code: null };
          if (!draft.code) return base;
          const picked = { ...withCode(base, draft.code, personTrade), year: draft.year };
          return draft.code === 'other' ? { ...picked, title: draft.title, level: draft.level } : picked;
        });
        if (Object.keys(checkHonours(rows, '依据', options)).length > 0) return true;
        return toHonours(rows).every((honour) => honourSchema.safeParse(honour).success);
      }),
    );
  });
});
