import { healthContract } from '@/shared/contracts/health';
import * as z from 'zod';
import { defineContract } from '@/shared/contracts/contract';
import { callFunction } from './call-function';
import { CloudError } from './cloud-error';
import type { Transport } from './transport-types';

const answering =
  (answer: unknown): Transport =>
  async () =>
    answer;

async function failureOf(promise: Promise<unknown>): Promise<CloudError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CloudError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('callFunction', () => {
  const serverTime = '2026-11-22T06:00:00.000Z';

  it('sends the action and input and returns the validated data', async () => {
    const transport = jest.fn(answering({ ok: true, data: { version: '0.1.0', serverTime } }));
    await expect(callFunction(healthContract, 'status', {}, { transport })).resolves.toEqual({
      version: '0.1.0',
      serverTime,
    });
    expect(transport).toHaveBeenCalledWith('health', { action: 'status', input: {} });
  });

  it('rejects a malformed answer with a clear error', async () => {
    const error = await failureOf(
      callFunction(healthContract, 'status', {}, { transport: answering({ ok: true, data: { version: 3 } }) }),
    );
    expect(error.code).toBe('BAD_RESPONSE');
    expect(error.message).toBe('服务返回的数据有误，请稍后再试或联系管理员');
  });

  it('rejects an answer that is not an envelope at all', async () => {
    const error = await failureOf(callFunction(healthContract, 'status', {}, { transport: answering('<html>') }));
    expect(error.code).toBe('BAD_RESPONSE');
  });

  it('turns a transport failure into a retryable network error', async () => {
    const transport: Transport = async () => {
      throw new Error('socket hang up');
    };
    const error = await failureOf(callFunction(healthContract, 'status', {}, { transport }));
    expect(error.code).toBe('NETWORK');
    expect(error.retryable).toBe(true);
  });

  it('passes the server’s failure on with its field', async () => {
    const transport = answering({ ok: false, error: { code: 'CONFLICT', message: '名额已满', field: 'contestId' } });
    const error = await failureOf(callFunction(healthContract, 'status', {}, { transport }));
    expect(error).toMatchObject({ code: 'CONFLICT', message: '名额已满', field: 'contestId' });
    expect(error.retryable).toBe(false);
  });

  it('refuses bad input before sending anything, naming the field', async () => {
    const contract = defineContract('sample', {
      register: { input: z.object({ phone: z.string().regex(/^1\d{10}$/) }), output: z.object({}) },
    });
    const transport = jest.fn(answering({ ok: true, data: {} }));
    const error = await failureOf(callFunction(contract, 'register', { phone: '12' }, { transport }));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', field: 'phone' });
    expect(transport).not.toHaveBeenCalled();
  });
});
