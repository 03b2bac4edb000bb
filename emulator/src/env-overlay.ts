// Per-invocation environment variables. Function code (and the CloudBase SDK inside it) reads the caller's identity
// from process.env, which every invocation in a process shares; this overlays each invocation's own values through
// AsyncLocalStorage so overlapping invocations never see each other's caller.
import { AsyncLocalStorage } from 'node:async_hooks';

type Overlay = Readonly<Record<string, string | undefined>>;

const store = new AsyncLocalStorage<Overlay>();
let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  const base = process.env;
  const overlay = () => store.getStore();
  process.env = new Proxy(base, {
    get(target, key, receiver) {
      const current = overlay();
      if (current && typeof key === 'string' && Object.prototype.hasOwnProperty.call(current, key))
        return current[key];
      return Reflect.get(target, key, receiver);
    },
    has(target, key) {
      const current = overlay();
      if (current && typeof key === 'string' && Object.prototype.hasOwnProperty.call(current, key)) {
        return current[key] !== undefined;
      }
      return Reflect.has(target, key);
    },
    ownKeys(target) {
      const current = overlay();
      const keys = new Set(Reflect.ownKeys(target));
      if (current) for (const [key, value] of Object.entries(current)) if (value !== undefined) keys.add(key);
      return [...keys];
    },
    getOwnPropertyDescriptor(target, key) {
      const current = overlay();
      if (current && typeof key === 'string' && Object.prototype.hasOwnProperty.call(current, key)) {
        const value = current[key];
        return value === undefined ? undefined : { value, writable: true, enumerable: true, configurable: true };
      }
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
  });
}

/** Runs `fn` with `overlay` visible through process.env for everything it awaits. */
export function runWithEnv<T>(overlay: Overlay, fn: () => T): T {
  install();
  return store.run(overlay, fn);
}
