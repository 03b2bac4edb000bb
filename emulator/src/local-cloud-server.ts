// The local cloud's HTTP face on one port:
// - `POST /fn/<name>`: the functions gateway. Identity arrives in the `x-wx-openid` header, which only the gateway
//   reads; functions get it from their platform context.
// - `POST /admin` and `POST /inv/<requestId>/admin`: the back end the SDK talks to (database, WeChat open APIs,
//   storage), told apart by the body's `action`. Functions are given the tagged form so every call is charged to
//   the invocation that made it.
// - `/_emulator/…`: the developer's own routes (extensions register them), and `/` the static H5 app.
// Every route is unauthenticated, as the platform's trust comes from WeChat; loopback-guard.ts keeps web pages out.
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { FunctionError, type FunctionsGateway } from './functions/functions-gateway';
import type { CostKind } from './functions/invocation-journal';
import { BodyTooLarge, decodePathPart, HttpError, isInside, readBody, sendJson } from './http-util';
import { refuseForeignRequest, refuseNonJson } from './loopback-guard';

/** Answers the SDK's requests whose action starts with `prefix` (e.g. `database.`). */
export interface BackendService {
  prefix: string;
  kind: CostKind;
  answer(body: Record<string, unknown>, requestId: string | undefined): unknown;
  /**
   * A running count of documents the service has read (the database's docsExamined). Read just before and just after
   * a synchronous `answer`, so the difference is that request's own: nothing else runs in between.
   */
  documentsRead?: () => number;
}

/** A route of the developer-facing API; answering true means handled. */
export type ExtraRoute = (
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
) => Promise<boolean> | boolean;

export interface LocalCloudServerOptions {
  gateway: FunctionsGateway;
  backends: BackendService[];
  routes?: ExtraRoute[];
  /** Folder served at `/` (e.g. dist/h5). */
  staticDir?: string;
  host?: string;
  port?: number;
  onClose?: () => void | Promise<void>;
  /** Where the local cloud's own failures are reported in full (the client gets a bare 500); default stderr. */
  log?: (line: string) => void;
}

const MAX_CALL_BYTES = 6 * 1024 * 1024; // CloudBase's limit on a function call's payload.
const MAX_BACKEND_BYTES = 16 * 1024 * 1024;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

async function serveStatic(root: string, urlPath: string, res: http.ServerResponse): Promise<void> {
  // The URL parser folds `..` segments, but not an encoded separator (`..%2f`), which decoding turns into one.
  let file = path.resolve(root, `.${decodePathPart(urlPath)}`);
  if (!isInside(root, file)) {
    res.writeHead(403).end();
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
  }
}

async function handleFunctionCall(
  gateway: FunctionsGateway,
  name: string,
  req: http.IncomingMessage,
  res: http.ServerResponse,
) {
  const openid = req.headers['x-wx-openid'];
  if (typeof openid !== 'string' || openid.length === 0) {
    // On the platform every call from the mini-program carries an openid; a call without one is not a real call.
    sendJson(res, 401, { code: 'MISSING_OPENID', message: 'x-wx-openid header is required' });
    return;
  }
  let event: unknown;
  let text: string;
  try {
    text = (await readBody(req, MAX_CALL_BYTES)).toString('utf8') || '{}';
    event = JSON.parse(text);
  } catch (error) {
    sendJson(res, error instanceof BodyTooLarge ? 413 : 400, {
      code: 'INVALID_BODY',
      message: (error as Error).message,
    });
    return;
  }
  const appid = req.headers['x-wx-appid'];
  try {
    const json = await gateway.invokeJson(
      name,
      event,
      { openid, appid: typeof appid === 'string' ? appid : undefined },
      text,
    );
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(json),
    });
    res.end(json);
  } catch (error) {
    if (!(error instanceof FunctionError)) throw error;
    throw functionFailure(error);
  }
}

/** A failed invocation as the gateway answers it: 404 unknown, 504 timed out, 502 failed or crashed. */
export function functionFailure(error: FunctionError): HttpError {
  const status = error.code === 'FUNCTION_NOT_FOUND' ? 404 : error.code === 'FUNCTION_TIMEOUT' ? 504 : 502;
  return new HttpError(status, error.code, error.message, { errCode: error.errCode });
}

