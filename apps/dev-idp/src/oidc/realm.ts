/** Keycloak's URL layout for our realm: everything dev-idp serves lives under this path. */
export const REALM_PATH = '/realms/xieshang';

const OIDC = '/protocol/openid-connect';

/** oidc-provider routes, relative to the realm path, named as Keycloak names them. */
export const KEYCLOAK_ROUTES = {
  authorization: `${OIDC}/auth`,
  token: `${OIDC}/token`,
  jwks: `${OIDC}/certs`,
  userinfo: `${OIDC}/userinfo`,
  end_session: `${OIDC}/logout`,
  introspection: `${OIDC}/token/introspect`,
  revocation: `${OIDC}/revoke`,
} as const;

export const loginActionPath = (uid: string): string => `${REALM_PATH}/login-actions/${uid}`;

/** The resource indicator of our API; its tokens carry the configured audience (`xieshang-api`). */
export const API_RESOURCE = 'urn:xieshang:api';

/** Scopes our clients may ask for, and what an access token for the API may carry. */
export const OIDC_SCOPES = ['openid', 'profile', 'offline_access'] as const;
export const API_SCOPE = 'openid profile';

export const TOKEN_TTL_SECONDS = {
  AccessToken: 15 * 60,
  ClientCredentials: 15 * 60,
  IdToken: 15 * 60,
  AuthorizationCode: 60,
  Interaction: 60 * 60,
  RefreshToken: 8 * 60 * 60,
  Session: 8 * 60 * 60,
  Grant: 8 * 60 * 60,
} as const;
