import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FunctionError, FunctionsGateway } from './functions-gateway';

// Functions live under the repository so that `require('@cloudbase/node-sdk')` resolves as it does for real ones.
const dataRoot = path.resolve(__dirname, '..', '..', '..', '.data');
mkdirSync(dataRoot, { recursive: true });
const functionsDir = mkdtempSync(path.join(dataRoot, 'gateway-test-'));

function writeFunction(name: string, source: string): void {
  mkdirSync(path.join(functionsDir, name), { recursive: true });
  writeFileSync(path.join(functionsDir, name, 'index.js'), source);
}

writeFunction(
  'whoami',
  `const tcb = require('@cloudbase/node-sdk');
const { threadId } = require('node:worker_threads');
exports.main = async (event) => {
  const before = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).auth().getUserInfo().openId;
  await new Promise((resolve) => setTimeout(resolve, event.delay));
  const after = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).auth().getUserInfo().openId;
  return { before, after, raw: process.env.WX_OPENID, threadId };
};`,
);
// Sleeps for event.ms, or spins the CPU forever when asked (a stuck instance that only termination stops).
writeFunction(
  'slow',
  `const { threadId } = require('node:worker_threads');
exports.main = async (event) => {
  console.log('starting', event.ms);
  if (event.spin) for (;;) {}
  await new Promise((resolve) => setTimeout(resolve, event.ms));
  return { threadId, slept: event.ms };
};`,
);
writeFunction(
  'faulty',
  `exports.main = async (event) => {
  if (event.kind === 'throw') throw new Error('boom');
  if (event.kind === 'exit') process.exit(3);
  if (event.kind === 'hog') { const keep = []; for (;;) keep.push(new Array(1e6).fill(1)); }
  if (event.kind === 'date') return { at: new Date(Date.UTC(2026, 10, 22)), fn: () => 1 };
  return 'fine';
};`,
);
writeFunction('noexport', `exports.handler = () => 1;`);

const lines: string[] = [];
const gateway = new FunctionsGateway({
  functionsDir,
  baseEnv: { TENCENTCLOUD_RUNENV: 'SCF', TENCENTCLOUD_REGION: 'ap-shanghai', SCF_NAMESPACE: 'local' },
  settings: (name) => ({ timeout: name === 'slow' ? 0.6 : 5, memorySize: name === 'faulty' ? 64 : 256 }),
  workersPerFunction: 2,
  log: (line) => lines.push(line),
});

afterAll(async () => {
  await gateway.close();
  rmSync(functionsDir, { recursive: true, force: true });
});

