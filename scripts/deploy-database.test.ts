import { readFileSync } from 'node:fs';
import path from 'node:path';
import { planDatabase, type DeclaredCollection } from './deploy-database';

describe('database deploy plan', () => {
  it('creates each collection, then its indexes, then locks it to cloud functions', () => {
    expect(
      planDatabase([
        { name: 'users', indexes: [{ name: 'openid', keys: { openid: 1 }, unique: true }] },
        { name: 'invites' },
      ]),
    ).toEqual([
      { kind: 'collection', collection: 'users' },
      {
        kind: 'index',
        collection: 'users',
        name: 'openid',
        keys: [{ Name: 'openid', Direction: '1' }],
        unique: true,
      },
      { kind: 'permission', collection: 'users', permission: 'ADMINONLY' },
      { kind: 'collection', collection: 'invites' },
      { kind: 'permission', collection: 'invites', permission: 'ADMINONLY' },
    ]);
  });

  it('covers every collection the repository declares', () => {
    const file = path.resolve(__dirname, '..', 'database', 'collections.json');
    const { collections } = JSON.parse(readFileSync(file, 'utf8')) as { collections: DeclaredCollection[] };
    const planned = planDatabase(collections).filter((step) => step.kind === 'collection');
    expect(planned.map((step) => step.collection)).toEqual(collections.map((collection) => collection.name));
    expect(collections.every((collection) => collection.permission === 'ADMINONLY')).toBe(true);
  });
});
