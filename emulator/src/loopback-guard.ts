// The local cloud is unauthenticated by design: anything that can reach its port may act as any WeChat user (the
// gateway trusts `x-wx-openid`) and as the administrator (the back end trusts any SDK signature). Listening on
// 127.0.0.1 keeps other machines out, but not the web pages the developer has open, which can make their browser
// send requests to 127.0.0.1. These checks refuse what only such a page would send:
// - a Host that is not a loopback name: a page on a domain the attacker re-points at 127.0.0.1 (DNS rebinding) is
//   same-origin with itself, so the browser would let it read the answers; its requests still name its own host;
// - an Origin other than the local cloud's own: a cross-origin browser request (fetch, a form post, a "simple"
//   text/plain POST that needs no CORS preflight). The H5 app is served from the same origin, and the SDK, scripts
//   and tests send no Origin at all.
import type http from 'node:http';
import { sendJson } from './http-util';

const LOOPBACK_HOST = /^(?:127\.0\.0\.1|localhost|\[::1\])(?::\d{1,5})?$/i;

/** The origins a page served by the local cloud itself has, under each of its loopback names. */
function ownOrigins(port: number): Set<string> {
  const origins = new Set<string>();
  for (const name of ['127.0.0.1', 'localhost', '[::1]']) {
    origins.add(`http://${name}:${port}`);
    // A browser leaves the default port out of an origin.
    if (port === 80) origins.add(`http://${name}`);
  }
  return origins;
}

/**
 * Refuses (and answers) a request that a web page could have made the developer's browser send: a foreign Host
 * (421) or a foreign Origin (403). Returns true when it answered.
 */
export function refuseForeignRequest(req: http.IncomingMessage, res: http.ServerResponse, port: number): boolean {
  const host = req.headers.host ?? '';
  if (!LOOPBACK_HOST.test(host)) {
    sendJson(res, 421, {
      code: 'FOREIGN_HOST',
      message: 'the local cloud answers only loopback host names (127.0.0.1, localhost, [::1])',
    });
    return true;
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !ownOrigins(port).has(origin)) {
    sendJson(res, 403, {
      code: 'FOREIGN_ORIGIN',
      message: 'the local cloud refuses browser requests from another origin than its own',
    });
    return true;
  }
  return false;
}

/**
 * The SDK sends every back-end request as `application/json`; a browser can send text/plain, form-urlencoded or
 * multipart without a CORS preflight, so anything else is refused (415). Returns true when it answered.
 */
export function refuseNonJson(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json') return false;
  sendJson(res, 415, {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'the back end takes application/json, as the SDK sends it',
  });
  return true;
}
