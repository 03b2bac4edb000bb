// Error replies in CloudBase's own codes, so code written against the platform handles them unchanged.
export const DB_ERRORS = {
  INVALID_PARAM: 'INVALID_PARAM',
  UNKNOWN_ACTION: 'INVALID_ACTION',
  COLLECTION_NOT_EXIST: 'DATABASE_COLLECTION_NOT_EXIST',
  COLLECTION_ALREADY_EXIST: 'DATABASE_COLLECTION_ALREADY_EXIST',
  DUPLICATE_WRITE: 'DATABASE_DUPLICATE_WRITE',
  TRANSACTION_CONFLICT: 'DATABASE_TRANSACTION_CONFLICT',
  TRANSACTION_FAIL: 'DATABASE_TRANSACTION_FAIL',
  REQUEST_FAILED: 'DATABASE_REQUEST_FAILED',
} as const;
export type DbErrorCode = (typeof DB_ERRORS)[keyof typeof DB_ERRORS];

export class DbError extends Error {
  constructor(
    readonly code: DbErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DbError';
  }
}
