// Messages between the pool (main thread) and a function worker.

export type ToWorker = {
  type: 'invoke';
  id: number;
  requestId: string;
  /** Absolute path of the function's built index.js. */
  file: string;
  event: unknown;
  context: Record<string, unknown>;
  env: Record<string, string | undefined>;
};

export type FromWorker =
  | { type: 'ready' }
  | { type: 'log'; requestId: string; level: 'log' | 'info' | 'warn' | 'error' | 'debug'; text: string }
  | { type: 'result'; id: number; ok: true; json: string }
  | { type: 'result'; id: number; ok: false; message: string; stack: string };
