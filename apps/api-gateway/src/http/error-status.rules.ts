import { CommonErrorCode, DocumentErrorCode } from '@xieshang/contracts';

const STATUS_BY_CODE: Record<string, number> = {
  [CommonErrorCode.Unauthenticated]: 401,
  [CommonErrorCode.Forbidden]: 403,
  [CommonErrorCode.MissingTenant]: 403,
  [CommonErrorCode.InvalidInput]: 400,
  [CommonErrorCode.NotFound]: 404,
  [CommonErrorCode.VersionConflict]: 409,
  [CommonErrorCode.IdempotencyKeyReused]: 422,
  [CommonErrorCode.IdempotencyInProgress]: 409,
  [CommonErrorCode.RateLimited]: 429,
  [CommonErrorCode.UnsupportedMediaType]: 415,
  [CommonErrorCode.UpstreamTimeout]: 504,
  [CommonErrorCode.ServiceUnavailable]: 503,
  [CommonErrorCode.Internal]: 500,
  [CommonErrorCode.EventContractBroken]: 500,
  [CommonErrorCode.PayloadTooLarge]: 413,
  [DocumentErrorCode.TooLarge]: 413,
  [DocumentErrorCode.TypeNotAllowed]: 415,
  [DocumentErrorCode.TypeMismatch]: 422,
  [DocumentErrorCode.ContentNotFound]: 404,
};

/**
 * The HTTP status for an error code. Codes not listed are a context's business rules:
 * `*_NOT_FOUND` is 404, anything else a rule the request broke in the current state (409).
 */
export const statusForCode = (code: string): number => {
  const known = STATUS_BY_CODE[code];
  if (known) return known;
  if (code.endsWith('NOT_FOUND')) return 404;
  if (code.startsWith('VALIDATION.')) return 422;
  return 409;
};

/** Seconds a client should wait before trying again, for answers that say "not now" rather than "no". */
export const retryAfterSeconds = (status: number, code: string): number | undefined => {
  if (status === 503 || status === 504) return 2;
  if (code === CommonErrorCode.IdempotencyInProgress) return 1;
  return undefined;
};
