// The local CloudBase: one port serving the functions gateway, the back end the SDK talks to, and the H5 app,
// configured from the project's cloudbaserc.json the way a deploy would be.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DatabaseService, type CollectionSpec } from './database/database-server';
import { FunctionsGateway, type FunctionSettings } from './functions/functions-gateway';
import { InvocationJournal } from './functions/invocation-journal';
import { sendJson } from './http-util';
import { startLocalCloudServer, type ExtraRoute } from './local-cloud-server';

export { FunctionsGateway, FunctionError } from './functions/functions-gateway';
export type { WeChatIdentity, Trigger } from './functions/functions-gateway';
export type { Invocation } from './functions/invocation-journal';

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
  log?: (line: string) => void;
}

export interface LocalCloud {
  url: string;
  port: number;
  gateway: FunctionsGateway;
  database: DatabaseService;
  close(): Promise<void>;
}

interface CloudbaseRc {
  functionRoot?: string;
  functions?: Array<{ name: string; timeout?: number; memorySize?: number }>;
}

// CloudBase's defaults when cloudbaserc.json leaves a setting out.
const DEFAULT_SETTINGS: FunctionSettings = { timeout: 5, memorySize: 256 };

export async function startLocalCloud(options: LocalCloudOptions): Promise<LocalCloud> {
  const rc = JSON.parse(readFileSync(options.configFile, 'utf8')) as CloudbaseRc;
  const root = path.dirname(options.configFile);
  const functionsDir = path.resolve(root, rc.functionRoot ?? 'cloudfunctions');
  const settings = new Map((rc.functions ?? []).map((fn) => [fn.name, fn]));

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
    settings: (name) => ({ ...DEFAULT_SETTINGS, ...settings.get(name) }),
    workersPerFunction: options.workersPerFunction,
    journal: new InvocationJournal(),
    log: options.log,
  });
  const { collections } = JSON.parse(readFileSync(options.collectionsFile, 'utf8')) as {
    collections: CollectionSpec[];
  };
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const database = new DatabaseService({
    file: options.dataDir ? path.join(options.dataDir, 'database.sqlite') : undefined,
    collections,
  });

  const invocationsRoute: ExtraRoute = (req, res, url) => {
    if (req.method !== 'GET' || url.pathname !== '/_emulator/invocations') return false;
    sendJson(res, 200, { inFlight: gateway.journal.inFlight(), invocations: gateway.journal.recent() });
    return true;
  };

  const server = await startLocalCloudServer({
    gateway,
    backends: [{ prefix: 'database.', kind: 'db', answer: (body) => database.answerBody(body) }],
    routes: [invocationsRoute],
    staticDir: options.staticDir,
    port: options.port,
    onClose: async () => {
      await gateway.close();
      database.close();
    },
  });
  // Functions reach the back end through the SDK, pointed here as the platform's runtime points it at CloudBase;
  // each invocation gets its own tagged path so the server can charge its calls to it.
  gateway.setEnv('TCB_CONTEXT_CNFG', JSON.stringify({ URL: `${server.url}/admin` }));
  gateway.setEnv('TCB_CONTEXT_KEYS', 'TCB_CONTEXT_CNFG');
  gateway.setBackendUrl((requestId) => `${server.url}/inv/${requestId}/admin`);
  return { ...server, gateway, database };
}
