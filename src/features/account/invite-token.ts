// The invite token from the page's query: `?token=` when opened by a link (H5), or the mini-program code's
// `scene`, which WeChat passes URL-encoded and which holds `i=<token>`.
const TOKEN = /^[A-Za-z0-9]{8,24}$/;

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export function inviteTokenFrom(params: Record<string, string | undefined>): string | null {
  const direct = params.token ? decode(params.token).trim() : '';
  if (TOKEN.test(direct)) return direct;
  const scene = params.scene ? decode(params.scene) : '';
  for (const pair of scene.split('&')) {
    const [key, value] = pair.split('=');
    if (key === 'i' && value && TOKEN.test(value)) return value;
  }
  return null;
}