describe('FunctionsGateway', () => {
  it('gives each of many overlapping invocations its own caller, before and after an await', async () => {
    const calls = Array.from({ length: 80 }, (_, i) => `openid-${i}`);
    const answers = (await Promise.all(
      calls.map((openid, i) => gateway.invoke('whoami', { delay: (i * 7) % 23 }, { openid })),
    )) as Array<{ before: string; after: string; raw: string; threadId: number }>;
    answers.forEach((answer, i) => {
      expect(answer).toMatchObject({ before: calls[i], after: calls[i], raw: calls[i] });
    });
    // Both workers of the pool took part, and several invocations overlapped inside each.
    expect(new Set(answers.map((answer) => answer.threadId)).size).toBe(2);
    expect(process.env.WX_OPENID).toBeUndefined();
  });

  it('times out an invocation the way the platform words it, retires its worker, and lets the others finish', async () => {
    // Warm both workers, then put a long sleeper beside a stuck spinner.
    await Promise.all([
      gateway.invoke('slow', { ms: 1 }, { openid: 'o' }),
      gateway.invoke('slow', { ms: 1 }, { openid: 'o' }),
    ]);
    const stuck = gateway.invoke('slow', { spin: true }, { openid: 'o' });
    const results = await Promise.allSettled([stuck, gateway.invoke('slow', { ms: 200 }, { openid: 'o' })]);
    expect(results[0]).toEqual({
      status: 'rejected',
      reason: new FunctionError('FUNCTION_TIMEOUT', 'Invoking task timed out after 0.6 seconds'),
    });
    expect((results[0] as PromiseRejectedResult).reason).toMatchObject({ errCode: -504003 });
    // The sleeper either shared the stuck worker and timed out with the platform's error, or ran elsewhere and
    // finished: never dropped without an answer.
    const other = results[1];
    if (other.status === 'rejected') expect(other.reason).toMatchObject({ code: 'FUNCTION_TIMEOUT' });
    else expect(other.value).toMatchObject({ slept: 200 });
    // A fresh worker answers afterwards.
    await expect(gateway.invoke('slow', { ms: 5 }, { openid: 'o' })).resolves.toMatchObject({ slept: 5 });
    expect(gateway.journal.recent().find((entry) => entry.outcome === 'timeout')).toBeDefined();
  });

  it('keeps the other invocations of a retiring worker running to their end', async () => {
    // One worker only: the spinner and the sleepers share it; the sleepers cannot run while it spins, so each
    // fails with the platform's timeout rather than vanishing.
    const single = new FunctionsGateway({
      functionsDir,
      baseEnv: {},
      settings: () => ({ timeout: 0.5, memorySize: 128 }),
      workersPerFunction: 1,
    });
    try {
      await single.invoke('slow', { ms: 1 }, { openid: 'o' });
      const sleeper = single.invoke('slow', { ms: 300 }, { openid: 'o' });
      await new Promise((resolve) => setTimeout(resolve, 20));
      const spinner = single.invoke('slow', { spin: true }, { openid: 'o' });
      const results = await Promise.allSettled([sleeper, spinner]);
      expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
      for (const result of results)
        expect((result as PromiseRejectedResult).reason).toMatchObject({ code: 'FUNCTION_TIMEOUT' });
      await expect(single.invoke('slow', { ms: 1 }, { openid: 'o' })).resolves.toMatchObject({ slept: 1 });
    } finally {
      await single.close();
    }
  });

  it('reports a thrown error, a crashed instance and a memory overrun as the platform does', async () => {
    await expect(gateway.invoke('faulty', { kind: 'throw' }, { openid: 'o' })).rejects.toMatchObject({
      code: 'FUNCTION_FAILED',
      errCode: -504002,
      message: 'boom',
    });
    await expect(gateway.invoke('faulty', { kind: 'exit' }, { openid: 'o' })).rejects.toMatchObject({
      code: 'FUNCTION_CRASHED',
    });
    await expect(gateway.invoke('faulty', { kind: 'hog' }, { openid: 'o' })).rejects.toMatchObject({
      code: 'FUNCTION_CRASHED',
      message: 'Memory limit exceeded (64 MB)',
    });
    await expect(gateway.invoke('faulty', {}, { openid: 'o' })).resolves.toBe('fine');
  }, 30_000);

  it('hands back JSON, as the platform does', async () => {
    await expect(gateway.invoke('faulty', { kind: 'date' }, { openid: 'o' })).resolves.toEqual({
      at: '2026-11-22T00:00:00.000Z',
    });
  });

  it('prefixes function logs with the function name and the request id', async () => {
    lines.length = 0;
    await gateway.invoke('slow', { ms: 3 }, { openid: 'o' });
    const [entry] = gateway.journal.recent(1);
    expect(lines).toContain(`[slow ${entry?.requestId}] starting 3`);
    expect(lines.some((line) => line.startsWith(`[slow ${entry?.requestId}] ok in `))).toBe(true);
  });

  it('reports a function that is not built or exports no main', async () => {
    await expect(gateway.invoke('missing', {}, { openid: 'o' })).rejects.toMatchObject({
      code: 'FUNCTION_NOT_FOUND',
    });
    await expect(gateway.invoke('../etc', {}, { openid: 'o' })).rejects.toMatchObject({ code: 'FUNCTION_NOT_FOUND' });
    await expect(gateway.invoke('noexport', {}, { openid: 'o' })).rejects.toMatchObject({ code: 'FUNCTION_FAILED' });
  });

  it('waits until no invocation is in flight', async () => {
    const running = gateway.invoke('slow', { ms: 100 }, { openid: 'o' });
    expect(gateway.journal.inFlight()).toBe(1);
    await gateway.journal.idle();
    expect(gateway.journal.inFlight()).toBe(0);
    await running;
  });
});
