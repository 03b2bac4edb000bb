// What the offline queue needs from the platform's key-value storage: one key per queued record (WeChat allows
// 1 MB per key and 10 MB in all), the keys under a prefix, and how much the whole storage already holds, so a new
// record is refused before it would not fit instead of failing half-way.

export interface OfflineStore {
  /** The text stored under `key`, or null when there is none. */
  read(key: string): string | null;
  /** Stores `value` under `key`; throws when the platform refuses it (storage full, value too large). */
  write(key: string, value: string): void;
  /** Removes `key`; nothing happens when it is not there. */
  remove(key: string): void;
  /** Every stored key that starts with `prefix`. */
  keys(prefix: string): string[];
  /** Bytes the app's whole storage holds now: every key, the queue's and everyone else's. */
  usedBytes(): number;
}

/** Bytes `text` takes in UTF-8 (a Chinese character 3, an emoji 4), without TextEncoder (old base libraries). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        // A surrogate pair is one code point of 4 bytes.
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
