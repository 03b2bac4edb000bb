// The local CloudBase: one port serving the functions gateway (and later the database wire protocol), configured
// from the project's cloudbaserc.json the way a deploy would be.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { DatabaseService, type CollectionSpec } from './database/database-server';
import { FunctionsGateway, type FunctionSettings } from './functions-gateway';
import { startLocalCloudServer, type RunningServer } from './local-cloud-server';

export { FunctionsGateway, FunctionError } from './functions-gateway';
export type { WeChatIdentity } from './functions-gateway';

export interface LocalCloudOptions {
  /** Path of cloudbaserc.json; its `functionRoot` and per-function settings are used. */
  configFile: string;
  /** Collections and indexes to create, as declared in the repository (database/collections.json). */
  collectionsFile: string;
  /** Folder for the SQLite file; omitted keeps the database in memory (tests). */
  dataDir?: string;
  staticDir?: string;
  port?: number;
  log?: (line: string) => void;
}

interface CloudbaseRc {
  functionRoot?: string;
  functions?: Array<{ name: string; timeout?: number; memorySize?: number }>;
}

// CloudBase's defaults when cloudbaserc.json leaves a setting out.
const DEFAULT_SETTINGS: FunctionSettings = { timeout: 5, memorySize: 256 };

export async function startLocalCloud(options: LocalCloudOptions): Promise<RunningServer> {
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
  const server = await startLocalCloudServer({ gateway, database, staticDir: options.staticDir, port: options.port });
  // Functions reach the database through the SDK, pointed here as the platform's runtime points it at CloudBase.
  gateway.setEnv('TCB_CONTEXT_CNFG', JSON.stringify({ URL: `${server.url}/admin` }));
  gateway.setEnv('TCB_CONTEXT_KEYS', 'TCB_CONTEXT_CNFG');
  return server;
}
