import type Keycloak from 'keycloak-js';
import { fetchUtils, type TranslateFunction } from 'react-admin';
import { getKeycloakHeaders } from 'ra-keycloak';
import { pickedDistrict, tokenRoles } from './access/current-user.js';
import { consoleConfig } from './config.js';
import { toReadableError } from './errors/readable-error.js';
import { TENANT_HEADER, tenantHeaderValue } from './tenant-switch/tenant-header.rules.js';

/** Seconds of validity a token must still have before a call; below that it is refreshed first. */
const MIN_TOKEN_VALIDITY_SECONDS = 30;

const freshToken = async (keycloak: Keycloak): Promise<string | undefined> => {
  if (keycloak.authenticated) {
    // A failed refresh leaves the old token; the gateway's 401 then sends the user to sign in.
    await keycloak.updateToken(MIN_TOKEN_VALIDITY_SECONDS).catch(() => false);
  }
  return keycloak.token;
};

export type HttpClient = (url: string, options?: fetchUtils.Options) => ReturnType<typeof fetchUtils.fetchJson>;

/**
 * ra-keycloak's bearer header, a refreshed token, the district a city user picked, and errors
 * in the user's language.
 */
export const createHttpClient =
  (keycloak: Keycloak, translate: TranslateFunction): HttpClient =>
  async (url, options = {}) => {
    const token = await freshToken(keycloak);
    const headers = getKeycloakHeaders(token ?? null, options);
    const district = tenantHeaderValue({
      apiUrl: consoleConfig.apiUrl,
      url,
      roles: tokenRoles(keycloak),
      district: pickedDistrict(keycloak),
    });
    if (district) headers.set(TENANT_HEADER, district);
    try {
      return await fetchUtils.fetchJson(url, { ...options, headers });
    } catch (error) {
      throw toReadableError(error, translate);
    }
  };
