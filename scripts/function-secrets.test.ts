// The local functions' secrets: made once, kept, and a secret added later (the check-in key) joins an old folder
// without replacing the personal-data key its stored numbers were encrypted with.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { functionSecrets } from './local-data';

const dataRoot = path.resolve(__dirname, '..', '.data');
mkdirSync(dataRoot, { recursive: true });
const root = mkdtempSync(path.join(dataRoot, 'function-secrets-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const stored = (dir: string) =>
  JSON.parse(readFileSync(path.join(dir, 'function-secrets.json'), 'utf8')) as Record<string, string>;

it('generates every secret on the first start and answers the same ones after', () => {
  const dir = path.join(root, 'fresh');
  const first = functionSecrets(dir);
  expect(Buffer.from(first.JX_PII_KEY!, 'base64')).toHaveLength(32);
  expect(Buffer.from(first.JX_CHECKIN_SECRET!, 'base64')).toHaveLength(32);
  expect(functionSecrets(dir)).toEqual(first);
  expect(stored(dir)).toEqual(first);
});

it('adds the check-in secret to a folder made before it, keeping the personal-data key', () => {
  const dir = path.join(root, 'old');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'function-secrets.json'), JSON.stringify({ JX_PII_KEY: 'kept-key' }));
  const secrets = functionSecrets(dir);
  expect(secrets.JX_PII_KEY).toBe('kept-key');
  expect(Buffer.from(secrets.JX_CHECKIN_SECRET!, 'base64')).toHaveLength(32);
  expect(stored(dir)).toEqual(secrets);
});
