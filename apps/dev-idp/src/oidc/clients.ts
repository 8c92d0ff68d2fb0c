import type { DevIdpConfig } from '../config/config.schema.js';

export const ConsoleClientId = 'xieshang-console';
export const CliClientId = 'xieshang-cli';
export const ServiceClientId = 'xieshang-service';

/** Every client is ours, so consent is never asked (Keycloak's "Consent required: off"). */
export const FIRST_PARTY_CLIENTS: ReadonlySet<string> = new Set([ConsoleClientId, CliClientId, ServiceClientId]);

/** The three clients of `deploy/keycloak/realm-xieshang.json`, as oidc-provider client metadata. */
export const clientMetadata = (config: Pick<DevIdpConfig, 'DEV_IDP_CONSOLE_ORIGINS' | 'DEV_IDP_SERVICE_CLIENT_SECRET'>) => {
  const consolePages = config.DEV_IDP_CONSOLE_ORIGINS.map((origin) => `${origin}/`);
  return [
    {
      client_id: ConsoleClientId,
      client_name: 'xieshang admin console',
      application_type: 'web',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      // Listed for discovery and sanity; any page under these origins is accepted (console-redirect.rules.ts).
      redirect_uris: consolePages,
      post_logout_redirect_uris: consolePages,
    },
    {
      client_id: CliClientId,
      client_name: 'xieshang command line and tests',
      token_endpoint_auth_method: 'none',
      grant_types: ['password'],
      response_types: [],
      redirect_uris: [],
    },
    {
      client_id: ServiceClientId,
      client_name: 'xieshang services',
      client_secret: config.DEV_IDP_SERVICE_CLIENT_SECRET,
      token_endpoint_auth_method: 'client_secret_basic',
      grant_types: ['client_credentials'],
      response_types: [],
      redirect_uris: [],
    },
  ];
};
