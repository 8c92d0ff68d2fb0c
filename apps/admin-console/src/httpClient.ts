import type Keycloak from 'keycloak-js';
import { fetchUtils, type TranslateFunction } from 'react-admin';
import { getKeycloakHeaders } from 'ra-keycloak';
import { toReadableError } from './errors/readable-error.js';

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

/** ra-keycloak's bearer header, a refreshed token, and errors in the user's language. */
export const createHttpClient =
  (keycloak: Keycloak, translate: TranslateFunction): HttpClient =>
  async (url, options = {}) => {
    const token = await freshToken(keycloak);
    const headers = getKeycloakHeaders(token ?? null, options);
    try {
      return await fetchUtils.fetchJson(url, { ...options, headers });
    } catch (error) {
      throw toReadableError(error, translate);
    }
  };
