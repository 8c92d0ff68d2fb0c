/**
 * Error codes cross process boundaries as strings (`instanceof` does not survive a NATS hop).
 * Each context adds its own codes in its folder; these are shared by every edge.
 */
export const CommonErrorCode = {
  Unauthenticated: 'AUTH.UNAUTHENTICATED',
  Forbidden: 'AUTH.FORBIDDEN',
  MissingTenant: 'TENANCY.MISSING_TENANT',
  InvalidInput: 'VALIDATION.INVALID_INPUT',
  PayloadTooLarge: 'VALIDATION.PAYLOAD_TOO_LARGE',
  /** The database refused a value for a rule of its own (a reference, a check); answers 422. */
  ConstraintViolated: 'VALIDATION.CONSTRAINT_VIOLATED',
  NotFound: 'COMMON.NOT_FOUND',
  VersionConflict: 'COMMON.VERSION_CONFLICT',
  /** The database found the record already there (a unique key). */
  AlreadyExists: 'COMMON.ALREADY_EXISTS',
  IdempotencyKeyReused: 'COMMON.IDEMPOTENCY_KEY_REUSED',
  IdempotencyInProgress: 'COMMON.IDEMPOTENCY_IN_PROGRESS',
  RateLimited: 'COMMON.RATE_LIMITED',
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
