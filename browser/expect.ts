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

/**
 * Waits until `read` answers `expected` (or fails after `timeoutMs`). For what a page sets a frame after the text
 * a journey waited for: Taro's H5 inputs are web components that reflect their attributes on their next render.
 */
export async function eventually<T>(read: () => Promise<T>, expected: Awaited<T>, what: string, timeoutMs = 5000) {
  const deadline = performance.now() + timeoutMs;
  let actual = await read();
  while (!isDeepStrictEqual(actual, expected) && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    actual = await read();
  }
  expect(actual, what).toEqual(expected);
}
