// The blocks of a sorted index keep one order through any mix of inserts and removals (blocks split and empty),
// and a prefix's range holds exactly the entries with those leading values.
import fc from 'fast-check';
import { compare } from 'mingo/util';
import { SortedIndex, type IndexEntry } from './sorted-index';

const value = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom('a', 'b', 'c', null));

test('entries stay in key order, then collection order, across block splits and removals', () => {
  fc.assert(
    fc.property(
      fc.array(fc.record({ org: value, day: value, remove: fc.boolean() }), { minLength: 300, maxLength: 1500 }),
      (ops) => {
        const index = new SortedIndex([1, -1]);
        const live = new Map<string, IndexEntry>();
        ops.forEach((op, i) => {
          const entry: IndexEntry = { values: [op.org, op.day], seq: i, id: `d${i}` };
          index.insert(entry);
          live.set(entry.id, entry);
          // Remove an earlier entry now and then, so blocks shrink and empty as well as split.
          if (op.remove && i % 3 === 0) {
            const victim = live.get(`d${Math.floor(i / 2)}`);
            if (victim) {
              index.remove(victim);
              live.delete(victim.id);
            }
          }
        });
        const expected = [...live.values()].sort(
          (a, b) => compare(a.values[0], b.values[0]) || -compare(a.values[1], b.values[1]) || a.seq - b.seq,
        );
        expect(index.size).toBe(expected.length);
        expect(index.slice(0, index.size).map((entry) => entry.id)).toEqual(expected.map((entry) => entry.id));
        for (const org of [0, 3, 'a', null, 'zzz']) {
          const [from, to] = index.range([org]);
          expect(index.slice(from, to).map((entry) => entry.id)).toEqual(
            expected.filter((entry) => compare(entry.values[0], org) === 0).map((entry) => entry.id),
          );
        }
        const [from, to] = index.range([1, 2]);
        expect(to - from).toBe(expected.filter((e) => e.values[0] === 1 && e.values[1] === 2).length);
      },
    ),
    { numRuns: 30, seed: 14 },
  );
});
