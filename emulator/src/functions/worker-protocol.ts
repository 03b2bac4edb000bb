// Messages between the pool (main thread) and a function worker.

export type ToWorker = {
  type: 'invoke';
  id: number;
  requestId: string;
  /** Absolute path of the function's built index.js. */
  file: string;
  /**
   * The event as JSON text, parsed in the worker: the platform hands a function JSON, and a structured clone (what
   * postMessage would do with an object) overflows the stack on an event nested a few thousand levels deep, where
   * the function, not the gateway, must be the one to refuse it.
   */
  eventJson: string;
  context: Record<string, unknown>;
  env: Record<string, string | undefined>;
};

export type FromWorker =
  | { type: 'ready' }
  | { type: 'log'; requestId: string; level: 'log' | 'info' | 'warn' | 'error' | 'debug'; text: string }
  | { type: 'result'; id: number; ok: true; json: string }
  | { type: 'result'; id: number; ok: false; message: string; stack: string };
