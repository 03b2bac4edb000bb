import { doneItems, isAllTen, tallyEffect, tallyMonth, tallyPlan, type ItemCounts } from './progress';

const all: ItemCounts = { i1: 1, i2: 2, i3: 1, i4: 1, i5: 1, i6: 1, i7: 1, i8: 1, i9: 5, i10: 1 };

test('done items are those with an active credit, in item order', () => {
  expect(doneItems({ i10: 1, i2: 3, i4: 0 })).toEqual([2, 10]);
  expect(doneItems(undefined)).toEqual([]);
  expect(isAllTen(all)).toBe(true);
  expect(isAllTen({ ...all, i7: 0 })).toBe(false);
});

test('a change is counted in its Beijing month, held inside the credited year', () => {
  // 31 Jan 17:00 UTC is 1 Feb in Beijing.
  expect(tallyMonth(2026, new Date('2026-01-31T17:00:00Z'))).toBe('02');
  expect(tallyMonth(2026, new Date('2026-12-31T15:59:59Z'))).toBe('12');
  // A December entry accepted in January, and next year's contest confirmed now.
  expect(tallyMonth(2026, new Date('2027-01-05T02:00:00Z'))).toBe('12');
  expect(tallyMonth(2027, new Date('2026-11-05T02:00:00Z'))).toBe('01');
});

test('only a flip between no active credit and one moves the counters', () => {
  expect(tallyEffect(3, 1, { i3: 1 })).toEqual({ item: 1, allTen: 0 });
  expect(tallyEffect(3, 1, { i3: 2 })).toEqual({ item: 0, allTen: 0 });
  expect(tallyEffect(3, -1, { i3: 1 })).toEqual({ item: 0, allTen: 0 });
  expect(tallyEffect(3, -1, { i3: 0 })).toEqual({ item: -1, allTen: 0 });
  // The tenth item arriving, and one of ten leaving.
  expect(tallyEffect(2, 1, { ...all, i2: 1 })).toEqual({ item: 1, allTen: 1 });
  expect(tallyEffect(7, -1, { ...all, i7: 0 })).toEqual({ item: -1, allTen: -1 });
});

test('a plan names the current figure and the month', () => {
  expect(tallyPlan(2026, new Date('2026-07-01T00:00:00Z'), { i4: 1, i5: 0 }, 1)).toEqual({
    'done.i4': 1,
    'months.07.i4': 1,
    allTen: 1,
    'months.07.all': 1,
  });
});
