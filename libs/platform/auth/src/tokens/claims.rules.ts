import { CommonErrorCode, isRole, isTenantCode, type Role } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import type { AuthenticatedUser } from './authenticated-user.js';

/** A token's payload, as jose hands it over after the signature, issuer and audience checks. */
export type TokenClaims = Record<string, unknown>;

const refuse = (reason: string): AppException => new AppException(CommonErrorCode.Unauthenticated, reason);

const text = (claims: TokenClaims, name: string): string | undefined => {
  const value = claims[name];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
};

/** `realm_access.roles`, Keycloak's place for realm roles, keeping only roles we know. */
export const realmRoles = (claims: TokenClaims): Role[] => {
  const access = claims['realm_access'];
  const roles = typeof access === 'object' && access !== null ? (access as { roles?: unknown }).roles : undefined;
  if (!Array.isArray(roles)) return [];
  return [...new Set(roles.filter((role): role is Role => typeof role === 'string' && isRole(role)))];
};

/** Maps verified Keycloak-style claims to our user; refuses a token that lacks what we rely on. */
export const toAuthenticatedUser = (claims: TokenClaims): AuthenticatedUser => {
  const subject = text(claims, 'sub');
  if (!subject) throw refuse('The token has no subject');
  const exp = claims['exp'];
  if (typeof exp !== 'number') throw refuse('The token has no expiry');
  const tenant = claims['tenant'];
  if (tenant !== undefined && tenant !== null && !isTenantCode(tenant)) throw refuse('The token carries a malformed tenant code');

  const username = text(claims, 'preferred_username') ?? subject;
  return {
    subject,
    username,
    displayName: text(claims, 'name') ?? username,
    tenantId: isTenantCode(tenant) ? tenant : null,
    roles: realmRoles(claims),
    orgUnitId: text(claims, 'org_unit') ?? null,
    expiresAt: new Date(exp * 1000),
  };
};
