// Converts between the SDK's EJSON strings and plain JS values that mingo understands, and back.
import { BSONRegExp, EJSON, ObjectId } from 'bson';
import { DB_ERRORS, DbError } from './errors';

type Json = unknown;

function revive(value: Json, now: number | undefined): Json {
  if (value instanceof BSONRegExp) return new RegExp(value.pattern, value.options.replace(/[^imsu]/g, ''));
  if (value instanceof ObjectId) return value.toHexString();
  if (value instanceof Date || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => revive(item, now));
  const record = value as Record<string, Json>;
  const serverDate = record.$tcb_server_date as { offset?: number } | undefined;
  if (serverDate && Object.keys(record).length === 1) {
    // db.serverDate() is stamped with the server's clock, as CloudBase does.
    if (now === undefined) throw new Error('a stored document holds an unresolved serverDate');
    return new Date(now + Number(serverDate.offset ?? 0));
  }
  const out: Record<string, Json> = {};
  for (const [key, item] of Object.entries(record)) out[key] = revive(item, now);
  return out;
}

/** Parses one EJSON string from the SDK (relaxed: plain numbers, not Int32 objects). */
export function decode(text: unknown, field: string, now: number): Json {
  if (typeof text !== 'string') throw new DbError(DB_ERRORS.INVALID_PARAM, `${field} must be an EJSON string`);
  try {
    return revive(EJSON.parse(text, { relaxed: true }), now);
  } catch (error) {
    throw new DbError(DB_ERRORS.INVALID_PARAM, `${field} is not valid EJSON: ${(error as Error).message}`);
  }
}

/** Serialises a stored document the way the SDK parses it (EJSON, relaxed: dates stay dates). */
export function encode(value: Json): string {
  return EJSON.stringify(value as Parameters<typeof EJSON.stringify>[0], { relaxed: true });
}

/** Storage form: canonical EJSON keeps every type exactly across restarts. */
export function toStorage(value: Json): string {
  return EJSON.stringify(value as Parameters<typeof EJSON.stringify>[0], { relaxed: false });
}

export function fromStorage(text: string): Record<string, Json> {
  // Stored documents never hold serverDate markers: writes resolve them.
  return revive(EJSON.parse(text, { relaxed: true }), undefined) as Record<string, Json>;
}
