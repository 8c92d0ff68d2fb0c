import { Module } from '@nestjs/common';
import { ConfigError } from '@xieshang/platform-config';
import { APP_CONFIG } from '@xieshang/platform-runtime';
import { EmbeddedIdentityAdmin } from './embedded-identity-admin.js';
import { keycloakAdminSettings, type KeycloakAdminConfig } from './identity-admin.config.js';
import { IdentityAdmin } from './identity-admin.port.js';
import { KeycloakIdentityAdmin } from './keycloak-identity-admin.js';

const chooseIdentityAdmin = (config: KeycloakAdminConfig): IdentityAdmin => {
  try {
    const settings = keycloakAdminSettings(config);
    return settings ? new KeycloakIdentityAdmin(settings) : new EmbeddedIdentityAdmin();
  } catch (error) {
    throw new ConfigError(`Invalid configuration: ${(error as Error).message}`);
  }
};

/** Keycloak when the KEYCLOAK_ADMIN_* variables are set, otherwise the embedded provider. */
@Module({
  providers: [{ provide: IdentityAdmin, inject: [APP_CONFIG], useFactory: chooseIdentityAdmin }],
  exports: [IdentityAdmin],
})
export class IdentityAdminModule {}
