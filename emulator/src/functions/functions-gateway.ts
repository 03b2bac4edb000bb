// Invokes built CloudBase functions (`<functionsDir>/<name>/index.js`, `main(event, context)`) the way the platform
// does. Each function gets a pool of worker threads, the local stand-in for the platform's instances: a worker
// loads the bundle once and may run several invocations at once, each seeing only its own caller through a
// per-invocation environment. An invocation past its timeout fails with the platform's error and its worker is
// retired: it takes no new work, the invocations it still holds finish or time out, then it is terminated.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { CloudClock } from '../clock';
import { InvocationJournal, type Invocation } from './invocation-journal';
import type { FromWorker, ToWorker } from './worker-protocol';
import { workerSource } from './worker-source';

export interface WeChatIdentity {
  openid: string;
  appid?: string;
  unionid?: string;
  /** The phone's IP address as the platform reports it (WX_CLIENTIP); local calls come from 127.0.0.1. */
  clientIp?: string;
}

export interface FunctionSettings {
  /** Seconds, as `timeout` in cloudbaserc.json. */
  timeout: number;
  /** MB, as `memorySize` in cloudbaserc.json; the worker's heap limit. */
  memorySize: number;
  /** The function's own environment variables (`envVariables` in cloudbaserc.json). */
  env?: Record<string, string>;
}

export interface GatewayOptions {
  functionsDir: string;
  /** Environment every invocation sees (the simulated runtime, the back end's URL). */
  baseEnv: Record<string, string>;
  settings: (name: string) => FunctionSettings;
  /** Workers per function (default 2, this machine's cores). */
  workersPerFunction?: number;
  /**
   * The URL the SDK should use for back-end calls made by invocation `requestId`; tagging it lets the server
   * charge each database, WeChat or storage call to the invocation that made it.
   */
  backendUrl?: (requestId: string) => string;
  journal?: InvocationJournal;
  /** The cloud's clock, which every function instance reads as its `Date` (default: the machine's time). */
  clock?: CloudClock;
  log?: (line: string) => void;
}

export type FunctionErrorCode =
  'FUNCTION_NOT_FOUND' | 'FUNCTION_TIMEOUT' | 'FUNCTION_FAILED' | 'FUNCTION_CRASHED' | 'FUNCTION_RESULT_TOO_LARGE';

// The numbers `wx.cloud.callFunction` reports for these failures on the platform.
const PLATFORM_ERR_CODES: Record<FunctionErrorCode, number> = {
  FUNCTION_NOT_FOUND: -501000,
  FUNCTION_TIMEOUT: -504003,
  FUNCTION_FAILED: -504002,
  FUNCTION_CRASHED: -504002,
  FUNCTION_RESULT_TOO_LARGE: -504002,
};

export class FunctionError extends Error {
  readonly errCode: number;
  constructor(
    readonly code: FunctionErrorCode,
    message: string,
  ) {
    super(message);
    this.errCode = PLATFORM_ERR_CODES[code];
  }
}

/**
 * A failure's message as a caller may see it: the folders of this machine it names (the functions' root, the
 * working folder, the home folder) are left out, so `/home/dev/repo/cloudfunctions/vote/index.js` reads
 * `vote/index.js`. The full text, stack included, still goes to the developer's log.
 */
export function withoutLocalPaths(message: string, functionsDir: string): string {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const roots = [path.resolve(functionsDir), process.cwd(), os.homedir()]
    .filter((root) => root.length > 1)
    .sort((a, b) => b.length - a.length); // the most specific first: the functions' root lies in the others
  let text = message;
  for (const root of roots) {
    text = text
      .replace(new RegExp(`${escape(root)}${escape(path.sep)}`, 'g'), '')
      .replace(new RegExp(`${escape(root)}(?![\\w.-])`, 'g'), '.');
  }
  return text;
}

/**
 * The variables through which a function (and the SDK's getUserInfo / getCloudbaseContext) learns who called it.
 * Only an invocation's own overlay may carry them: inherited from the shell that started the local cloud, or
 * declared among a function's variables, they would give a timer a caller it does not have.
 */
const CALLER_VARIABLE = /^(?:WX_.*|TCB_UUID|TCB_CUSTOM_USER_ID|TCB_ISANONYMOUS_USER|LOGINTYPE|TRIGGER_SRC)$/;

function withoutCaller(env: Record<string, string | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !CALLER_VARIABLE.test(key)));
}

export type Trigger = { kind: 'wx'; identity: WeChatIdentity } | { kind: 'timer' } | { kind: 'message' };

const FUNCTION_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,59}$/;
// CloudBase refuses a function result above 6 MB.
const MAX_RESULT_BYTES = 6 * 1024 * 1024;

interface Pending {
  record: Invocation;
  resolve: (json: string) => void;
  reject: (error: FunctionError) => void;
  timer: NodeJS.Timeout;
}

