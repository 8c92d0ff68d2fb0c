import { retryAfterSeconds, statusForCode } from './error-status.rules.js';

describe('HTTP status of an error code', () => {
  it.each([
    ['AUTH.UNAUTHENTICATED', 401],
    ['AUTH.FORBIDDEN', 403],
    ['VALIDATION.INVALID_INPUT', 400],
    ['GATEWAY.UPSTREAM_TIMEOUT', 504],
    ['GATEWAY.SERVICE_UNAVAILABLE', 503],
    ['COMMON.VERSION_CONFLICT', 409],
    ['COMMON.RATE_LIMITED', 429],
  ])('maps %s to %i', (code, status) => {
    expect(statusForCode(code)).toBe(status);
  });

  it('treats a context code ending in NOT_FOUND as 404', () => {
    expect(statusForCode('DIRECTORY.PERSON_NOT_FOUND')).toBe(404);
  });

  it('treats any other context rule as a conflict with the current state', () => {
    expect(statusForCode('PLANNING.PLAN_NOT_SOLICITING')).toBe(409);
  });
});

describe('retryAfterSeconds', () => {
  it('asks to retry shortly when a service or NATS is unavailable or a keyed write is still running', () => {
    expect(retryAfterSeconds(503, 'GATEWAY.SERVICE_UNAVAILABLE')).toBe(2);
    expect(retryAfterSeconds(504, 'GATEWAY.UPSTREAM_TIMEOUT')).toBe(2);
    expect(retryAfterSeconds(409, 'COMMON.IDEMPOTENCY_IN_PROGRESS')).toBe(1);
  });

  it('says nothing for a refusal that a retry would not change', () => {
    expect(retryAfterSeconds(409, 'COMMON.VERSION_CONFLICT')).toBeUndefined();
    expect(retryAfterSeconds(422, 'COMMON.IDEMPOTENCY_KEY_REUSED')).toBeUndefined();
  });
});
