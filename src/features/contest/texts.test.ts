import { PAGES } from '@/shared/routes';
import { fixOf } from './texts';

test('a rule naming a profile field the worker lacks sends them to 我的; one they cannot fix offers nothing', () => {
  expect(fixOf({ rule: 'age', field: 'idNumber' })).toEqual({
    label: '到“我的”填写身份证号',
    url: PAGES.account.profile,
  });
  expect(fixOf({ rule: 'trade', field: 'trade' })).toEqual({ label: '到“我的”核对工种', url: PAGES.account.profile });
  expect(fixOf({ rule: 'member', field: null })?.url).toBe(PAGES.account.join);
  // Too young or old on the day: no profile change fixes that.
  expect(fixOf({ rule: 'age', field: null })).toBeNull();
  for (const rule of ['org', 'frontline', 'honour']) expect(fixOf({ rule, field: null })).toBeNull();
});
