// MongoDB's `$jsonSchema` query operator for mingo, which leaves it to a `jsonSchemaValidator` the caller supplies.
// CloudBase defers to MongoDB here, so this follows MongoDB's dialect
// (https://www.mongodb.com/docs/manual/reference/operator/query/jsonSchema/): JSON Schema draft 4 plus `bsonType`,
// without `$ref`, `$schema`, `default`, `definitions`, `format` and `id` (refused, as MongoDB refuses them), and
// without the `integer` type (MongoDB wants `bsonType: "int"` or `"long"`). Kept independent of this project so it
// could be offered to mingo as it is.
//
// BSON types seen from JavaScript: the relaxed EJSON documents arrive as plain values, so a whole number is `int`
// (or `long` beyond 32 bits) and any other number `double`, as the MongoDB Node.js driver stores them; `number`
// matches all three.
type Schema = Record<string, unknown>;
type Check = (value: unknown) => boolean;

const UNSUPPORTED = ['$ref', '$schema', 'default', 'definitions', 'format', 'id'];
const INT32 = 2 ** 31;

function bsonTypeOf(value: unknown): string[] {
  if (value === null) return ['null'];
  if (value === undefined) return ['undefined'];
  if (typeof value === 'string') return ['string'];
  if (typeof value === 'boolean') return ['bool'];
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return ['double', 'number'];
    return [value >= -INT32 && value < INT32 ? 'int' : 'long', 'number'];
  }
  if (typeof value === 'bigint') return ['long', 'number'];
  if (value instanceof Date) return ['date'];
  if (value instanceof RegExp) return ['regex'];
  if (Array.isArray(value)) return ['array'];
  if (typeof value === 'object') {
    const tag = (value as { _bsontype?: string })._bsontype;
    if (tag === 'ObjectId' || tag === 'ObjectID') return ['objectId'];
    if (tag === 'Binary') return ['binData'];
    if (tag === 'Decimal128') return ['decimal', 'number'];
    return ['object'];
  }
  return [];
}

/** JSON Schema's `type` names for a value (draft 4, as MongoDB accepts them). */
function jsonTypeOf(value: unknown): string[] {
  const bson = bsonTypeOf(value);
  if (bson.includes('number')) return ['number'];
  if (bson.includes('bool')) return ['boolean'];
  if (bson.includes('object') || bson.includes('array') || bson.includes('string') || bson.includes('null'))
    return bson;
  return [];
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);
const isObject = (value: unknown): value is Record<string, unknown> => bsonTypeOf(value).includes('object');

/** MongoDB compares values in `enum` and `uniqueItems` by value, not by reference. */
function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => same(item, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && same(a[key], b[key]));
  }
  return a === b;
}

