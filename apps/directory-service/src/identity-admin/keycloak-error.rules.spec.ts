import { AppException } from '@xieshang/platform-errors';
import { fromKeycloakError, keycloakStatus } from './keycloak-error.rules.js';

const networkError = (status: number) => Object.assign(new Error('User exists with same username'), { response: { status } });

describe("Keycloak's refusals", () => {
  it('reads the status of a failed admin call', () => {
    expect(keycloakStatus(networkError(409))).toBe(409);
    expect(keycloakStatus(new Error('socket hang up'))).toBeUndefined();
  });

  it('turns a 409 on creation into DIRECTORY.USERNAME_TAKEN naming username', () => {
    expect(fromKeycloakError(networkError(409), 'create', 'wang')).toMatchObject({
      code: 'DIRECTORY.USERNAME_TAKEN',
      details: { fields: [{ path: 'username' }] },
    });
  });

  it('reports any other failure as the identity provider being unavailable', () => {
    expect(fromKeycloakError(networkError(409), 'update', 'wang').code).toBe('GATEWAY.SERVICE_UNAVAILABLE');
    expect(fromKeycloakError(networkError(500), 'create', 'wang').code).toBe('GATEWAY.SERVICE_UNAVAILABLE');
    expect(fromKeycloakError(new TypeError('fetch failed'), 'create', 'wang').message).toContain('fetch failed');
  });

  it('passes the directory’s own refusals through', () => {
    const own = new AppException('DIRECTORY.IDENTITY_ACCOUNT_MISSING', 'no user');
    expect(fromKeycloakError(own, 'update', 'wang')).toBe(own);
  });
});
