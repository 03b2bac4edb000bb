// The WeChat identity the H5 build uses against the local cloud. A browser is a member of the public with a
// stable pseudo-openid of its own until a persona is chosen; the weapp build never includes this file.
const KEY = 'jx.openid';

function randomOpenid(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return `local-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export function localOpenid(): string {
  const stored = localStorage.getItem(KEY);
  if (stored) return stored;
  const fresh = randomOpenid();
  localStorage.setItem(KEY, fresh);
  return fresh;
}

export function useLocalOpenid(openid: string): void {
  localStorage.setItem(KEY, openid);
}
