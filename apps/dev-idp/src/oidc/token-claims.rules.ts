import type { VerifiedIdentity } from '@xieshang/contracts';

export type Claims = Record<string, unknown>;

/** The claims a Keycloak realm with our mappers puts in ID tokens and userinfo. */
export const profileClaims = (identity: VerifiedIdentity): Claims => ({
  sub: identity.subject,
  preferred_username: identity.username,
  name: identity.displayName,
  realm_access: { roles: [...identity.roles] },
  tenant: identity.tenant,
  // Keycloak's user-attribute mapper leaves the claim out when the attribute is empty.
  ...(identity.orgUnitId ? { org_unit: identity.orgUnitId } : {}),
});

/**
 * The claims added to a JWT access token. A token without a person (client credentials) is a
 * service account, named and roled as Keycloak names it.
 */
export const accessTokenClaims = (identity: VerifiedIdentity | undefined, clientId: string | undefined): Claims => {
  const { sub: _sub, ...profile } = identity
    ? profileClaims(identity)
    : { sub: undefined, preferred_username: `service-account-${clientId ?? 'unknown'}`, realm_access: { roles: [] } };
  return { ...profile, ...(clientId ? { azp: clientId } : {}), typ: 'Bearer' };
};
