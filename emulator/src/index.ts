// The local CloudBase: one port serving the functions gateway, the back end the SDK talks to, and the H5 app,
// configured from the project's cloudbaserc.json the way a deploy would be.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CloudClock } from './clock';
import { DatabaseService, type CollectionSpec } from './database/database-server';
import { FunctionError, FunctionsGateway, type FunctionSettings } from './functions/functions-gateway';
import { InvocationJournal } from './functions/invocation-journal';
import { TimerTriggers, type TimerDeclaration } from './functions/timer-triggers';
import { decodePathPart, HttpError, readJson, sendJson } from './http-util';
import { dataBrowser } from './inspector/data-browser';
import { functionFailure, startLocalCloudServer, type ExtraRoute } from './local-cloud-server';
import { StorageService } from './storage/storage-service';
import { rulesProblem, WeChatService, type WeChatRules } from './wechat/wechat-service';

export { CloudClock } from './clock';
export { FunctionsGateway, FunctionError } from './functions/functions-gateway';
export type { WeChatIdentity, Trigger } from './functions/functions-gateway';
export type { Invocation } from './functions/invocation-journal';
export type { ExtraRoute } from './local-cloud-server';
export { sendJson } from './http-util';
export type { WeChatRules, SentMessage, MediaCheckEvent } from './wechat/wechat-service';
export { subscribeDataProblem } from './wechat/subscribe-fields';
export { execAgainstLocalCloud, cloudEnvironment, type ExecOptions } from './exec';
export { exportDataFolder, importDataFolder, SNAPSHOT_FORMAT } from './snapshot';
// A data folder read directly, with no server (tests comparing what an export or import left behind).
export { DocumentStore, type CollectionSpec, type IndexSpec, type Doc } from './database/document-store';
export { toStorage, fromStorage } from './database/ejson-codec';

export interface LocalCloudOptions {
  /** Path of cloudbaserc.json; its `functionRoot` and per-function settings are used. */
  configFile: string;
  /** Collections and indexes to create, as declared in the repository (database/collections.json). */
  collectionsFile: string;
  /** Folder for the SQLite file; omitted keeps the database in memory (tests). */
  dataDir?: string;
  staticDir?: string;
  port?: number;
  /** Workers per function (default 2). */
  workersPerFunction?: number;
  /** Multiplies every function's timeout (tests on a busy machine); default 1, as deployed. */
  timeoutScale?: number;
  /** 'schedule' (default) fires timer triggers on their schedules; 'manual' only when asked (tests). */
  timers?: 'schedule' | 'manual';
  /** How the local WeChat open APIs answer (risk ranks, content verdicts…); changeable later. */
  wechatRules?: WeChatRules;
  /** The function the platform pushes WeChat events (media-check verdicts) to, as set in the WeChat console. */
  messagePushFunction?: string;
  /**
   * Values for `{{env.NAME}}` in functions' `envVariables` (cloudbaserc.json), as a deploy fills them from .env
   * files; names missing here are read from process.env.
   */
  functionEnv?: Record<string, string>;
  /** More developer routes on the same port (e.g. the app's own local-only endpoints). */
  routes?: ExtraRoute[];
  log?: (line: string) => void;
}

export interface LocalCloud {
  url: string;
  port: number;
  gateway: FunctionsGateway;
  database: DatabaseService;
  wechat: WeChatService;
  storage: StorageService;
  timers: TimerTriggers;
  /** The cloud's one clock: `set` moves the database, the functions and the timers to any date at once. */
  clock: CloudClock;
  close(): Promise<void>;
}

interface CloudbaseRc {
  functionRoot?: string;
  functions?: Array<{
    name: string;
    timeout?: number;
    memorySize?: number;
    envVariables?: Record<string, string>;
    triggers?: Array<{ name: string; type: string; config: string }>;
  }>;
}

const json = (route: (url: URL, body: () => Promise<unknown>) => unknown, method: string, pattern: RegExp) => {
  const handler: ExtraRoute = async (req, res, url) => {
    if (req.method !== method || !pattern.test(url.pathname)) return false;
    // A body that is not JSON is the client's error (400), as is anything a route refuses with an HttpError.
    const body = () => readJson(req, 1024 * 1024);
    sendJson(res, 200, (await route(url, body)) ?? null);
    return true;
  };
  return handler;
};

