// What a database request says: its required fields, read with the service's INVALID_PARAM errors, and the shape
// of its query (operators, and the plain equalities an index can answer).
import { DB_ERRORS, DbError } from './errors';

export type Body = Record<string, unknown>;

export function str(body: Body, field: string): string {
  const value = body[field];
  if (typeof value !== 'string' || value.length === 0) {
    throw new DbError(DB_ERRORS.INVALID_PARAM, `${field} must be a non-empty string`);
  }
  return value;
}

export function optionalNumber(body: Body, field: string): number | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new DbError(DB_ERRORS.INVALID_PARAM, `${field} must be a non-negative number`);
  }
  return value;
}

export function hasOperators(data: Record<string, unknown>): boolean {
  return Object.keys(data).some((key) => key.startsWith('$'));
}

/** Top-level plain equalities of a query (`{a: 1}`, `{a: {$eq: 1}}`), which indexes can answer. */
export function equalitiesOf(query: Record<string, unknown>): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(query)) {
    if (key.startsWith('$')) continue;
    if (value instanceof Date || value === null || typeof value !== 'object') out.set(key, value);
    else if (!Array.isArray(value)) {
      const ops = Object.keys(value as object);
      if (ops.length === 1 && ops[0] === '$eq') {
        const eq = (value as { $eq: unknown }).$eq;
        if (eq instanceof Date || eq === null || typeof eq !== 'object') out.set(key, eq);
      }
    }
  }
  return out;
}

/** `{ $in: [ids] }` of plain string ids (nothing else in the condition). */
export function idList(value: unknown): value is { $in: string[] } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const list = (value as { $in?: unknown }).$in;
  return keys.length === 1 && Array.isArray(list) && list.every((item) => typeof item === 'string');
}