async function handleBackend(
  options: LocalCloudServerOptions,
  requestId: string | undefined,
  req: http.IncomingMessage,
  res: http.ServerResponse,
) {
  let body: unknown;
  try {
    body = JSON.parse((await readBody(req, MAX_BACKEND_BYTES)).toString('utf8'));
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      res.writeHead(413).end();
      return;
    }
    sendJson(res, 200, { code: 'INVALID_PARAM', message: 'request body is not JSON', requestId: 'local' });
    return;
  }
  const action = (body as { action?: unknown } | null)?.action;
  const service =
    typeof action === 'string' ? options.backends.find((backend) => action.startsWith(backend.prefix)) : undefined;
  if (!service || body === null || typeof body !== 'object') {
    const what = typeof action === 'string' ? `unknown action ${action}` : 'request body must have an action';
    sendJson(res, 200, { code: 'INVALID_PARAM', message: what, requestId: 'local' });
    return;
  }
  const started = performance.now();
  const readBefore = service.documentsRead?.() ?? 0;
  let reply: unknown;
  let docsExamined = 0;
  try {
    const answered = service.answer(body as Record<string, unknown>, requestId);
    docsExamined = (service.documentsRead?.() ?? 0) - readBefore;
    reply = await answered;
  } catch (error) {
    reply = { code: 'SYS_ERR', message: (error as Error).message, requestId: 'local' };
  }
  const ms = Math.round((performance.now() - started) * 10) / 10;
  const bytes = sendJson(res, 200, reply);
  const collection = (body as { collectionName?: unknown }).collectionName;
  options.gateway.journal.charge(requestId, service.kind, bytes, {
    action: String(action),
    ...(typeof collection === 'string' ? { collection } : {}),
    ms,
    docsExamined,
  });
}

export interface RunningServer {
  url: string;
  port: number;
  close: () => Promise<void>;
}

const BACKEND_PATH = /^\/(?:inv\/([A-Za-z0-9-]{1,64})\/)?admin$/;

async function answer(
  options: LocalCloudServerOptions,
  port: number,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<void> {
  // Before anything else, on every route: only this machine's own tools and pages are answered.
  if (refuseForeignRequest(req, res, port)) return;
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://local');
  } catch {
    throw new HttpError(400, 'INVALID_PATH', 'the request target is not a valid URL');
  }
  const backend = BACKEND_PATH.exec(url.pathname);
  if (backend && req.method === 'POST') {
    if (refuseNonJson(req, res)) return;
    await handleBackend(options, backend[1], req, res);
    return;
  }
  const fn = /^\/fn\/([^/]+)$/.exec(url.pathname);
  if (fn && req.method === 'POST') {
    await handleFunctionCall(options.gateway, decodePathPart(fn[1] ?? ''), req, res);
    return;
  }
  for (const route of options.routes ?? []) {
    if (await route(req, res, url)) return;
  }
  if (options.staticDir && (req.method === 'GET' || req.method === 'HEAD')) {
    await serveStatic(options.staticDir, url.pathname, res);
    return;
  }
  res.writeHead(404).end();
}

/**
 * Answers what escaped a route: an HttpError as it says; anything else is the local cloud's own failure, whose
 * message may name files on this machine, so the client gets a bare 500 and the log the details.
 */
function fail(error: unknown, req: http.IncomingMessage, res: http.ServerResponse, log: (line: string) => void) {
  if (!(error instanceof HttpError)) {
    log(`[local cloud] ${req.method} ${req.url} failed: ${error instanceof Error ? error.stack : String(error)}`);
  }
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (error instanceof HttpError) {
    sendJson(res, error.status, { code: error.code, ...error.extra, message: error.message });
  } else {
    sendJson(res, 500, { code: 'EMULATOR_ERROR', message: 'the local cloud failed to answer; its log says why' });
  }
}

export function startLocalCloudServer(options: LocalCloudServerOptions): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  let port = 0; // known once listening, before any request arrives (server.address() is null once closed)
  const server = http.createServer((req, res) => {
    // Every failure, thrown or rejected, ends in an answer: one bad request must not stop the local cloud.
    answer(options, port, req, res).catch((error: unknown) => fail(error, req, res, log));
  });
  server.keepAliveTimeout = 60_000;
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://${host}:${port}`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => {
              void Promise.resolve(options.onClose?.()).then(() => done());
            });
          }),
      });
    });
  });
}
