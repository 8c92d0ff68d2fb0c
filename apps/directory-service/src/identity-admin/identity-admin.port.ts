import type { Role } from '@xieshang/contracts';

/** What the identity provider keeps of a person: enough to sign them in and put their tenant and roles in tokens. */
export interface IdentityAccount {
  username: string;
  displayName: string;
  tenant: string;
  orgUnitId: string | null;
  roles: readonly Role[];
  enabled: boolean;
}

/** How the directory finds a person's account: the provider's id when known, else the username. */
export interface AccountLink {
  subject: string | null;
  username: string;
}

/**
 * The identity provider as the directory administers it. Calls run inside the directory's tenant
 * transaction, after the row is written and before commit, so a refusal rolls the change back.
 */
export abstract class IdentityAdmin {
  /** Whether the provider holds passwords itself; then the directory stores no hash. */
  abstract readonly holdsPasswords: boolean;

  /** Creates the account and answers the provider's subject for it (null when the directory is the provider). */
  abstract createAccount(account: IdentityAccount, password: string): Promise<string | null>;

  /** Brings the account in line with the person (name, attributes, enabled, roles); answers its subject. */
  abstract updateAccount(link: AccountLink, account: IdentityAccount): Promise<string | null>;

  abstract setPassword(link: AccountLink, password: string): Promise<void>;

  /** Undoes a creation whose directory transaction failed afterwards. */
  abstract removeAccount(subject: string): Promise<void>;
}
