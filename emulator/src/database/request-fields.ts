// What a database request says: its required fields, read with the service's INVALID_PARAM errors, and the shape
// of its query (operators, and the plain equalities an index can answer).
import type { IndexedQuery } from './document-store';
import { DB_ERRORS, DbError } from './errors';
import { isPlain, type Bound } from './sorted-index';

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

/**
 * The query and the clauses of its top-level `$and` (nested ones too): each must hold of every match, so a condition
 * in any of them narrows the candidates as one at the top would (`_.and([{ _id }, _.or([…])])` is one seek).
 */
function conjunctsOf(query: Record<string, unknown>): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  for (const [key, value] of Object.entries(query)) {
    if (key === '$and' && Array.isArray(value)) {
      for (const clause of value) {
        if (clause !== null && typeof clause === 'object' && !Array.isArray(clause)) {
          out.push(...conjunctsOf(clause as Record<string, unknown>));
        }
      }
    } else out.push([key, value]);
  }
  return out;
}

/** Top-level plain equalities of a query (`{a: 1}`, `{a: {$eq: 1}}`, also in `$and`), which indexes can answer. */
export function equalitiesOf(query: Record<string, unknown>): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of conjunctsOf(query)) {
    if (out.has(key)) continue;
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

/** The most values of one `$in` an index answers as separate ranges (MongoDB merges such ranges in order). */
export const MAX_IN_VALUES = 20;

const RANGE_OPS = new Set(['$gt', '$gte', '$lt', '$lte']);

/**
 * What an index can answer of a query: plain equalities, short `$in` lists and range bounds, top-level or in `$and`
 * (the first condition of a field that is one of these; any of them narrows the candidates soundly).
 */
export function indexedQueryOf(query: Record<string, unknown>): IndexedQuery {
  const equalities = equalitiesOf(query);
  const inLists = new Map<string, unknown[]>();
  const bounds = new Map<string, Bound[]>();
  for (const [key, value] of conjunctsOf(query)) {
    if (key.startsWith('$') || value === null || typeof value !== 'object' || Array.isArray(value)) continue;
    if (value instanceof Date || equalities.has(key) || inLists.has(key) || bounds.has(key)) continue;
    const ops = Object.entries(value as Record<string, unknown>);
    if (ops.length === 1 && ops[0]![0] === '$in') {
      const list = ops[0]![1];
      if (Array.isArray(list) && list.length <= MAX_IN_VALUES && list.every(isPlain)) inLists.set(key, list);
    } else if (ops.length > 0 && ops.every(([op, bound]) => RANGE_OPS.has(op) && bound != null && isPlain(bound))) {
      bounds.set(
        key,
        ops.map(([op, bound]) => ({ op: op as Bound['op'], value: bound })),
      );
    }
  }
  return { equalities, inLists, bounds };
}

/** `{ $in: [ids] }` of plain string ids (nothing else in the condition). */
export function idList(value: unknown): value is { $in: string[] } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const list = (value as { $in?: unknown }).$in;
  return keys.length === 1 && Array.isArray(list) && list.every((item) => typeof item === 'string');
}
