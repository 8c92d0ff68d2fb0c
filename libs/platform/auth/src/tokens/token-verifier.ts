import { CommonErrorCode } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { createRemoteJWKSet, customFetch, errors, jwtVerify, type FetchImplementation } from 'jose';
import type { AuthenticatedUser } from './authenticated-user.js';
import { toAuthenticatedUser } from './claims.rules.js';
import { VerifiedTokenCache } from './verified-token.cache.js';

export interface TokenVerifierOptions {
  /** `https://keycloak.example/realms/xieshang`, or dev-idp's `http://localhost:8080/realms/xieshang`. */
  issuer: string;
  audience: string;
  /** Defaults to Keycloak's `${issuer}/protocol/openid-connect/certs`. */
  jwksUri?: string;
  clockToleranceSeconds?: number;
  /** Least time between two JWKS fetches caused by an unknown `kid` (jose's cooldown). */
  jwksCooldownMs?: number;
  /** How long a fetched JWKS is trusted before it is fetched again. */
  jwksMaxAgeMs?: number;
  /** The fetch used for the JWKS; tests pass one that counts. */
  fetch?: FetchImplementation;
  /** Most verified tokens remembered until their expiry (0 turns the memory off). */
  verifiedTokenCacheSize?: number;
}

export interface TokenVerifier {
  /** Verifies an access token; anything wrong with it is `AUTH.UNAUTHENTICATED`. */
  verify(token: string): Promise<AuthenticatedUser>;
}

const reasonFor = (error: unknown): string => {
  if (error instanceof AppException) return error.message;
  if (error instanceof errors.JWTExpired) return 'The token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `The token's ${error.claim} claim is not acceptable`;
  if (error instanceof errors.JWKSNoMatchingKey) return 'The token was signed by an unknown key';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'The token is not signed with RS256';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'The token signature is invalid';
  if (error instanceof errors.JWKSTimeout || error instanceof TypeError) return 'The signing keys could not be fetched';
  if (error instanceof errors.JOSEError) return 'The token is malformed';
  return 'The token could not be verified';
};

/**
 * Checks access tokens against the issuer's published keys: RS256 only, issuer and audience
 * required. The key set is cached and fetched again when a token names a `kid` it lacks, so a
 * rotated key is picked up without a restart. A token verified once is remembered until it
 * expires, so the signature check runs once per token rather than once per request.
 */
export const createTokenVerifier = (options: TokenVerifierOptions): TokenVerifier => {
  const jwksUri = new URL(options.jwksUri ?? `${options.issuer}/protocol/openid-connect/certs`);
  const keys = createRemoteJWKSet(jwksUri, {
    cooldownDuration: options.jwksCooldownMs ?? 30_000,
    cacheMaxAge: options.jwksMaxAgeMs ?? 10 * 60_000,
    timeoutDuration: 5_000,
    ...(options.fetch ? { [customFetch]: options.fetch } : {}),
  });
  const clockTolerance = options.clockToleranceSeconds ?? 30;
  const cacheSize = options.verifiedTokenCacheSize ?? 10_000;
  const verified = cacheSize > 0 ? new VerifiedTokenCache({ maxEntries: cacheSize }) : null;

  return {
    async verify(token) {
      const known = verified?.find(token);
      if (known) return known;
      try {
        const { payload } = await jwtVerify(token, keys, {
          algorithms: ['RS256'],
          issuer: options.issuer,
          audience: options.audience,
          clockTolerance,
          requiredClaims: ['sub', 'exp'],
        });
        const user = toAuthenticatedUser(payload);
        return verified ? verified.remember(token, user) : user;
      } catch (error) {
        throw new AppException(CommonErrorCode.Unauthenticated, reasonFor(error));
      }
    },
  };
};
