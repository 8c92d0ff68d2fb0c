import { IdentityAdmin, type AccountLink } from './identity-admin.port.js';

/**
 * The embedded dev-idp signs people in against the directory's own password hashes and takes
 * tenant and roles from the directory, so there is nothing else to keep in step.
 */
export class EmbeddedIdentityAdmin extends IdentityAdmin {
  readonly holdsPasswords = false;

  createAccount(): Promise<string | null> {
    return Promise.resolve(null);
  }

  updateAccount(link: AccountLink): Promise<string | null> {
    return Promise.resolve(link.subject);
  }

  setPassword(): Promise<void> {
    return Promise.resolve();
  }

  removeAccount(): Promise<void> {
    return Promise.resolve();
  }
}
