import type { AuthenticatedUser } from '../tokens/authenticated-user.js';

/** Who must be refused although their token is still valid (a person disabled since it was issued). */
export interface TokenRevocations {
  isRevoked(user: AuthenticatedUser): boolean;
}

/** Nest provider token of the `TokenRevocations`; without a provider no token is revoked early. */
export const TOKEN_REVOCATIONS = Symbol('TOKEN_REVOCATIONS');
