import type { VerifiedIdentity } from '@xieshang/contracts';
import Provider, { errors, type KoaContextWithOIDC, type ResourceServerInfo } from 'oidc-provider';
import type { VerifyCredential } from '../identity/credential-verifier.js';
import type { IdentityRegistry } from '../identity/identity.registry.js';
import { API_RESOURCE, API_SCOPE, OIDC_SCOPES } from './realm.js';
import { profileClaims } from './token-claims.rules.js';

export interface PasswordGrantDeps {
  verifyCredential: VerifyCredential;
  identities: IdentityRegistry;
  resourceServerInfo: ResourceServerInfo;
  onUnavailable: (error: unknown) => void;
}

/** Keycloak answers a wrong password on the direct grant with 401 `invalid_grant`. */
const invalidUserCredentials = () => {
  const error = new errors.CustomOIDCProviderError('invalid_grant', 'Invalid user credentials');
  error.status = 401;
  error.statusCode = 401;
  return error;
};

const grantedScope = (requested: string | undefined): string => {
  const asked = new Set((requested ?? 'openid').split(' ').filter(Boolean));
  return OIDC_SCOPES.filter((scope) => asked.has(scope) || scope === 'openid').join(' ');
};

/**
 * Keycloak's "direct access grants": `grant_type=password` with username and password, for
 * the command line and tests. The password is checked by the directory, never here.
 */
export const registerPasswordGrant = (provider: Provider, deps: PasswordGrantDeps): void => {
  const handler = async (ctx: KoaContextWithOIDC): Promise<void> => {
    const client = ctx.oidc.client;
    const username = ctx.oidc.params?.['username'];
    const password = ctx.oidc.params?.['password'];
    if (!client) throw new errors.InvalidRequest('client is required');
    if (!username || !password) throw new errors.InvalidRequest('username and password are required');

    let identity: VerifiedIdentity | null;
    try {
      identity = await deps.verifyCredential({ username, password });
    } catch (error) {
      deps.onUnavailable(error);
      const unavailable = new errors.TemporarilyUnavailable('the directory could not verify the credential');
      unavailable.status = 503;
      unavailable.statusCode = 503;
      throw unavailable;
    }
    if (!identity) throw invalidUserCredentials();
    deps.identities.remember(identity);

    const scope = grantedScope(ctx.oidc.params?.['scope']);
    const grant = new provider.Grant({ clientId: client.clientId, accountId: identity.subject });
    grant.addOIDCScope(scope);
    grant.addResourceScope(API_RESOURCE, API_SCOPE);
    const grantId = await grant.save();

    const accessToken = new provider.AccessToken({
      accountId: identity.subject,
      client,
      grantId,
      gty: 'password',
      scope: API_SCOPE,
      resourceServer: new provider.ResourceServer(API_RESOURCE, deps.resourceServerInfo),
    });
    const idToken = new provider.IdToken(profileClaims(identity), { ctx });
    idToken.scope = scope;

    ctx.body = {
      access_token: await accessToken.save(),
      expires_in: accessToken.expiration,
      token_type: 'Bearer',
      id_token: await idToken.issue({ use: 'idtoken' }),
      scope,
    };
  };
  provider.registerGrantType('password', handler, ['username', 'password', 'scope']);
};
