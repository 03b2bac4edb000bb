import { newId } from './ids';

describe('newId', () => {
  it('is the prefix and 24 hex digits of randomness, never the same twice', () => {
    expect(newId('c')).toMatch(/^c[0-9a-f]{24}$/);
    expect(newId()).toMatch(/^[0-9a-f]{24}$/);
    const ids = new Set(Array.from({ length: 1000 }, () => newId('v-')));
    expect(ids.size).toBe(1000);
  });

  it('still makes ids where the engine has no Web Crypto (the mini-program)', () => {
    const crypto = globalThis.crypto;
    Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true });
    try {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { newId: withoutCrypto } = require('./ids') as typeof import('./ids');
        expect(withoutCrypto('p')).toMatch(/^p[0-9a-f]{24}$/);
        expect(withoutCrypto('p')).not.toBe(withoutCrypto('p'));
      });
    } finally {
      Object.defineProperty(globalThis, 'crypto', { value: crypto, configurable: true });
    }
  });
});
