import * as z from 'zod';
import { defineContract } from '../../src/shared/contracts/contract';
import { AppError } from './app-error';
import { createFunction } from './create-function';

const contract = defineContract('sample', {
  greet: {
    input: z.object({ name: z.string().min(1) }).strict(),
    output: z.object({ text: z.string() }),
  },
  broken: { input: z.object({}), output: z.object({ count: z.number() }) },
  refuse: { input: z.object({}), output: z.object({}) },
  crash: { input: z.object({}), output: z.object({}) },
});

const fixedNow = new Date('2026-11-22T06:00:00Z');
const main = createFunction(
  contract,
  {
    greet: async ({ name }, ctx) => ({ text: `${name}@${ctx.now.toISOString()}` }),
    // Deliberately outside its contract: a string where a number is promised.
    broken: async () => ({ count: 'many' }) as unknown as { count: number },
    refuse: async () => {
      throw new AppError('FORBIDDEN', '只有工会管理员可以这样做');
    },
    crash: async () => {
      throw new Error('database exploded');
    },
  },
  { clock: () => fixedNow },
);

describe('createFunction', () => {
  beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('runs the handler with parsed input and the injected clock', async () => {
    await expect(main({ action: 'greet', input: { name: '李师傅' } }, {})).resolves.toEqual({
      ok: true,
      data: { text: '李师傅@2026-11-22T06:00:00.000Z' },
    });
  });

  it('refuses input that breaks the contract, naming the field', async () => {
    const answer = await main({ action: 'greet', input: { name: '' } }, {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'name' } });
  });

  it('refuses an identity smuggled into the input', async () => {
    const answer = await main({ action: 'greet', input: { name: '李', openid: 'someone-else' } }, {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'openid' } });
  });

  it('answers UNKNOWN_ACTION for an action the contract lacks, including inherited names', async () => {
    expect(await main({ action: 'drop' }, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION' } });
    expect(await main({ action: 'toString' }, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION' } });
  });

  it('refuses an event without an action', async () => {
    expect(await main({ input: {} }, {})).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('never sends an answer that breaks the output contract', async () => {
    expect(await main({ action: 'broken' }, {})).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: '服务出错了，请稍后再试' },
    });
  });

  it('passes an AppError on as its code and message', async () => {
    expect(await main({ action: 'refuse' }, {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '只有工会管理员可以这样做' },
    });
  });

  it('hides the details of an unexpected failure from the caller', async () => {
    const answer = await main({ action: 'crash' }, {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(answer)).not.toContain('exploded');
  });
});
