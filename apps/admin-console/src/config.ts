/**
 * Build-time settings. The same build runs against dev-idp or a real Keycloak: only these change.
 */
export const consoleConfig = {
  oidc: {
    url: import.meta.env.VITE_OIDC_URL ?? 'http://localhost:8080',
    realm: import.meta.env.VITE_OIDC_REALM ?? 'xieshang',
    clientId: import.meta.env.VITE_OIDC_CLIENT_ID ?? 'xieshang-console',
  },
  /** Same origin: the dev server and any production proxy route `/api` to the gateway. */
  apiUrl: import.meta.env.VITE_API_URL ?? '/api/v1',
} as const;
