// `$jsonSchema` in a query, through the real @cloudbase/node-sdk: in `where`, inside `nor`, and in an aggregation's
// `$match`, with MongoDB's dialect (https://www.mongodb.com/docs/manual/reference/operator/query/jsonSchema/ —
// draft 4 keywords plus `bsonType`; `$ref`, `format`, `integer` and the like refused). CloudBase defers to MongoDB's
// query language for operators it does not list itself.
process.env.TENCENTCLOUD = 'true'; // skips the SDK's metadata-host lookups outside the platform

import * as tcb from '@cloudbase/node-sdk';
import type { Db } from '@cloudbase/database';
import { startDatabaseServer, type RunningDatabase } from './database-server';
import { DB_ERRORS } from './errors';
import { compileJsonSchema } from './json-schema';

let server: RunningDatabase;
let db: Db;

const PEOPLE = [
  { _id: 'p1', name: '李卫国', age: 52, tags: ['劳模', '钳工'] },
  { _id: 'p2', name: '周立新', age: 28.5, tags: ['钳工', '钳工'] },
  { _id: 'p3', name: 7, age: 30 },
  { _id: 'p4', age: 40, since: new Date('2020-01-01T00:00:00Z') },
  { _id: 'p5', name: '王', age: 19, extra: true },
];

beforeAll(async () => {
  server = await startDatabaseServer({ collections: [{ name: 'people' }] });
  db = tcb.init({ env: 'local', secretId: 'local', secretKey: 'local', serviceUrl: server.url }).database();
  await db.collection('people').add(PEOPLE);
});
afterAll(async () => {
  await server?.close();
});

const idsWhere = async (where: object) => {
  const { data } = (await db.collection('people').where(where).orderBy('_id', 'asc').get()) as {
    data: Array<{ _id: string }>;
  };
  return data.map((doc) => doc._id);
};
const named = { $jsonSchema: { required: ['name'], properties: { name: { bsonType: 'string', minLength: 2 } } } };

describe('$jsonSchema through the SDK', () => {
  it('selects the documents that match in where', async () => {
    expect(await idsWhere(named)).toEqual(['p1', 'p2']);
  });

  it('selects the others inside nor, in both the MongoDB and the command form', async () => {
    expect(await idsWhere({ $nor: [named] })).toEqual(['p3', 'p4', 'p5']);
    expect(await idsWhere(db.command.nor([named as never]) as object)).toEqual(['p3', 'p4', 'p5']);
  });

  it('combines with other conditions and works in an aggregation’s $match', async () => {
    expect(await idsWhere({ ...named, age: db.command.gt(30) })).toEqual(['p1']);
    const { data: list } = (await db
      .collection('people')
      .aggregate()
      .match({ $jsonSchema: { properties: { since: { bsonType: 'date' } }, required: ['since'] } })
      .end()) as { data: Array<{ _id: string }> };
    expect(list.map((doc) => doc._id)).toEqual(['p4']);
  });

  it('refuses keywords MongoDB does not support with INVALID_PARAM', async () => {
    await expect(
      db
        .collection('people')
        .where({ $jsonSchema: { properties: { age: { type: 'integer' } } } })
        .get(),
    ).rejects.toMatchObject({ code: DB_ERRORS.INVALID_PARAM });
    await expect(
      db
        .collection('people')
        .where({ $jsonSchema: { properties: { name: { format: 'email' } } } })
        .get(),
    ).rejects.toMatchObject({ code: DB_ERRORS.INVALID_PARAM });
  });
});

describe('the dialect', () => {
  const passes = (schema: object, value: unknown) => compileJsonSchema(schema)(value);

  it('tells int, long and double apart, and number covers them', () => {
    expect(passes({ bsonType: 'int' }, 52)).toBe(true);
    expect(passes({ bsonType: 'int' }, 28.5)).toBe(false);
    expect(passes({ bsonType: 'double' }, 28.5)).toBe(true);
    expect(passes({ bsonType: 'long' }, 2 ** 40)).toBe(true);
    expect(passes({ bsonType: ['string', 'number'] }, 3)).toBe(true);
    expect(passes({ type: 'number' }, 3)).toBe(true);
    expect(passes({ bsonType: 'date' }, new Date(0))).toBe(true);
    expect(passes({ bsonType: 'object' }, new Date(0))).toBe(false);
  });

  it('applies a keyword only to values of its kind', () => {
    expect(passes({ minimum: 18 }, 'seventeen')).toBe(true);
    expect(passes({ minimum: 18, exclusiveMinimum: true }, 18)).toBe(false);
    expect(passes({ maxLength: 2 }, 42)).toBe(true);
    expect(passes({ maxLength: 2 }, '劳模')).toBe(true);
    expect(passes({ maxLength: 1 }, '𠀀𠀀')).toBe(false); // code points, not UTF-16 units
  });

  it('checks arrays, objects and combinations', () => {
    expect(passes({ uniqueItems: true }, ['钳工', '钳工'])).toBe(false);
    expect(passes({ items: { bsonType: 'string' }, minItems: 1 }, ['a', 'b'])).toBe(true);
    expect(passes({ items: [{ bsonType: 'int' }], additionalItems: false }, [1, 2])).toBe(false);
    expect(passes({ properties: { a: {} }, additionalProperties: false }, { a: 1, b: 2 })).toBe(false);
    expect(passes({ patternProperties: { '^n': { bsonType: 'string' } } }, { name: 3 })).toBe(false);
    expect(passes({ dependencies: { card: ['billing'] } }, { card: 1 })).toBe(false);
    expect(passes({ enum: [[1, 2], 'x'] }, [1, 2])).toBe(true);
    expect(passes({ anyOf: [{ bsonType: 'int' }, { bsonType: 'string' }] }, true)).toBe(false);
    expect(passes({ oneOf: [{ minimum: 1 }, { minimum: 2 }] }, 3)).toBe(false);
    expect(passes({ not: { bsonType: 'null' } }, null)).toBe(false);
    expect(passes({ multipleOf: 5 }, 15)).toBe(true);
  });
});
