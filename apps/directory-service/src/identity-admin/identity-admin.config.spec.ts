import { keycloakAdminConfigSchema, keycloakAdminSettings } from './identity-admin.config.js';

const parse = (env: Record<string, string>) => keycloakAdminConfigSchema.parse(env);

describe('choosing the identity provider to administer', () => {
  it('uses the embedded provider when no Keycloak variable is set', () => {
    expect(keycloakAdminSettings(parse({}))).toBeNull();
  });

  it('uses Keycloak, realm xieshang by default, when the URL and client are set', () => {
    const settings = keycloakAdminSettings(
      parse({ KEYCLOAK_ADMIN_URL: 'http://keycloak:8080', KEYCLOAK_ADMIN_CLIENT_ID: 'directory-admin', KEYCLOAK_ADMIN_CLIENT_SECRET: 's3cret' }),
    );
    expect(settings).toEqual({ baseUrl: 'http://keycloak:8080', realm: 'xieshang', clientId: 'directory-admin', clientSecret: 's3cret' });
  });

  it('refuses a half configuration, naming what is missing', () => {
    expect(() => keycloakAdminSettings(parse({ KEYCLOAK_ADMIN_URL: 'http://keycloak:8080' }))).toThrow(
      /KEYCLOAK_ADMIN_CLIENT_ID, KEYCLOAK_ADMIN_CLIENT_SECRET/,
    );
  });
});
