// A local cloud as `npm start` has it (the project's functions, collections and demo city), in memory, for
// integration tests that call the built functions over HTTP as a given WeChat user.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoSeeds } from '../database/seed';
import { startLocalCloud, type LocalCloud } from 'cloudbase-local';
import { LOCAL_SUBSCRIBE_TEMPLATES, personasRoute, seedOnce } from '../scripts/local-data';
import { generateCheckInSecret } from '../server/check-in/check-in-codes';
import { MESSAGE_PUSH_FUNCTION } from '../server/kit/message-push-function';
import { generateKey } from '../server/people/personal-crypto';
import type { ActionInput, ActionName, ActionOutput, Contract, Envelope } from '../src/shared/contracts/contract';
import { beijingDay } from '../src/shared/time/beijing';

/** A function's answer: its data typed by the action's output schema, or the error. */
export type Answer<T = unknown> = Envelope<T>;

export interface SeededCloud {
  cloud: LocalCloud;
  /** The cloud's clock, which the functions read: tests build their dates from it, never from the machine's. */
  now(): Date;
  /** Calls an action of a built function over the gateway as `openid`, with input and answer typed by its contract. */
  call<C extends Contract, A extends ActionName<C>>(
    contract: C,
    action: A,
    input: ActionInput<C, A>,
    openid: string,
  ): Promise<Answer<ActionOutput<C, A>>>;
  /**
   * Untyped: for a test that deliberately sends what no contract allows (malformed input, an unknown action, a
   * forged field in the body beside the input).
   */
  callRaw(
    fn: string,
    action: string,
    input: unknown,
    openid: string,
    extra?: Record<string, unknown>,
  ): Promise<Answer<any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
  close(): Promise<void>;
}

const root = path.resolve(__dirname, '..');

export async function startSeededCloud(
  options: {
    functionEnv?: Record<string, string>;
    seed?: boolean;
    /** durable storage here (default: memory) */ dataDir?: string;
    /** Where the cloud's clock starts (it keeps running); default: see `testStartInstant`. */
    at?: Date | string;
    /** a web app to serve on the same port (e.g. dist/h5) */ staticDir?: string;
  } = {},
) {
  const secrets = {
    JX_PII_KEY: generateKey(),
    JX_CHECKIN_SECRET: generateCheckInSecret(),
    ...LOCAL_SUBSCRIBE_TEMPLATES,
    ...options.functionEnv,
  };
  // Seeds encrypt with the same key the functions use; a test makes check-in codes with the functions' secret.
  process.env.JX_PII_KEY = secrets.JX_PII_KEY;
  process.env.JX_CHECKIN_SECRET = secrets.JX_CHECKIN_SECRET;
  const cloud = await startLocalCloud({
    configFile: path.join(root, 'cloudbaserc.json'),
    collectionsFile: path.join(root, 'database', 'collections.json'),
    timers: 'manual',
    dataDir: options.dataDir,
    staticDir: options.staticDir,
    functionEnv: secrets,
    routes: [personasRoute],
    // WeChat's asynchronous content verdicts go to the function configured for message push.
    messagePushFunction: MESSAGE_PUSH_FUNCTION,
    // A loaded CI machine runs these suites two at a time beside builds: allow functions three times the
    // deployed timeout, so a slow call is not mistaken for a broken one (the gateway's own tests check timeouts).
    timeoutScale: 3,
  });
  cloud.clock.set(options.at ?? testStartInstant(cloud.clock.now()));
  if (options.seed !== false) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'jx-seed-'));
    await seedOnce(dir, cloud.url, demoSeeds, cloud.clock.now());
    rmSync(dir, { recursive: true, force: true });
  }
  const seeded: SeededCloud = {
    cloud,
    now: () => cloud.clock.now(),
    call: (contract, action, input, openid) => seeded.callRaw(contract.name, action, input, openid),
    async callRaw(fn, action, input, openid, extra = {}) {
      const response = await fetch(`${cloud.url}/fn/${fn}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-wx-openid': openid },
        body: JSON.stringify({ action, input, ...extra }),
      });
      if (response.status !== 200)
        throw new Error(`${fn}.${action}: HTTP ${response.status} ${await response.text()}`);
      return (await response.json()) as Answer;
    },
    close: () => cloud.close(),
  };
  return seeded;
}

/**
 * Where a test cloud's clock starts: the machine's Beijing calendar day at 10:00 Beijing. The date follows the
 * machine (so the suite run under faketime meets a year ahead, Spring Festival, 29 February), but a suite never
 * straddles Beijing midnight, where a daily quota would reset half way through a test.
 */
export function testStartInstant(machine: Date): Date {
  return new Date(`${beijingDay(machine)}T10:00:00+08:00`);
}

/** A typed caller of one function, for suites whose cloud is started in `beforeAll`. */
export function callerOf<C extends Contract>(contract: C, env: () => SeededCloud) {
  return <A extends ActionName<C>>(action: A, input: ActionInput<C, A>, openid: string) =>
    env().call(contract, action, input, openid);
}

/** The data of a successful answer; a failure throws with its code and message (the test reads as intended). */
export function data<T>(answer: Answer<T>): T {
  if (!answer.ok) throw new Error(`expected success, got ${answer.error.code}: ${answer.error.message}`);
  return answer.data;
}

/** The error of a failed answer; a success throws. */
export function error(answer: Answer<unknown>) {
  if (answer.ok) throw new Error(`expected a failure, got ${JSON.stringify(answer.data).slice(0, 200)}`);
  return answer.error;
}
