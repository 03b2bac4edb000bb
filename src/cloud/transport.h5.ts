// H5 transport: POSTs to the local functions gateway (`/fn/<name>`) with this browser's local WeChat identity,
// which only the gateway reads (the functions get it from their platform context, as in production).
import { localOpenid } from './local-identity';
import type { Transport } from './transport-types';

export const transport: Transport = async (name, body) => {
  const response = await fetch(`/fn/${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wx-openid': localOpenid() },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(`gateway answered HTTP ${response.status}`);
  }
  return (await response.json()) as unknown;
};