class WorkerSlot {
  readonly worker: Worker;
  /** Invocations still owed an answer; a timed-out one leaves this map at once. */
  readonly pending = new Map<number, Pending>();
  retiring = false;
  exited = false;

  constructor(
    readonly name: string,
    private readonly functionsDir: string,
    settings: FunctionSettings,
    env: Record<string, string>,
    clock: CloudClock,
    private readonly onLog: (requestId: string, level: string, text: string) => void,
    private readonly onGone: (slot: WorkerSlot) => void,
  ) {
    this.worker = new Worker(workerSource(), {
      eval: true,
      workerData: { clock: clock.buffer },
      env: withoutCaller({ ...process.env, ...env, ...settings.env }),
      resourceLimits: { maxOldGenerationSizeMb: settings.memorySize },
      stdout: false,
      stderr: false,
    });
    this.worker.unref();
    this.worker.on('message', (message: FromWorker) => this.receive(message));
    this.worker.on('error', (error: Error & { code?: string }) => {
      const reason =
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `Memory limit exceeded (${settings.memorySize} MB)`
          : `function instance crashed: ${withoutLocalPaths(error.message, functionsDir)}`;
      this.failAll(new FunctionError('FUNCTION_CRASHED', reason));
    });
    this.worker.on('exit', () => {
      this.exited = true;
      this.failAll(new FunctionError('FUNCTION_CRASHED', 'function instance exited'));
      this.onGone(this);
    });
  }

  private receive(message: FromWorker): void {
    if (message.type === 'log') {
      this.onLog(message.requestId, message.level, message.text);
      return;
    }
    if (message.type !== 'result') return;
    const pending = this.pending.get(message.id);
    if (!pending) return; // it already timed out
    this.settle(message.id, pending);
    if (!message.ok) {
      this.onLog(pending.record.requestId, 'error', message.stack);
      pending.reject(new FunctionError('FUNCTION_FAILED', withoutLocalPaths(message.message, this.functionsDir)));
    } else if (Buffer.byteLength(message.json) > MAX_RESULT_BYTES) {
      pending.reject(new FunctionError('FUNCTION_RESULT_TOO_LARGE', 'function result exceeds 6 MB'));
    } else {
      pending.resolve(message.json);
    }
  }

  private settle(id: number, pending: Pending): void {
    clearTimeout(pending.timer);
    this.pending.delete(id);
    if (this.retiring && this.pending.size === 0) void this.worker.terminate();
  }

  run(message: ToWorker, record: Invocation, timeoutMs: number, timeoutText: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const pending = this.pending.get(message.id);
        if (!pending) return;
        // The instance is stuck or slow: send it nothing more and let what it holds finish before it goes.
        this.settle(message.id, pending);
        this.retire();
        reject(new FunctionError('FUNCTION_TIMEOUT', timeoutText));
      }, timeoutMs);
      this.pending.set(message.id, { record, resolve, reject, timer });
      this.worker.postMessage(message);
    });
  }

  /** Takes no new work; terminates once what it holds has finished. */
  retire(): void {
    this.retiring = true;
    this.onGone(this);
    if (this.pending.size === 0) void this.worker.terminate();
  }

  private failAll(error: FunctionError): void {
    for (const [id, pending] of this.pending) {
      this.settle(id, pending);
      pending.reject(error);
    }
  }
}

export class FunctionsGateway {
  readonly journal: InvocationJournal;
  private readonly pools = new Map<string, WorkerSlot[]>();
  private readonly files = new Map<string, string>();
  private nextId = 1;
  readonly clock: CloudClock;

  constructor(private readonly options: GatewayOptions) {
    this.journal = options.journal ?? new InvocationJournal();
    this.clock = options.clock ?? new CloudClock();
  }

  /** Sets a variable every later invocation sees (e.g. the back end's URL, known once the server listens). */
  setEnv(key: string, value: string): void {
    this.options.baseEnv[key] = value;
    // A worker's base environment is fixed at its birth: retire the current ones so new workers see the change.
    for (const slot of [...this.pools.values()].flat()) slot.retire();
  }

  setBackendUrl(backendUrl: (requestId: string) => string): void {
    this.options.backendUrl = backendUrl;
  }

  private fileOf(name: string): string {
    const known = this.files.get(name);
    if (known) return known;
    const file = path.join(this.options.functionsDir, name, 'index.js');
    if (!FUNCTION_NAME.test(name) || !existsSync(file)) {
      // The caller learns the name only; where the bundle was looked for is for the developer's log.
      if (FUNCTION_NAME.test(name)) this.options.log?.(`[${name}] not built: no ${file}`);
      throw new FunctionError('FUNCTION_NOT_FOUND', `function ${name} is not built`);
    }
    this.files.set(name, file);
    return file;
  }

