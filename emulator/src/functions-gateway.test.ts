import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FunctionError, FunctionsGateway } from './functions-gateway';

// Functions live under the repository so that `require('@cloudbase/node-sdk')` resolves as it does for real ones.
const dataRoot = path.resolve(__dirname, '..', '..', '.data');
mkdirSync(dataRoot, { recursive: true });
const functionsDir = mkdtempSync(path.join(dataRoot, 'gateway-test-'));

function writeFunction(name: string, source: string): void {
  mkdirSync(path.join(functionsDir, name), { recursive: true });
  writeFileSync(path.join(functionsDir, name, 'index.js'), source);
}

writeFunction(
  'whoami',
  `const tcb = require('@cloudbase/node-sdk');
exports.main = async (event) => {
  const before = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).auth().getUserInfo().openId;
  await new Promise((resolve) => setTimeout(resolve, event.delay));
  const after = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).auth().getUserInfo().openId;
  return { before, after, raw: process.env.WX_OPENID };
};`,
);
writeFunction('sleepy', `exports.main = () => new Promise((resolve) => setTimeout(resolve, 5000).unref());`);

const gateway = new FunctionsGateway({
  functionsDir,
  baseEnv: { TENCENTCLOUD_RUNENV: 'SCF', TENCENTCLOUD_REGION: 'ap-shanghai', SCF_NAMESPACE: 'local' },
  settings: (name) => ({ timeout: name === 'sleepy' ? 0.2 : 5, memorySize: 256 }),
});

afterAll(() => rmSync(functionsDir, { recursive: true, force: true }));

describe('FunctionsGateway', () => {
  it('gives each of many overlapping invocations its own caller, before and after an await', async () => {
    const calls = Array.from({ length: 60 }, (_, i) => `openid-${i}`);
    const answers = await Promise.all(
      calls.map((openid, i) => gateway.invoke('whoami', { delay: (i * 7) % 23 }, { openid })),
    );
    answers.forEach((answer, i) => {
      expect(answer).toEqual({ before: calls[i], after: calls[i], raw: calls[i] });
    });
    // Nothing leaks into the process outside an invocation.
    expect(process.env.WX_OPENID).toBeUndefined();
  });

  it('fails an invocation that runs past its timeout the way the platform words it', async () => {
    await expect(gateway.invoke('sleepy', {}, { openid: 'o' })).rejects.toThrow(
      new FunctionError('FUNCTION_TIMEOUT', 'Task timed out after 0.2 seconds'),
    );
  });

  it('reports a function that is not built', async () => {
    await expect(gateway.invoke('missing', {}, { openid: 'o' })).rejects.toMatchObject({
      code: 'FUNCTION_NOT_FOUND',
    });
    await expect(gateway.invoke('../etc', {}, { openid: 'o' })).rejects.toMatchObject({ code: 'FUNCTION_NOT_FOUND' });
  });
});