/** Compiles a `$jsonSchema` document into a test of one value; throws on what MongoDB would refuse. */
export function compileJsonSchema(schema: unknown): Check {
  if (!isObject(schema)) throw new Error('$jsonSchema must be an object');
  for (const keyword of UNSUPPORTED) {
    if (keyword in schema) throw new Error(`$jsonSchema keyword '${keyword}' is not supported`);
  }
  if (list(schema.type).includes('integer')) throw new Error("$jsonSchema type 'integer' is not supported");
  const checks: Check[] = [];
  const add = (check: Check) => checks.push(check);
  const s = schema as Schema;

  if (s.bsonType !== undefined) add((v) => list(s.bsonType).some((t) => bsonTypeOf(v).includes(t as string)));
  if (s.type !== undefined) add((v) => list(s.type).some((t) => jsonTypeOf(v).includes(t as string)));
  if (s.enum !== undefined) add((v) => (s.enum as unknown[]).some((option) => same(option, v)));

  // Keywords of one kind of value pass any value of another kind, as JSON Schema says.
  const numeric =
    (check: (n: number) => boolean): Check =>
    (v) =>
      typeof v !== 'number' || check(v);
  if (typeof s.minimum === 'number') {
    const min = s.minimum;
    add(numeric((n) => (s.exclusiveMinimum === true ? n > min : n >= min)));
  }
  if (typeof s.maximum === 'number') {
    const max = s.maximum;
    add(numeric((n) => (s.exclusiveMaximum === true ? n < max : n <= max)));
  }
  if (typeof s.multipleOf === 'number') {
    const step = s.multipleOf;
    add(numeric((n) => Number.isInteger(n / step)));
  }

  const text =
    (check: (t: string) => boolean): Check =>
    (v) =>
      typeof v !== 'string' || check(v);
  // Lengths count code points, as MongoDB does.
  if (typeof s.minLength === 'number') add(text((t) => [...t].length >= (s.minLength as number)));
  if (typeof s.maxLength === 'number') add(text((t) => [...t].length <= (s.maxLength as number)));
  if (typeof s.pattern === 'string') {
    const pattern = new RegExp(s.pattern, 'u');
    add(text((t) => pattern.test(t)));
  }

  const array =
    (check: (items: unknown[]) => boolean): Check =>
    (v) =>
      !Array.isArray(v) || check(v);
  if (typeof s.minItems === 'number') add(array((items) => items.length >= (s.minItems as number)));
  if (typeof s.maxItems === 'number') add(array((items) => items.length <= (s.maxItems as number)));
  if (s.uniqueItems === true) add(array((items) => items.every((a, i) => items.findIndex((b) => same(a, b)) === i)));
  if (isObject(s.items)) {
    const each = compileJsonSchema(s.items);
    add(array((items) => items.every(each)));
  } else if (Array.isArray(s.items)) {
    const positional = s.items.map(compileJsonSchema);
    const extra = s.additionalItems;
    const rest = isObject(extra) ? compileJsonSchema(extra) : null;
    add(
      array((items) =>
        items.every((item, i) =>
          i < positional.length ? positional[i]!(item) : extra === false ? false : rest ? rest(item) : true,
        ),
      ),
    );
  }

  const object =
    (check: (doc: Record<string, unknown>) => boolean): Check =>
    (v) =>
      !isObject(v) || check(v);
  if (Array.isArray(s.required)) {
    const required = s.required as string[];
    add(object((doc) => required.every((key) => key in doc && doc[key] !== undefined)));
  }
  if (typeof s.minProperties === 'number')
    add(object((doc) => Object.keys(doc).length >= (s.minProperties as number)));
  if (typeof s.maxProperties === 'number')
    add(object((doc) => Object.keys(doc).length <= (s.maxProperties as number)));
  const properties = isObject(s.properties)
    ? Object.entries(s.properties).map(([key, sub]) => [key, compileJsonSchema(sub)] as const)
    : [];
  const patterns = isObject(s.patternProperties)
    ? Object.entries(s.patternProperties).map(
        ([source, sub]) => [new RegExp(source, 'u'), compileJsonSchema(sub)] as const,
      )
    : [];
  if (properties.length > 0)
    add(object((doc) => properties.every(([key, check]) => !(key in doc) || check(doc[key]))));
  if (patterns.length > 0) {
    add(
      object((doc) =>
        Object.entries(doc).every(([key, value]) =>
          patterns.every(([pattern, check]) => !pattern.test(key) || check(value)),
        ),
      ),
    );
  }
  if (s.additionalProperties !== undefined && s.additionalProperties !== true) {
    const known = new Set(properties.map(([key]) => key));
    const extra = isObject(s.additionalProperties) ? compileJsonSchema(s.additionalProperties) : () => false;
    add(
      object((doc) =>
        Object.entries(doc).every(
          ([key, value]) => known.has(key) || patterns.some(([pattern]) => pattern.test(key)) || extra(value),
        ),
      ),
    );
  }
  if (isObject(s.dependencies)) {
    const rules = Object.entries(s.dependencies).map(([key, rule]) => {
      const check: Check = Array.isArray(rule)
        ? (doc) => (rule as string[]).every((needed) => needed in (doc as object))
        : compileJsonSchema(rule);
      return [key, check] as const;
    });
    add(object((doc) => rules.every(([key, check]) => !(key in doc) || check(doc))));
  }

  if (Array.isArray(s.allOf)) {
    const all = s.allOf.map(compileJsonSchema);
    add((v) => all.every((check) => check(v)));
  }
  if (Array.isArray(s.anyOf)) {
    const any = s.anyOf.map(compileJsonSchema);
    add((v) => any.some((check) => check(v)));
  }
  if (Array.isArray(s.oneOf)) {
    const one = s.oneOf.map(compileJsonSchema);
    add((v) => one.filter((check) => check(v)).length === 1);
  }
  if (s.not !== undefined) {
    const not = compileJsonSchema(s.not);
    add((v) => !not(v));
  }
  return (value) => checks.every((check) => check(value));
}

/** mingo's `jsonSchemaValidator` option: a schema becomes a test of a whole document. */
export const jsonSchemaValidator = (schema: Record<string, unknown>) => compileJsonSchema(schema);
