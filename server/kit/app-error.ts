// The error a handler throws to answer with a failure the caller can act on (anything else becomes INTERNAL).
import type { ServerErrorCode } from '../../src/shared/contracts/contract';

export class AppError extends Error {
  constructor(
    readonly code: ServerErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
