import { z } from 'zod';

/** Keycloak's admin REST API, reached with a confidential client's service account (client_credentials). */
export const keycloakAdminConfigSchema = z.object({
  KEYCLOAK_ADMIN_URL: z.string().url().optional(),
  KEYCLOAK_ADMIN_REALM: z.string().min(1).default('xieshang'),
  KEYCLOAK_ADMIN_CLIENT_ID: z.string().min(1).optional(),
  KEYCLOAK_ADMIN_CLIENT_SECRET: z.string().min(1).optional(),
});

export type KeycloakAdminConfig = z.infer<typeof keycloakAdminConfigSchema>;

export interface KeycloakAdminSettings {
  baseUrl: string;
  realm: string;
  clientId: string;
  clientSecret: string;
}

const REQUIRED = ['KEYCLOAK_ADMIN_URL', 'KEYCLOAK_ADMIN_CLIENT_ID', 'KEYCLOAK_ADMIN_CLIENT_SECRET'] as const;

/**
 * Keycloak when all three variables are set, the embedded provider when none is; a partial set is
 * a deployment mistake and is refused, naming what is missing, rather than silently ignored.
 */
export const keycloakAdminSettings = (config: KeycloakAdminConfig): KeycloakAdminSettings | null => {
  const missing = REQUIRED.filter((name) => !config[name]);
  if (missing.length === REQUIRED.length) return null;
  if (missing.length > 0) throw new Error(`Keycloak administration is half configured: set ${missing.join(', ')} too, or none of them`);
  return {
    baseUrl: config.KEYCLOAK_ADMIN_URL as string,
    realm: config.KEYCLOAK_ADMIN_REALM,
    clientId: config.KEYCLOAK_ADMIN_CLIENT_ID as string,
    clientSecret: config.KEYCLOAK_ADMIN_CLIENT_SECRET as string,
  };
};
