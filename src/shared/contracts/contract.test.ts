import * as z from 'zod';
import { defineContract, envelopeSchema, errorBodySchema, requestSchema, serverErrorCodes } from './contract';

describe('a function contract', () => {
  it('names the function and its actions', () => {
    const input = z.object({});
    const output = z.object({ n: z.number() });
    const contract = defineContract('demo', { ping: { input, output } });
    expect(contract.name).toBe('demo');
    expect(contract.actions.ping.input).toBe(input);
    expect(contract.actions.ping.output).toBe(output);
  });

  it('asks for an action name in every request', () => {
    expect(requestSchema.parse({ action: 'me', input: {} })).toEqual({ action: 'me', input: {} });
    expect(requestSchema.safeParse({ action: '' }).success).toBe(false);
  });

  it('answers with the data on success, or with an error code and a message fit to show', () => {
    const envelope = envelopeSchema(z.object({ n: z.number() }));
    expect(envelope.parse({ ok: true, data: { n: 1 } })).toEqual({ ok: true, data: { n: 1 } });
    const failure = { ok: false, error: { code: 'FORBIDDEN', message: '没有权限', field: 'orgId' } };
    expect(envelope.parse(failure)).toEqual(failure);
    expect(envelope.safeParse({ ok: true, error: failure.error }).success).toBe(false);
    expect(envelope.safeParse({ ok: false, data: { n: 1 } }).success).toBe(false);
  });

  it('knows the failure kinds a function may answer with', () => {
    expect(serverErrorCodes).toEqual([
      'INVALID_INPUT',
      'UNKNOWN_ACTION',
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'NOT_FOUND',
      'CONFLICT',
      'RATE_LIMITED',
      'INTERNAL',
    ]);
    expect(errorBodySchema.safeParse({ code: 'TEAPOT', message: '?' }).success).toBe(false);
  });
});
