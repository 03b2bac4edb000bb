// Encryption at rest for phone and ID-card numbers: AES-256-GCM with a key from the function's environment
// (JX_PII_KEY, 32 bytes in base64). Locally the key is generated on the first `npm start` into the git-ignored data
// folder; in production it is a function environment variable set at deploy. It is never committed.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const FORMAT = 'v1';

function key(): Buffer {
  const text = process.env.JX_PII_KEY;
  const bytes = text ? Buffer.from(text, 'base64') : Buffer.alloc(0);
  if (bytes.length !== 32) {
    // Refusing is the only safe answer: storing personal data without the key would mean plain text.
    throw new Error('JX_PII_KEY is missing or not 32 bytes of base64; personal data cannot be stored');
  }
  return bytes;
}

export function generateKey(): string {
  return randomBytes(32).toString('base64');
}

/** `v1.<iv>.<tag>.<ciphertext>`, each part base64url. */
export function encryptPersonal(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(), iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [FORMAT, iv, cipher.getAuthTag(), body]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

export function decryptPersonal(sealed: string): string {
  const [format, iv, tag, body] = sealed.split('.');
  if (format !== FORMAT || !iv || !tag || body === undefined) throw new Error('unreadable personal-data ciphertext');
  const decipher = createDecipheriv('aes-256-gcm', key(), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}
