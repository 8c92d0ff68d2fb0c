import { randomBytes } from 'node:crypto';
import Provider, { errors, type ClientModel, type KoaContextWithOIDC, type ResourceServerInfo, type TokenModel } from 'oidc-provider';
import type { Logger } from '@xieshang/platform-observability';
import type { DevIdpConfig } from '../config/config.schema.js';
import type { VerifyCredential } from '../identity/credential-verifier.js';
import type { IdentityRegistry } from '../identity/identity.registry.js';
import type { SigningKey } from '../keys/signing-key.store.js';
import { clientMetadata, ConsoleClientId, FIRST_PARTY_CLIENTS } from './clients.js';
import { firstPartyGrant } from './first-party.grant.js';
import { createMemoryAdapterClass } from './memory.adapter.js';
import { isUnderOrigins } from './console-redirect.rules.js';
import { registerPasswordGrant } from './password.grant.js';
import { logoutSource, postLogoutSuccessSource, renderError } from './provider.pages.js';
import { API_RESOURCE, API_SCOPE, KEYCLOAK_ROUTES, loginActionPath, OIDC_SCOPES, TOKEN_TTL_SECONDS } from './realm.js';
import { shapeRefreshTokenValue } from './refresh-token.shape.js';
import { accessTokenClaims, profileClaims } from './token-claims.rules.js';

export interface ProviderDeps {
  config: DevIdpConfig;
  issuer: string;
  signingKey: SigningKey;
  identities: IdentityRegistry;
  verifyCredential: VerifyCredential;
  logger: Logger;
}

const PROFILE_CLAIMS = ['sub', 'preferred_username', 'name', 'realm_access', 'tenant', 'org_unit'];

export const createProvider = ({ config, issuer, signingKey, identities, verifyCredential, logger }: ProviderDeps): Provider => {
  const origins = config.DEV_IDP_CONSOLE_ORIGINS;
  const resourceServerInfo: ResourceServerInfo = {
    scope: API_SCOPE,
    audience: config.OIDC_AUDIENCE,
    accessTokenTTL: TOKEN_TTL_SECONDS.AccessToken,
    accessTokenFormat: 'jwt',
    jwt: { sign: { alg: 'RS256', kid: signingKey.kid } },
  };

  const provider = new Provider(issuer, {
    adapter: createMemoryAdapterClass(),
    clients: clientMetadata(config),
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    routes: KEYCLOAK_ROUTES,
    scopes: [...OIDC_SCOPES],
    // Profile claims ride on `openid` because Keycloak puts them in every ID token by default.
    claims: { openid: PROFILE_CLAIMS, profile: ['preferred_username', 'name'] },
    conformIdTokenClaims: false,
    responseTypes: ['code'],
    ttl: TOKEN_TTL_SECONDS,
    interactions: { url: (_ctx: KoaContextWithOIDC, interaction: { uid: string }) => loginActionPath(interaction.uid) },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      introspection: { enabled: true },
      revocation: { enabled: true },
      userinfo: { enabled: true },
      rpInitiatedLogout: { enabled: true, logoutSource, postLogoutSuccessSource },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => API_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx: KoaContextWithOIDC, resource: string) => {
          if (resource !== API_RESOURCE) throw new errors.InvalidRequest(`unknown resource ${resource}`);
          return resourceServerInfo;
        },
      },
    },
    findAccount: (_ctx: KoaContextWithOIDC, subject: string) => {
      const identity = identities.find(subject);
      return identity ? { accountId: subject, claims: () => profileClaims(identity) } : undefined;
    },
    extraTokenClaims: (_ctx: KoaContextWithOIDC, token: TokenModel) => {
      const identity = token.accountId ? identities.find(token.accountId) : undefined;
      if (token.accountId && !identity) return { azp: token.clientId, typ: 'Bearer' };
      return accessTokenClaims(identity, token.clientId);
    },
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const { client, session, result } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const grantId = result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      if (grantId) return provider.Grant.find(grantId);
      if (!FIRST_PARTY_CLIENTS.has(client.clientId)) return undefined;
      const grant = firstPartyGrant(provider, client.clientId, session.accountId);
      await grant.save();
      return grant;
    },
    issueRefreshToken: (_ctx: KoaContextWithOIDC, client: ClientModel) => client.grantTypeAllowed('refresh_token'),
    clientBasedCORS: (_ctx: KoaContextWithOIDC, origin: string) => origins.includes(origin),
    renderError,
  });

  const consoleCheck = (uri: string, allowed: (uri: string) => boolean) => isUnderOrigins(uri, origins) || allowed(uri);
  const { redirectUriAllowed, postLogoutRedirectUriAllowed } = provider.Client.prototype;
  provider.Client.prototype.redirectUriAllowed = function (this: ClientModel, uri: string) {
    return this.clientId === ConsoleClientId
      ? consoleCheck(uri, (value) => redirectUriAllowed.call(this, value))
      : redirectUriAllowed.call(this, uri);
  };
  provider.Client.prototype.postLogoutRedirectUriAllowed = function (this: ClientModel, uri: string) {
    return this.clientId === ConsoleClientId
      ? consoleCheck(uri, (value) => postLogoutRedirectUriAllowed.call(this, value))
      : postLogoutRedirectUriAllowed.call(this, uri);
  };
  provider.RefreshToken.prototype.generateTokenId = function (this: TokenModel) {
    return shapeRefreshTokenValue({
      issuer,
      clientId: this.clientId,
      accountId: this.accountId,
      expiresAt: Math.floor(Date.now() / 1000) + this.expiration,
    });
  };

  registerPasswordGrant(provider, {
    verifyCredential,
    identities,
    resourceServerInfo,
    onUnavailable: (error) => logger.error({ err: error }, 'credential check failed'),
  });
  provider.on('server_error', (_ctx, error) => logger.error({ err: error }, 'oidc-provider server error'));
  return provider;
};
