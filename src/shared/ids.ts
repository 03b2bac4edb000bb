// Random ids for records, request ids and file names: 96 random bits, never the time (a time-based name collides
// when two uploads share a millisecond, and reveals when something happened).

type RandomSource = (bytes: Uint8Array) => void;

// Node and browsers have Web Crypto; the mini-program's JS engine has no global `crypto`, where Math.random is
// enough for ids the server never trusts for uniqueness alone (request ids are checked per voter, names per path).
const fill: RandomSource =
  typeof globalThis.crypto?.getRandomValues === 'function'
    ? (bytes) => globalThis.crypto.getRandomValues(bytes)
    : (bytes) => {
        for (let i = 0; i < bytes.length; i += 1) bytes[i] = Math.floor(Math.random() * 256);
      };

/** `prefix` followed by 24 hex digits. */
export function newId(prefix = ''): string {
  const bytes = new Uint8Array(12);
  fill(bytes);
  return `${prefix}${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
