// The typed client: call a function's action by contract, validate both ways, and fail only with CloudError.
import * as z from 'zod';
import {
  envelopeSchema,
  type ActionInput,
  type ActionName,
  type ActionOutput,
  type Contract,
} from '@/shared/contracts/contract';
import { describeIssues } from '@/shared/validation/issues';
import { CloudError } from './cloud-error';
import { transport as platformTransport } from './transport';
import type { Transport } from './transport-types';

export interface CallOptions {
  /** Overrides the platform transport (tests). */
  transport?: Transport;
}

export async function callFunction<C extends Contract, A extends ActionName<C>>(
  contract: C,
  action: A,
  input: ActionInput<C, A>,
  options: CallOptions = {},
): Promise<ActionOutput<C, A>> {
  const spec = contract.actions[action];
  if (!spec) throw new CloudError('UNKNOWN_ACTION', `未知操作：${contract.name}.${action}`);

  // Checking here first gives the form its field error at once and spares a round trip.
  const parsedInput = spec.input.safeParse(input);
  if (!parsedInput.success) {
    const problem = describeIssues(parsedInput.error);
    throw new CloudError('INVALID_INPUT', problem.message, problem.field);
  }

  const send = options.transport ?? platformTransport;
  let raw: unknown;
  try {
    raw = await send(contract.name, { action, input: parsedInput.data });
  } catch {
    throw new CloudError('NETWORK', '网络不通，请检查网络后重试');
  }

  const envelope = envelopeSchema(spec.output as z.ZodType<ActionOutput<C, A>>).safeParse(raw);
  if (!envelope.success) {
    throw new CloudError('BAD_RESPONSE', '服务返回的数据有误，请稍后再试或联系管理员');
  }
  if (!envelope.data.ok) {
    const { code, message, field } = envelope.data.error;
    throw new CloudError(code, message, field);
  }
  return envelope.data.data as ActionOutput<C, A>;
}
