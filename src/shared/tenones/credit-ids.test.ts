import fc from 'fast-check';
import { creditId, creditKeyProblem, parseCreditId, SOURCE_KINDS, type CreditKey } from './credit-ids';
import { itemTitle, isTenItem, TEN_ITEMS } from './items';

const key: CreditKey = { personId: 'u-chen', year: 2027, item: 2, kind: 'contest', sourceId: 'c-2027-lathe.entry-9' };

describe('the ten items', () => {
  it('are numbered 1 to 10 as the notice numbers them', () => {
    expect(TEN_ITEMS.map((entry) => entry.item)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(itemTitle(2)).toBe('参加一次技能竞赛');
    expect(itemTitle(10)).toBe('制一个岗位提升计划');
    expect([0, 11, 2.5, '2', null].some(isTenItem)).toBe(false);
  });
});

describe('a credit’s id', () => {
  it('is person, year, item, source kind and source id, one per source however often confirmed', () => {
    expect(creditId(key)).toBe('u-chen.2027.2.contest.c-2027-lathe.entry-9');
    expect(creditId({ ...key })).toBe(creditId(key));
    expect(creditId({ ...key, kind: 'entry' })).not.toBe(creditId(key));
  });

  it('reads back to the key it was made from, a source id with dots included', () => {
    expect(parseCreditId(creditId(key))).toEqual(key);
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
        fc.integer({ min: 2000, max: 2100 }),
        fc.integer({ min: 1, max: 10 }),
        fc.constantFrom(...SOURCE_KINDS),
        fc.stringMatching(/^[A-Za-z0-9_.-]{1,128}$/),
        (personId, year, item, kind, sourceId) => {
          const made = { personId, year, item: item as CreditKey['item'], kind, sourceId };
          expect(parseCreditId(creditId(made))).toEqual(made);
        },
      ),
    );
  });

  it('is refused, naming the part, for an item 11, an unknown source kind or a person id with a dot', () => {
    expect(creditKeyProblem({ ...key, item: 11 as CreditKey['item'] })).toEqual({
      field: 'item',
      message: '“十个一”的项目须为1到10',
    });
    expect(creditKeyProblem({ ...key, kind: 'vote' as CreditKey['kind'] })?.field).toBe('kind');
    expect(creditKeyProblem({ ...key, personId: 'u.chen' })?.field).toBe('personId');
    expect(() => creditId({ ...key, year: 1999 })).toThrow('credit year');
    expect(parseCreditId('u-chen.2027.11.entry.x')).toBeNull();
    expect(parseCreditId('not a credit')).toBeNull();
  });
});
