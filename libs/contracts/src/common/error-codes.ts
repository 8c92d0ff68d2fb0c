/**
 * Error codes cross process boundaries as strings (`instanceof` does not survive a NATS hop).
 * Each context adds its own codes in its folder; these are shared by every edge.
 */
export const CommonErrorCode = {
  Unauthenticated: 'AUTH.UNAUTHENTICATED',
  Forbidden: 'AUTH.FORBIDDEN',
  MissingTenant: 'TENANCY.MISSING_TENANT',
  InvalidInput: 'VALIDATION.INVALID_INPUT',
  NotFound: 'COMMON.NOT_FOUND',
  VersionConflict: 'COMMON.VERSION_CONFLICT',
  IdempotencyKeyReused: 'COMMON.IDEMPOTENCY_KEY_REUSED',
  IdempotencyInProgress: 'COMMON.IDEMPOTENCY_IN_PROGRESS',
  RateLimited: 'COMMON.RATE_LIMITED',
  /** A body in a charset or content encoding the gateway does not read. */
  UnsupportedMediaType: 'COMMON.UNSUPPORTED_MEDIA_TYPE',
  UpstreamTimeout: 'GATEWAY.UPSTREAM_TIMEOUT',
  ServiceUnavailable: 'GATEWAY.SERVICE_UNAVAILABLE',
  Internal: 'COMMON.INTERNAL',
} as const;

export type CommonErrorCode = (typeof CommonErrorCode)[keyof typeof CommonErrorCode];

/** A field that failed validation: `path` is dotted (`items.0.topic`). */
export interface FieldError {
  path: string;
  message: string;
}

/** What an error looks like on the wire between services. */
export interface WireError {
  code: string;
  message: string;
  details?: { fields?: FieldError[] } & Record<string, unknown>;
}

export const isWireError = (value: unknown): value is WireError =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as WireError).code === 'string' &&
  typeof (value as WireError).message === 'string';
