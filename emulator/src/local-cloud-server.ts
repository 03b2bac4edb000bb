// The local cloud's HTTP face on one port: `POST /fn/<name>` (the functions gateway) and, optionally, a static
// site (the H5 build). Identity arrives in the `x-wx-openid` header, which only this gateway reads.
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { DatabaseService } from './database/database-server';
import { FunctionError, type FunctionsGateway } from './functions-gateway';

export interface LocalCloudServerOptions {
  gateway: FunctionsGateway;
  /** Answers the SDK's database requests at `/admin`. */
  database?: DatabaseService;
  /** Folder served at `/` (e.g. dist/h5). */
  staticDir?: string;
  host?: string;
  port?: number;
}

const MAX_BODY_BYTES = 6 * 1024 * 1024; // CloudBase's limit on a function call's payload.

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

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function serveStatic(root: string, urlPath: string, res: http.ServerResponse): Promise<void> {
  const relative = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  let file = path.resolve(root, `.${relative}`);
  if (!file.startsWith(path.resolve(root))) {
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
  try {
    const text = await readBody(req);
    event = text ? JSON.parse(text) : {};
  } catch (error) {
    sendJson(res, 400, { code: 'INVALID_BODY', message: (error as Error).message });
    return;
  }
  const appid = req.headers['x-wx-appid'];
  try {
    const result = await gateway.invoke(name, event, {
      openid,
      appid: typeof appid === 'string' ? appid : undefined,
    });
    sendJson(res, 200, result ?? null);
  } catch (error) {
    if (error instanceof FunctionError) {
      sendJson(res, error.code === 'FUNCTION_NOT_FOUND' ? 404 : 502, { code: error.code, message: error.message });
      return;
    }
    sendJson(res, 502, { code: 'FUNCTION_CRASHED', message: (error as Error).message });
  }
}

export interface RunningServer {
  url: string;
  port: number;
  close: () => Promise<void>;
}

export function startLocalCloudServer(options: LocalCloudServerOptions): Promise<RunningServer> {
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    if (options.database && req.method === 'POST' && /^\/admin(\?|$)/.test(url)) {
      void options.database.handle(req, res);
      return;
    }
    const fn = /^\/fn\/([^/?]+)/.exec(url);
    if (fn && req.method === 'POST') {
      void handleFunctionCall(options.gateway, decodeURIComponent(fn[1] ?? ''), req, res);
      return;
    }
    if (options.staticDir && (req.method === 'GET' || req.method === 'HEAD')) {
      void serveStatic(options.staticDir, url, res);
      return;
    }
    res.writeHead(404).end();
  });
  server.keepAliveTimeout = 60_000;
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://${host}:${port}`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => {
              options.database?.close();
              done();
            });
          }),
      });
    });
  });
}
