import KeycloakAdminClient from '@keycloak/keycloak-admin-client';
import { PersonAdminErrorCode } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import type { KeycloakAdminSettings } from './identity-admin.config.js';
import { IdentityAdmin, type AccountLink, type IdentityAccount } from './identity-admin.port.js';
import { fromKeycloakError } from './keycloak-error.rules.js';
import { passwordCredential, roleMappingChanges, toKeycloakUser } from './keycloak-user.rules.js';

/**
 * Keeps Keycloak's users in step with the directory through its admin REST API, as the realm's
 * service-account client. Keycloak holds the passwords; the directory keeps the subject.
 */
export class KeycloakIdentityAdmin extends IdentityAdmin {
  readonly holdsPasswords = true;
  private readonly client: KeycloakAdminClient;

  constructor(private readonly settings: KeycloakAdminSettings) {
    super();
    this.client = new KeycloakAdminClient({ baseUrl: settings.baseUrl, realmName: settings.realm, timeout: 10_000 });
  }

  async createAccount(account: IdentityAccount, password: string): Promise<string> {
    await this.authenticate();
    const { id } = await this.client.users
      .create({ ...toKeycloakUser(account), credentials: [passwordCredential(password)] })
      .catch((error: unknown) => {
        throw fromKeycloakError(error, 'create', account.username);
      });
    try {
      await this.syncRoles(id, account.roles);
    } catch (error) {
      await this.removeAccount(id).catch(() => undefined);
      throw fromKeycloakError(error, 'update', account.username);
    }
    return id;
  }

  async updateAccount(link: AccountLink, account: IdentityAccount): Promise<string> {
    await this.authenticate();
    try {
      const id = await this.resolve(link);
      await this.client.users.update({ id }, toKeycloakUser(account));
      await this.syncRoles(id, account.roles);
      return id;
    } catch (error) {
      throw fromKeycloakError(error, 'update', account.username);
    }
  }

  async setPassword(link: AccountLink, password: string): Promise<void> {
    await this.authenticate();
    try {
      const id = await this.resolve(link);
      await this.client.users.resetPassword({ id, credential: passwordCredential(password) });
    } catch (error) {
      throw fromKeycloakError(error, 'update', link.username);
    }
  }

  async removeAccount(subject: string): Promise<void> {
    await this.authenticate();
    await this.client.users.del({ id: subject });
  }

  /** Client-credentials tokens come without a refresh token, so an expiring one is simply fetched again. */
  private async authenticate(): Promise<void> {
    if (this.client.accessToken && !this.client.isTokenExpired()) return;
    await this.client
      .auth({ grantType: 'client_credentials', clientId: this.settings.clientId, clientSecret: this.settings.clientSecret })
      .catch((error: unknown) => {
        throw fromKeycloakError(error, 'update', this.settings.clientId);
      });
  }

  /** People created before Keycloak was configured have no subject yet; they are found by username. */
  private async resolve(link: AccountLink): Promise<string> {
    if (link.subject) return link.subject;
    const found = await this.client.users.find({ username: link.username, exact: true });
    const match = found.find((user) => user.username === link.username);
    if (!match?.id) {
      throw new AppException(PersonAdminErrorCode.IdentityAccountMissing, `Keycloak has no user ${link.username}`, { username: link.username });
    }
    return match.id;
  }

  private async syncRoles(id: string, wanted: IdentityAccount['roles']): Promise<void> {
    const held = await this.client.users.listRealmRoleMappings({ id });
    const { add, remove } = roleMappingChanges(
      held.map((role) => role.name),
      wanted,
    );
    if (remove.length > 0) {
      const roles = held.filter((role) => role.name && (remove as string[]).includes(role.name));
      await this.client.users.delRealmRoleMappings({ id, roles: roles.map((role) => ({ id: role.id as string, name: role.name as string })) });
    }
    if (add.length > 0) {
      const roles = await Promise.all(add.map((name) => this.realmRole(name)));
      await this.client.users.addRealmRoleMappings({ id, roles });
    }
  }

  private async realmRole(name: string): Promise<{ id: string; name: string }> {
    const role = await this.client.roles.findOneByName({ name });
    if (!role?.id) throw new Error(`The realm ${this.settings.realm} has no role ${name}`);
    return { id: role.id, name };
  }
}