/** Fills `{{env.NAME}}` placeholders the way the CloudBase CLI does at deploy. */
function resolveEnv(declared: Record<string, string>, given: Record<string, string>): Record<string, string> {
  const resolved: Record<string, string> = {};
  for (const [key, value] of Object.entries(declared)) {
    resolved[key] = value.replace(
      /\{\{\s*env\.([A-Za-z0-9_]+)\s*\}\}/g,
      (_, name: string) => given[name] ?? process.env[name] ?? '',
    );
  }
  return resolved;
}

// CloudBase's defaults when cloudbaserc.json leaves a setting out.
const DEFAULT_SETTINGS: FunctionSettings = { timeout: 5, memorySize: 256 };

export async function startLocalCloud(options: LocalCloudOptions): Promise<LocalCloud> {
  const clock = new CloudClock();
  const rc = JSON.parse(readFileSync(options.configFile, 'utf8')) as CloudbaseRc;
  const root = path.dirname(options.configFile);
  const functionsDir = path.resolve(root, rc.functionRoot ?? 'cloudfunctions');
  const settings = new Map((rc.functions ?? []).map((fn) => [fn.name, fn]));
  // A name declared twice deploys one of its settings and silently drops the other (a lost environment variable):
  // refuse the file as the CLI should.
  if (settings.size !== (rc.functions ?? []).length) {
    const names = (rc.functions ?? []).map((fn) => fn.name);
    const twice = names.filter((name, i) => names.indexOf(name) !== i);
    throw new Error(`cloudbaserc.json declares function ${twice.join(', ')} more than once`);
  }

  const gateway = new FunctionsGateway({
    functionsDir,
    // What the platform's runtime provides; the SDK checks for it and then skips its metadata-host lookups.
    baseEnv: {
      TENCENTCLOUD_RUNENV: 'SCF',
      TENCENTCLOUD: 'true',
      TENCENTCLOUD_REGION: 'ap-shanghai',
      SCF_NAMESPACE: 'local',
      TENCENTCLOUD_SECRETID: 'local-secret-id',
      TENCENTCLOUD_SECRETKEY: 'local-secret-key',
      TCB_ENV: 'local',
    },
    settings: (name) => {
      const declared = settings.get(name);
      return {
        timeout: (declared?.timeout ?? DEFAULT_SETTINGS.timeout) * (options.timeoutScale ?? 1),
        memorySize: declared?.memorySize ?? DEFAULT_SETTINGS.memorySize,
        env: resolveEnv(declared?.envVariables ?? {}, options.functionEnv ?? {}),
      };
    },
    workersPerFunction: options.workersPerFunction,
    journal: new InvocationJournal(),
    clock,
    log: options.log,
  });
  const { collections } = JSON.parse(readFileSync(options.collectionsFile, 'utf8')) as {
    collections: CollectionSpec[];
  };
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const database = new DatabaseService({
    file: options.dataDir ? path.join(options.dataDir, 'database.sqlite') : undefined,
    collections,
    clock,
  });

  let baseUrl = '';
  const storage = new StorageService({
    dir: options.dataDir ? path.join(options.dataDir, 'storage') : undefined,
    baseUrl: () => baseUrl,
    clock,
  });
  const wechat = new WeChatService({
    log: options.log,
    clock,
    deliver: options.messagePushFunction
      ? async (event) => {
          await gateway.invoke(options.messagePushFunction!, event, { kind: 'message' });
        }
      : undefined,
  });
  if (options.wechatRules) wechat.setRules(options.wechatRules);
  const timerDeclarations: TimerDeclaration[] = (rc.functions ?? []).flatMap((fn) =>
    (fn.triggers ?? [])
      .filter((trigger) => trigger.type === 'timer')
      .map((trigger) => ({ functionName: fn.name, triggerName: trigger.name, config: trigger.config })),
  );
  const timers = new TimerTriggers(timerDeclarations, gateway, options.log);

  // The developer's API: what ran and what it cost, the timers, and the WeChat stand-ins' settings and outbox.
  const routes: ExtraRoute[] = [
    json(
      () => ({ inFlight: gateway.journal.inFlight(), invocations: gateway.journal.recent() }),
      'GET',
      /^\/_emulator\/invocations$/,
    ),
    json(() => timers.list(), 'GET', /^\/_emulator\/timers$/),
    json(() => ({ now: clock.now() }), 'GET', /^\/_emulator\/clock$/),
    json(
      // { at: ISO instant, frozen?: boolean } moves the cloud; { at: null } puts it back on the machine's time.
      async (_url, body) => {
        const given = (await body()) ?? {};
        const { at, frozen } = given as { at?: unknown; frozen?: unknown };
        const instant = typeof at === 'string' || typeof at === 'number' ? new Date(at).getTime() : Number.NaN;
        if (typeof given !== 'object' || Array.isArray(given)) {
          throw new HttpError(400, 'INVALID_BODY', 'expected { "at": <ISO instant or null>, "frozen"?: boolean }');
        }
        if (at != null && Number.isNaN(instant)) {
          throw new HttpError(400, 'INVALID_BODY', `not an instant: ${JSON.stringify(at)}`);
        }
        if (at == null) clock.reset();
        else clock.set(instant, { frozen: frozen === true });
        return { now: clock.now() };
      },
      'PUT',
      /^\/_emulator\/clock$/,
    ),
    json(
      async (url) => {
        const [, , , fn = '', trigger = ''] = url.pathname.split('/').map(decodePathPart);
        if (!timers.has(fn, trigger)) {
          throw new HttpError(404, 'TIMER_NOT_FOUND', `no timer trigger ${trigger} on function ${fn}`);
        }
        try {
          return await timers.fire(fn, trigger);
        } catch (error) {
          // The function failed: answered as the gateway answers a failed call, with the platform's wording.
          if (error instanceof FunctionError) throw functionFailure(error);
          throw error;
        }
      },
      'POST',
      /^\/_emulator\/timers\/[^/]+\/[^/]+$/,
    ),
    json(() => wechat.getRules(), 'GET', /^\/_emulator\/wechat\/rules$/),
    json(
      async (_url, body) => {
        const rules = (await body()) ?? {};
        const problem = rulesProblem(rules);
        if (problem) throw new HttpError(400, 'INVALID_RULES', problem);
        wechat.setRules(rules as WeChatRules);
      },
      'PUT',
      /^\/_emulator\/wechat\/rules$/,
    ),
    json(() => wechat.outbox, 'GET', /^\/_emulator\/wechat\/outbox$/),
    json(() => wechat.flushVerdicts(), 'POST', /^\/_emulator\/wechat\/flush$/),
    (req, res, url) => storage.route(req, res, url),
    dataBrowser({ database, journal: gateway.journal, timers, wechat }),
    ...(options.routes ?? []),
  ];

  const server = await startLocalCloudServer({
    gateway,
    backends: [
      {
        prefix: 'database.',
        kind: 'db',
        answer: (body) => database.answerBody(body),
        documentsRead: () => database.engine.examined,
      },
      wechat,
      storage,
    ],
    routes,
    staticDir: options.staticDir,
    port: options.port,
    log: options.log,
    onClose: async () => {
      timers.stop();
      wechat.close();
      await gateway.close();
      database.close();
    },
  });
  baseUrl = server.url;
  if ((options.timers ?? 'schedule') === 'schedule') timers.start();
  // Functions reach the back end through the SDK, pointed here as the platform's runtime points it at CloudBase;
  // each invocation gets its own tagged path so the server can charge its calls to it.
  gateway.setEnv('TCB_CONTEXT_CNFG', JSON.stringify({ URL: `${server.url}/admin` }));
  gateway.setEnv('TCB_CONTEXT_KEYS', 'TCB_CONTEXT_CNFG');
  gateway.setBackendUrl((requestId) => `${server.url}/inv/${requestId}/admin`);
  return { ...server, gateway, database, wechat, storage, timers, clock };
}
