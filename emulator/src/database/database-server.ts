// The database half of the local CloudBase: answers the SDK's `POST …/admin` requests (serviceUrl or
// TCB_CONTEXT_CNFG point the SDK here) from a durable SQLite-backed store.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CloudClock } from '../clock';
import { DatabaseEngine, type Reply } from './database-engine';
import { DocumentStore, type CollectionSpec } from './document-store';
import { DB_ERRORS, DbError } from './errors';
import { readBody, sendJson } from '../http-util';
import { refuseForeignRequest, refuseNonJson } from '../loopback-guard';

export type { CollectionSpec, IndexSpec } from './document-store';

export interface DatabaseServerOptions {
  /** SQLite file; omitted means an in-memory store. */
  file?: string;
  collections: CollectionSpec[];
  /** Transaction expiry, ms (CloudBase: 30 s). */
  transactionTimeoutMs?: number;
  /** The cloud's clock (serverDate, transaction expiry); the machine's time when omitted. */
  clock?: CloudClock;
  port?: number;
}

export interface RunningDatabase {
  /** What to give the SDK as serviceUrl, e.g. http://127.0.0.1:PORT/admin. */
  url: string;
  /** Documents read to answer requests so far (MongoDB's docsExamined), for tests of what a query costs. */
  examined(): number;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 16 * 1024 * 1024;

/** The database as a request handler, to mount on a server of one's own. */
export class DatabaseService {
  readonly store: DocumentStore;
  readonly engine: DatabaseEngine;
  private readonly sweeper: NodeJS.Timeout;

  constructor(options: Omit<DatabaseServerOptions, 'port'>) {
    this.store = new DocumentStore(options.file, options.collections);
    const clock = options.clock ?? new CloudClock();
    this.engine = new DatabaseEngine(this.store, {
      transactionTimeoutMs: options.transactionTimeoutMs ?? 30_000,
      clock: () => clock.nowMs(),
    });
    this.sweeper = setInterval(() => this.engine.sweep(clock.nowMs()), 1000).unref();
  }

  /** Answers one request body (already read) with the reply body CloudBase would send. */
  answer(text: string): Reply {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return { code: DB_ERRORS.INVALID_PARAM, message: 'request body is not JSON' };
    }
    return this.answerBody(body);
  }

  /** Answers one parsed request body. */
  answerBody(body: unknown): Reply {
    if (body === null || typeof body !== 'object' || typeof (body as { action?: unknown }).action !== 'string') {
      return { code: DB_ERRORS.INVALID_PARAM, message: 'request body must be an object with an action' };
    }
    const { action } = body as { action: string };
    try {
      return { ...this.engine.handle(action, body as Record<string, unknown>), requestId: 'local' };
    } catch (error) {
      if (error instanceof DbError) return { code: error.code, message: error.message, requestId: 'local' };
      return { code: DB_ERRORS.REQUEST_FAILED, message: (error as Error).message, requestId: 'local' };
    }
  }

  async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    let text: string;
    try {
      text = (await readBody(req, MAX_BODY_BYTES)).toString('utf8');
    } catch {
      res.writeHead(413).end();
      return;
    }
    sendJson(res, 200, this.answer(text));
  }

  close(): void {
    clearInterval(this.sweeper);
    this.store.close();
  }
}

export function startDatabaseServer(options: DatabaseServerOptions): Promise<RunningDatabase> {
  const service = new DatabaseService(options);
  let port = 0; // known once listening, before any request arrives
  const server = http.createServer((req, res) => {
    // The same checks as the whole local cloud's port: web pages the developer has open must not reach it.
    if (refuseForeignRequest(req, res, port)) return;
    if (req.method === 'POST' && /\/admin(\?|$)/.test(req.url ?? '')) {
      if (refuseNonJson(req, res)) return;
      void service.handle(req, res);
      return;
    }
    res.writeHead(404).end();
  });
  server.keepAliveTimeout = 60_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${port}/admin`,
        examined: () => service.engine.examined,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => {
              service.close();
              done();
            });
          }),
      });
    });
  });
}
