import type Provider from 'oidc-provider';
import type { GrantModel } from 'oidc-provider';
import { API_RESOURCE, API_SCOPE, OIDC_SCOPES } from './realm.js';

/** What a first-party client is granted without asking: every scope we know, and the API. */
export const firstPartyGrant = (provider: Provider, clientId: string, accountId: string): GrantModel => {
  const grant = new provider.Grant({ clientId, accountId });
  grant.addOIDCScope(OIDC_SCOPES.join(' '));
  grant.addResourceScope(API_RESOURCE, API_SCOPE);
  return grant;
};
