// A small assertion helper for journeys (jest's expect is not available outside jest).
import { isDeepStrictEqual, inspect } from 'node:util';

export function expect<T>(actual: T, what: string) {
  return {
    toEqual(expected: T): void {
      if (!isDeepStrictEqual(actual, expected)) {
        throw new Error(`${what}: expected ${inspect(expected)}, got ${inspect(actual)}`);
      }
    },
    toBe(expected: T): void {
      if (actual !== expected) throw new Error(`${what}: expected ${inspect(expected)}, got ${inspect(actual)}`);
    },
  };
}
