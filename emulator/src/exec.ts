// `exec` mode (Firebase's `emulators:exec`): start a local cloud on a free port, run one command against it, stop
// the cloud, and answer with the command's exit status. For CI steps and scripts that need a live back end for
// exactly as long as they run.
//
// The command gets the cloud's address in its environment, plus what the unmodified @cloudbase/node-sdk needs to
// talk to it from outside a function:
//   JX_CLOUD_URL          the cloud's base URL (functions at `/fn/<name>`, the data browser at `/_emulator/`)
//   JX_CLOUD_SERVICE_URL  the SDK's `serviceUrl`: `tcb.init({ env, secretId, secretKey, serviceUrl })`
//   TCB_ENV, TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY  dummy values the SDK insists on
//   TENCENTCLOUD=true     skips the SDK's metadata-host lookups (30 ms before every request otherwise)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startLocalCloud, type LocalCloud, type LocalCloudOptions } from './index';

export interface ExecOptions extends Omit<LocalCloudOptions, 'port' | 'dataDir'> {
  /** The data folder to run on; default a fresh one, deleted afterwards. */
  dataDir?: string;
  /** Runs once the cloud is up and before the command (e.g. writes demo or imported data). */
  prepare?: (cloud: LocalCloud) => Promise<void>;
}

/** The environment a command run against `cloud` receives on top of the caller's. */
export function cloudEnvironment(cloud: Pick<LocalCloud, 'url'>): Record<string, string> {
  return {
    JX_CLOUD_URL: cloud.url,
    JX_CLOUD_SERVICE_URL: `${cloud.url}/admin`,
    TCB_ENV: 'local',
    TENCENTCLOUD: 'true',
    TENCENTCLOUD_SECRETID: 'local',
    TENCENTCLOUD_SECRETKEY: 'local',
  };
}

/** Runs `command` (program and arguments) against a local cloud started for it; resolves with its exit status. */
export async function execAgainstLocalCloud(command: readonly string[], options: ExecOptions): Promise<number> {
  if (command.length === 0) throw new Error('exec needs a command to run');
  const fresh = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'local-cloud-exec-'));
  const cloud = await startLocalCloud({ ...options, dataDir, port: 0 });
  try {
    await options.prepare?.(cloud);
    return await new Promise<number>((resolve, reject) => {
      const child = spawn(command[0]!, command.slice(1), {
        stdio: 'inherit',
        env: { ...process.env, ...cloudEnvironment(cloud) },
      });
      // Ctrl-C or a CI timeout reaches the command; the cloud stops once it has exited.
      const forward = (signal: NodeJS.Signals) => child.kill(signal);
      process.on('SIGINT', forward);
      process.on('SIGTERM', forward);
      child.on('error', reject);
      child.on('exit', (code, signal) => {
        process.off('SIGINT', forward);
        process.off('SIGTERM', forward);
        // A command killed by a signal fails as a shell reports it (128 + the signal's number).
        resolve(code ?? 128 + (signal === 'SIGKILL' ? 9 : signal === 'SIGINT' ? 2 : 15));
      });
    });
  } finally {
    await cloud.close();
    if (fresh) rmSync(dataDir, { recursive: true, force: true });
  }
}
