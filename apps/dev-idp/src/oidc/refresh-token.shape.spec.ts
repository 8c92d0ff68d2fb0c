import { decodeJwt, decodeProtectedHeader } from 'jose';
import { shapeRefreshTokenValue } from './refresh-token.shape.js';

const input = { issuer: 'http://localhost:8080/realms/xieshang', clientId: 'xieshang-console', accountId: 'p-1', expiresAt: 2_000_000_000 };

describe('refresh token shape', () => {
  it('decodes as a JWT payload the way keycloak-js decodes it', () => {
    expect(decodeJwt(shapeRefreshTokenValue(input))).toMatchObject({
      typ: 'Refresh',
      iss: input.issuer,
      azp: 'xieshang-console',
      sub: 'p-1',
      exp: 2_000_000_000,
    });
  });

  it('has no JOSE header, so the revocation endpoint does not take it for a structured token', () => {
    expect(() => decodeProtectedHeader(shapeRefreshTokenValue(input))).toThrow();
  });

  it('is different every time', () => {
    expect(shapeRefreshTokenValue(input)).not.toBe(shapeRefreshTokenValue(input));
  });
});
