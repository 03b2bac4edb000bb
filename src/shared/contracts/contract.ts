// The shape of a cloud-function contract (named actions with zod input and output schemas) and of the envelope
// every function answers with, so the mini-program and the functions agree on one definition.
import * as z from 'zod';

/** One action of a function: what the caller sends and what the function answers. */
export interface ActionSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  /** Validated on the client before sending (field errors without a round trip) and again on the server. */
  input: I;
  /** Validated on the server before answering and again on the client on arrival. */
  output: O;
}

export interface Contract<
  N extends string = string,
  A extends Record<string, ActionSpec> = Record<string, ActionSpec>,
> {
  /** The cloud function's name, as deployed and as in `cloudfunctions/<name>`. */
  name: N;
  actions: A;
}

export function defineContract<const N extends string, A extends Record<string, ActionSpec>>(
  name: N,
  actions: A,
): Contract<N, A> {
  return { name, actions };
}

export type ActionName<C extends Contract> = keyof C['actions'] & string;
/** What a caller may pass (before defaults and transforms). */
export type ActionInput<C extends Contract, A extends ActionName<C>> = z.input<C['actions'][A]['input']>;
/** What the handler receives (after parsing). */
export type ParsedInput<C extends Contract, A extends ActionName<C>> = z.output<C['actions'][A]['input']>;
/** What the caller receives (after parsing the answer). */
export type ActionOutput<C extends Contract, A extends ActionName<C>> = z.output<C['actions'][A]['output']>;
/** What the handler returns (before the output schema runs). */
export type HandlerOutput<C extends Contract, A extends ActionName<C>> = z.input<C['actions'][A]['output']>;

/** Failure kinds a function may answer with. The client adds NETWORK and BAD_RESPONSE for its own failures. */
export const serverErrorCodes = [
  'INVALID_INPUT',
  'UNKNOWN_ACTION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL',
] as const;
export type ServerErrorCode = (typeof serverErrorCodes)[number];

export const errorBodySchema = z.object({
  code: z.enum(serverErrorCodes),
  /** Plain Chinese, fit to show a user as it is. */
  message: z.string(),
  /** Dotted path of the offending input field, when one field is to blame. */
  field: z.string().optional(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** The body a client sends: which action, and its input. */
export const requestSchema = z.object({
  action: z.string().min(1),
  input: z.unknown().optional(),
});
export type FunctionRequest = z.infer<typeof requestSchema>;

/** The envelope of every answer, with `data` typed by the action's output schema. */
export function envelopeSchema<O extends z.ZodType>(output: O) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), data: output }),
    z.object({ ok: z.literal(false), error: errorBodySchema }),
  ]);
}
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };
