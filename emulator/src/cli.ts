#!/usr/bin/env node
// `cloudbase-local`: the local cloud for any CloudBase project, configured by the project's own files.
//   cloudbase-local [options]                     serves it until Ctrl-C
//   cloudbase-local exec [options] -- <command…>  runs one command against it on a free port (exec.ts)
// Everything project-specific (demo data, function secrets, extra routes) belongs to the project's own scripts,
// which call startLocalCloud themselves; this command offers only what every project has.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  CloudClock,
  execAgainstLocalCloud,
  exportDataFolder,
  importDataFolder,
  startLocalCloud,
  type CollectionSpec,
  type LocalCloud,
  type LocalCloudOptions,
} from './index';

const USAGE = `usage:
  cloudbase-local [options]                     serve the local cloud until Ctrl-C
  cloudbase-local exec [options] -- <command…>  run a command against a local cloud on a free port and exit with
                                                its status; it gets JX_CLOUD_URL, JX_CLOUD_SERVICE_URL (the SDK's
                                                serviceUrl) and the dummy credentials the SDK needs

options:
  --config <file>          cloudbaserc.json: functionRoot, the functions' settings and timer triggers
                           (default ./cloudbaserc.json)
  --collections <file>     the collections and indexes, {"collections": [{"name", "indexes"}]}
                           (default ./database/collections.json)
  --data <dir>             the data folder, kept between runs (default: a fresh one, deleted on exit)
  --port <n>               the port on 127.0.0.1 (default 8090; 0 picks a free one; exec always does)
  --static <dir>           a web build to serve on the same port
  --import <dir>           load an export into the data folder first (the folder must hold no data)
  --export-on-exit <dir>   write the data out (collections, indexes, files) when stopping
  --message-push <name>    the function WeChat pushes events (media-check verdicts) to
  --help                   this text
`;

interface Flags {
  exec: boolean;
  config: string;
  collections: string;
  data?: string;
  port: number;
  static?: string;
  importFrom?: string;
  exportTo?: string;
  messagePush?: string;
  command: string[];
}

const VALUE_FLAGS = new Set([
  '--config',
  '--collections',
  '--data',
  '--port',
  '--static',
  '--import',
  '--export-on-exit',
  '--message-push',
]);

/** The command line as flags, or the reason it is not one (said with the usage, exit status 2). */
export function parseArgs(args: readonly string[]): Flags | { help: true } | { error: string } {
  const exec = args[0] === 'exec';
  const rest = exec ? args.slice(1) : [...args];
  const flags: Flags = {
    exec,
    config: 'cloudbaserc.json',
    collections: path.join('database', 'collections.json'),
    port: 8090,
    command: [],
  };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--help' || arg === '-h') return { help: true };
    if (arg === '--' && exec) {
      flags.command = rest.slice(i + 1);
      break;
    }
    if (!VALUE_FLAGS.has(arg)) return { error: `unknown argument ${arg}` };
    const value = rest[i + 1];
    if (value === undefined || value.startsWith('--')) return { error: `${arg} needs a value` };
    i++;
    if (arg === '--config') flags.config = value;
    else if (arg === '--collections') flags.collections = value;
    else if (arg === '--data') flags.data = value;
    else if (arg === '--static') flags.static = value;
    else if (arg === '--import') flags.importFrom = value;
    else if (arg === '--export-on-exit') flags.exportTo = value;
    else if (arg === '--message-push') flags.messagePush = value;
    else {
      const port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535) return { error: `--port ${value} is not a port` };
      flags.port = port;
    }
  }
  if (exec && flags.command.length === 0) return { error: 'exec needs a command after --' };
  return flags;
}

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2));
  if ('help' in parsed) {
    process.stdout.write(USAGE);
    return 0;
  }
  if ('error' in parsed) {
    process.stderr.write(`cloudbase-local: ${parsed.error}\n\n${USAGE}`);
    return 2;
  }
  const flags = parsed;
  const collections = (JSON.parse(readFileSync(flags.collections, 'utf8')) as { collections: CollectionSpec[] })
    .collections;
  // Without --data the data lives in a fresh folder for this run only, as in Firebase's emulators.
  const temporary = flags.data === undefined;
  const dataDir = path.resolve(flags.data ?? mkdtempSync(path.join(tmpdir(), 'cloudbase-local-')));
  const cleanUp = () => {
    if (temporary) rmSync(dataDir, { recursive: true, force: true });
  };
  // `at` only labels the export (its manifest's exportedAt).
  const exportData = (at: Date) => {
    if (!flags.exportTo) return;
    const manifest = exportDataFolder(dataDir, path.resolve(flags.exportTo), collections, at);
    const total = Object.values(manifest.collections).reduce((sum, count) => sum + count, 0);
    process.stderr.write(`cloudbase-local: exported ${total} documents to ${flags.exportTo}\n`);
  };
  try {
    if (flags.importFrom) importDataFolder(path.resolve(flags.importFrom), dataDir, collections);
  } catch (error) {
    cleanUp();
    throw error;
  }
  // In exec mode stdout is the command's: the cloud's own lines go to stderr.
  const log = flags.exec ? (line: string) => process.stderr.write(`${line}\n`) : (line: string) => console.log(line);
  const options: LocalCloudOptions = {
    configFile: path.resolve(flags.config),
    collectionsFile: path.resolve(flags.collections),
    dataDir,
    staticDir: flags.static && path.resolve(flags.static),
    port: flags.port,
    messagePushFunction: flags.messagePush,
    log,
  };

  if (flags.exec) {
    try {
      const status = await execAgainstLocalCloud(flags.command, options);
      exportData(new CloudClock().now());
      return status;
    } finally {
      cleanUp();
    }
  }

  let cloud: LocalCloud;
  try {
    cloud = await startLocalCloud(options);
  } catch (error) {
    // A port in use, a missing or malformed file: nothing ran, so a fresh data folder goes.
    cleanUp();
    throw error;
  }
  const stop = () => {
    void cloud.close().then(() => {
      try {
        exportData(cloud.clock.now());
      } finally {
        cleanUp();
      }
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  console.log(`cloudbase-local listening on ${cloud.url}
  functions:        ${cloud.url}/fn/<name>  (the caller's openid in the x-wx-openid header)
  SDK serviceUrl:   ${cloud.url}/admin
  data browser:     ${cloud.url}/_emulator/
  data folder:      ${temporary ? `${dataDir} (deleted on exit)` : dataDir}
Ctrl-C stops it.`);
  return -1;
}

if (require.main === module) {
  main().then(
    (status) => {
      // -1: a server is running and exits on Ctrl-C.
      if (status >= 0) process.exit(status);
    },
    (error: unknown) => {
      process.stderr.write(`cloudbase-local: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
