import type Keycloak from 'keycloak-js';
import { fetchUtils, HttpError, type TranslateFunction } from 'react-admin';
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

/** The bearer of a fresh token and, for a city user's district records, the picked district. */
const callHeaders = async (keycloak: Keycloak, url: string, options: fetchUtils.Options): Promise<Headers> => {
  const token = await freshToken(keycloak);
  const headers = getKeycloakHeaders(token ?? null, options);
  const district = tenantHeaderValue({
    apiUrl: consoleConfig.apiUrl,
    url,
    roles: tokenRoles(keycloak),
    district: pickedDistrict(keycloak),
  });
  if (district) headers.set(TENANT_HEADER, district);
  return headers;
};

/**
 * ra-keycloak's bearer header, a refreshed token, the district a city user picked, and errors
 * in the user's language.
 */
export const createHttpClient =
  (keycloak: Keycloak, translate: TranslateFunction): HttpClient =>
  async (url, options = {}) => {
    const headers = await callHeaders(keycloak, url, options);
    try {
      return await fetchUtils.fetchJson(url, { ...options, headers });
    } catch (error) {
      throw toReadableError(error, translate);
    }
  };

export type FileClient = (url: string) => Promise<Response>;

/** Downloads (documents, not JSON) with the same headers; a refusal becomes a readable error. */
export const createFileClient =
  (keycloak: Keycloak, translate: TranslateFunction): FileClient =>
  async (url) => {
    const response = await fetch(url, { headers: await callHeaders(keycloak, url, {}) });
    if (response.ok) return response;
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Not a problem+json body; the generic message applies.
    }
    throw toReadableError(new HttpError(response.statusText, response.status, body), translate);
  };
