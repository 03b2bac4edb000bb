// What a platform transport does: deliver `{action, input}` to a function and hand back its raw answer.
import type { FunctionRequest } from '@/shared/contracts/contract';

export type Transport = (functionName: string, body: FunctionRequest) => Promise<unknown>;
