import { statusForCode } from './error-status.rules.js';

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
