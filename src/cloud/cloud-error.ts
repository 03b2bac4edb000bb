// The one error type the UI sees from any cloud call, with a Chinese message fit to show as it is.
import type { ServerErrorCode } from '@/shared/contracts/contract';

export type CloudErrorCode = ServerErrorCode | 'NETWORK' | 'BAD_RESPONSE';

export class CloudError extends Error {
  constructor(
    readonly code: CloudErrorCode,
    message: string,
    /** Dotted path of the input field to blame, so a form can show the message next to it. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'CloudError';
  }

  /** Worth offering 重试: the failure was on the way, not in what was asked. */
  get retryable(): boolean {
    return this.code === 'NETWORK' || this.code === 'INTERNAL' || this.code === 'RATE_LIMITED';
  }
}
