// Index lookups as MongoDB makes them: equalities on the leading fields of a compound index use it (a prefix),
// an array field is indexed once per element (multikey), and the lookup finds exactly the candidates a scan would
// have matched on those fields.
import { StoredCollection } from './document-store';

function collection() {
  const stored = new StoredCollection('things', [
    { name: 'person_year_at', keys: { person: 1, year: 1, at: -1 } },
    { name: 'path', keys: { path: 1 } },
  ]);
  const docs = [
    { _id: 'a', person: 'p1', year: 2026, at: 1, path: ['city', 'east', 'works'] },
    { _id: 'b', person: 'p1', year: 2026, at: 2, path: ['city', 'west'] },
    { _id: 'c', person: 'p1', year: 2025, at: 3, path: ['city', 'east'] },
    { _id: 'd', person: 'p2', year: 2026, at: 4, path: [] },
  ];
  docs.forEach((doc, i) => stored.put(doc, i + 1));
  return stored;
}

const ids = (found: Set<string> | undefined) => (found ? [...found].sort() : undefined);

test('equalities on a leading part of a compound index use it', () => {
  const stored = collection();
  expect(
    ids(
      stored.candidatesByIndex(
        new Map<string, unknown>([
          ['person', 'p1'],
          ['year', 2026],
        ]),
      ),
    ),
  ).toEqual(['a', 'b']);
  expect(ids(stored.candidatesByIndex(new Map<string, unknown>([['person', 'p1']])))).toEqual(['a', 'b', 'c']);
  expect(
    ids(
      stored.candidatesByIndex(
        new Map<string, unknown>([
          ['person', 'p1'],
          ['year', 2026],
          ['at', 2],
        ]),
      ),
    ),
  ).toEqual(['b']);
  // A later field alone is no prefix: no index answers it.
  expect(stored.candidatesByIndex(new Map<string, unknown>([['year', 2026]]))).toBeUndefined();
});

test('an array field is indexed once per element', () => {
  const stored = collection();
  expect(ids(stored.candidatesByIndex(new Map<string, unknown>([['path', 'east']])))).toEqual(['a', 'c']);
  expect(ids(stored.candidatesByIndex(new Map<string, unknown>([['path', 'city']])))).toEqual(['a', 'b', 'c']);
  stored.put({ _id: 'a', person: 'p1', year: 2026, at: 1, path: ['city', 'west'] }, 9);
  expect(ids(stored.candidatesByIndex(new Map<string, unknown>([['path', 'east']])))).toEqual(['c']);
  stored.delete('c', 10);
  expect(ids(stored.candidatesByIndex(new Map<string, unknown>([['path', 'east']])))).toEqual([]);
});
