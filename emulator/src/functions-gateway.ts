// Invokes built CloudBase functions (`<functionsDir>/<name>/index.js`, `main(event, context)`) the way the platform
// does: the caller's WeChat identity in the environment where the SDK reads it, a request id, and a timeout.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { runWithEnv } from './env-overlay';

export interface WeChatIdentity {
  openid: string;
  appid?: string;
  unionid?: string;
}

export interface FunctionSettings {
  /** Seconds, as `timeout` in cloudbaserc.json. */
  timeout: number;
  /** MB, as `memorySize` in cloudbaserc.json. */
  memorySize: number;
}

export interface GatewayOptions {
  functionsDir: string;
  /** Environment every invocation sees (the simulated runtime, the database URL). */
  baseEnv: Record<string, string>;
  settings: (name: string) => FunctionSettings;
  log?: (line: string) => void;
}

export class FunctionError extends Error {
  constructor(
    readonly code: 'FUNCTION_NOT_FOUND' | 'FUNCTION_TIMEOUT' | 'FUNCTION_CRASHED',
    message: string,
  ) {
    super(message);
  }
}

type Main = (event: unknown, context: unknown) => unknown;

const FUNCTION_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,59}$/;

export class FunctionsGateway {
  private readonly mains = new Map<string, Main>();

  constructor(private readonly options: GatewayOptions) {}

  /** Sets a variable every later invocation sees (e.g. the database URL, known once the server listens). */
  setEnv(key: string, value: string): void {
    this.options.baseEnv[key] = value;
  }

  private load(name: string): Main {
    const cached = this.mains.get(name);
    if (cached) return cached;
    const file = path.join(this.options.functionsDir, name, 'index.js');
    if (!FUNCTION_NAME.test(name) || !existsSync(file)) {
      throw new FunctionError('FUNCTION_NOT_FOUND', `function ${name} is not built (${file})`);
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const main = (require(file) as { main?: Main }).main;
    if (typeof main !== 'function') throw new FunctionError('FUNCTION_NOT_FOUND', `${file} exports no main`);
    this.mains.set(name, main);
    return main;
  }

  async invoke(name: string, event: unknown, identity: WeChatIdentity | undefined): Promise<unknown> {
    const main = this.load(name);
    const settings = this.options.settings(name);
    const requestId = randomUUID();
    const env: Record<string, string | undefined> = {
      ...this.options.baseEnv,
      SCF_FUNCTIONNAME: name,
      WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID,WX_UNIONID',
      WX_OPENID: identity?.openid,
      WX_APPID: identity?.appid ?? 'wx-local-app',
      WX_UNIONID: identity?.unionid,
      TRIGGER_SRC: identity ? 'wx' : 'timer',
    };
    const context = {
      request_id: requestId,
      function_name: name,
      memory_limit_in_mb: settings.memorySize,
      time_limit_in_ms: settings.timeout * 1000,
      environment: JSON.stringify(env),
    };
    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new FunctionError('FUNCTION_TIMEOUT', `Task timed out after ${settings.timeout} seconds`)),
        settings.timeout * 1000,
      );
    });
    try {
      return await Promise.race([runWithEnv(env, () => Promise.resolve().then(() => main(event, context))), timeout]);
    } finally {
      clearTimeout(timer);
      this.options.log?.(`[${name}] ${requestId} ${Date.now() - started} ms`);
    }
  }
}
