import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { DirectoryErrorCode, isRole, type VerifiedIdentity, type VerifyCredentialCommand } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { hashPassword, verifyPassword } from '../../password.rules.js';

interface SignInRow {
  id: string;
  tenant_id: string;
  username: string;
  display_name: string;
  org_unit_id: string | null;
  roles: string[];
  password_hash: string | null;
  enabled: boolean;
}

/** A hash to compare against when the username is unknown, so both cases take the same time. */
const decoy = hashPassword('decoy-password-never-matches');

/**
 * Checks a username and password for the embedded identity provider. This is the one read of
 * people across tenants, through `directory.sign_in_lookup`, since the tenant is not known yet.
 */
@Injectable()
export class VerifyCredentialHandler {
  constructor(private readonly database: TenantDatabase) {}

  async execute(command: VerifyCredentialCommand): Promise<VerifiedIdentity> {
    const rows: SignInRow[] = await this.database.acrossTenants('select * from directory.sign_in_lookup($1)', [command.username]);
    const person = rows[0];
    const matches = await verifyPassword(command.password, person ? person.password_hash : await decoy);
    if (!person || !matches) throw new AppException(DirectoryErrorCode.InvalidCredentials, 'Invalid username or password');
    if (!person.enabled) throw new AppException(DirectoryErrorCode.AccountDisabled, 'This account is disabled');
    return {
      subject: person.id,
      username: person.username,
      displayName: person.display_name,
      tenant: person.tenant_id,
      roles: person.roles.filter(isRole),
      orgUnitId: person.org_unit_id,
    };
  }
}
