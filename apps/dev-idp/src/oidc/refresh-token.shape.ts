import { randomBytes } from 'node:crypto';

const encodeSegment = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');

export interface RefreshTokenShapeInput {
  issuer: string;
  clientId: string | undefined;
  accountId: string | undefined;
  expiresAt: number;
}

/**
 * The value of a refresh token, shaped like Keycloak's (three base64url segments, the middle one
 * a JSON payload) because keycloak-js decodes it. Only the random part carries any secret; the
 * value is looked up as it is, never verified as a signature. The first segment is not a JOSE
 * header, so the revocation endpoint still accepts these tokens.
 */
export const shapeRefreshTokenValue = ({ issuer, clientId, accountId, expiresAt }: RefreshTokenShapeInput): string => {
  const jti = randomBytes(16).toString('base64url');
  const payload = {
    typ: 'Refresh',
    jti,
    iss: issuer,
    aud: issuer,
    iat: Math.floor(Date.now() / 1000),
    exp: expiresAt,
    ...(clientId ? { azp: clientId } : {}),
    ...(accountId ? { sub: accountId } : {}),
  };
  return `rt.${encodeSegment(payload)}.${randomBytes(32).toString('base64url')}`;
};
