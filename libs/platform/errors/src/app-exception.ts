import type { ErrorCode, FieldError, WireError } from '@xieshang/contracts';
import { CommonErrorCode } from '@xieshang/contracts';

/**
 * The one exception type services throw. It carries a code of the `ErrorCode` union of `@xieshang/contracts`;
 * only the edges turn it into problem+json (gateway) or `{ code, message, details }` (NATS).
 */
export class AppException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: WireError['details'],
  ) {
    super(message);
    this.name = 'AppException';
  }

  static invalidInput(fields: FieldError[], message = 'The request has invalid fields'): AppException {
    return new AppException(CommonErrorCode.InvalidInput, message, { fields });
  }

  static notFound(entity: string, id: string): AppException {
    return new AppException(CommonErrorCode.NotFound, `${entity} ${id} was not found`, { entity, id });
  }

  toWire(): WireError {
    return { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) };
  }
}