  private slotFor(name: string, settings: FunctionSettings): WorkerSlot {
    const pool = this.pools.get(name) ?? [];
    this.pools.set(name, pool);
    const least = pool.reduce<WorkerSlot | undefined>(
      (best, slot) => (!best || slot.pending.size < best.pending.size ? slot : best),
      undefined,
    );
    if (least && (least.pending.size === 0 || pool.length >= (this.options.workersPerFunction ?? 2))) return least;
    const slot = new WorkerSlot(
      name,
      this.options.functionsDir,
      settings,
      this.options.baseEnv,
      this.clock,
      (requestId, level, text) => this.log(name, requestId, level, text),
      (gone) => {
        const list = this.pools.get(name);
        const index = list?.indexOf(gone) ?? -1;
        if (list && index >= 0) list.splice(index, 1);
      },
    );
    pool.push(slot);
    return slot;
  }

  private log(name: string, requestId: string, level: string, text: string): void {
    const tag = level === 'error' || level === 'warn' ? ` ${level.toUpperCase()}` : '';
    for (const line of text.split('\n')) this.options.log?.(`[${name} ${requestId}]${tag} ${line}`);
  }

  /** Runs one invocation and resolves to its answer (rejects with a FunctionError as the platform fails it). */
  async invoke(name: string, event: unknown, trigger: Trigger | WeChatIdentity | undefined): Promise<unknown> {
    return JSON.parse(await this.invokeJson(name, event, trigger)) as unknown;
  }

  /**
   * As invoke, but resolves to the answer's JSON text, as the platform hands it on. `eventJson`, the event as the
   * client sent it, spares a stringify that a deeply nested event would not survive.
   */
  async invokeJson(
    name: string,
    event: unknown,
    trigger: Trigger | WeChatIdentity | undefined,
    eventJson?: string,
  ): Promise<string> {
    const file = this.fileOf(name);
    const settings = this.options.settings(name);
    const how: Trigger = !trigger
      ? { kind: 'timer' }
      : 'kind' in trigger
        ? trigger
        : { kind: 'wx', identity: trigger };
    const identity = how.kind === 'wx' ? how.identity : undefined;
    const requestId = randomUUID();
    // Only what differs per invocation crosses to the worker; the base environment was its process.env from birth.
    // A timer or a pushed event has no caller: no openid, no appid, not even the list of the caller's keys.
    const env: Record<string, string | undefined> = {
      SCF_FUNCTIONNAME: name,
      SCF_REQUEST_ID: requestId,
      WX_CONTEXT_KEYS: identity ? 'WX_OPENID,WX_APPID,WX_UNIONID' : undefined,
      WX_OPENID: identity?.openid,
      WX_APPID: identity ? (identity.appid ?? 'wx-local-app') : undefined,
      WX_UNIONID: identity?.unionid,
      WX_CLIENTIP: identity ? (identity.clientIp ?? '127.0.0.1') : undefined,
      TRIGGER_SRC: how.kind === 'wx' ? 'wx' : how.kind,
    };
    if (this.options.backendUrl) {
      env.TCB_CONTEXT_CNFG = JSON.stringify({ URL: this.options.backendUrl(requestId) });
      env.TCB_CONTEXT_KEYS = 'TCB_CONTEXT_CNFG';
    }
    // The worker adds `environment` (the env as JSON), sparing this thread a stringify per call.
    const context = {
      request_id: requestId,
      function_name: name,
      memory_limit_in_mb: settings.memorySize,
      time_limit_in_ms: settings.timeout * 1000,
    };
    const action = (event as { action?: unknown } | null)?.action;
    const record = this.journal.start({
      requestId,
      name,
      action: typeof action === 'string' ? action : undefined,
      trigger: how.kind,
      startedAt: this.clock.now(),
    });
    const slot = this.slotFor(name, settings);
    try {
      const value = await slot.run(
        {
          type: 'invoke',
          id: this.nextId++,
          requestId,
          file,
          eventJson: eventJson ?? JSON.stringify(event ?? null),
          context,
          env,
        },
        record,
        settings.timeout * 1000,
        `Invoking task timed out after ${settings.timeout} seconds`,
      );
      this.journal.finish(record, 'ok');
      return value;
    } catch (error) {
      const code = error instanceof FunctionError ? error.code : 'FUNCTION_FAILED';
      this.journal.finish(
        record,
        code === 'FUNCTION_TIMEOUT' ? 'timeout' : code === 'FUNCTION_CRASHED' ? 'crashed' : 'failed',
      );
      throw error;
    } finally {
      this.options.log?.(`[${name} ${requestId}] ${record.outcome} in ${record.durationMs ?? '?'} ms`);
    }
  }

  /** Stops every worker (pending invocations fail as crashed). */
  async close(): Promise<void> {
    const slots = [...this.pools.values()].flat();
    this.pools.clear();
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }
}
