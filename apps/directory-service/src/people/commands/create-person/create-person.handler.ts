import { Injectable } from '@nestjs/common';
import { createPersonSchema, type PersonView } from '@xieshang/contracts';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { IdentityAdmin } from '../../../identity-admin/identity-admin.port.js';
import { linkSubject } from '../../identity-account.sync.js';
import { hashPassword } from '../../password.rules.js';
import { auditPerson } from '../../person.audit.js';
import { PersonEntity, toPersonView } from '../../person.entity.js';
import { findPerson, findTargetOrgUnit } from '../../person.lookup.js';
import { assertPasswordLength, assertReceivesPeople, grantableRoles, personWriteError, toIdentityAccount } from '../../person.rules.js';
import type { z } from 'zod';
import { assertRolesFitOrgUnit } from '../../role-placement.rules.js';

/**
 * Adds a person to an active org unit of the caller's tenant. The identity provider's account is
 * created after the row and before commit: if it refuses, nothing is stored; if the commit fails
 * after the account was made, the account is removed again.
 */
@Injectable()
export class CreatePersonHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly identityAdmin: IdentityAdmin,
  ) {}

  async execute(command: z.infer<typeof createPersonSchema>): Promise<PersonView> {
    const roles = grantableRoles(command.roles);
    assertPasswordLength(command.password);
    const passwordHash = this.identityAdmin.holdsPasswords ? null : await hashPassword(command.password);
    const created: { subject: string | null } = { subject: null };
    try {
      return await this.database.write(async (manager) => {
        const unit = await findTargetOrgUnit(manager, command.orgUnitId);
        assertReceivesPeople(unit, null, command.orgUnitId);
        if (unit) assertRolesFitOrgUnit(roles, unit.kind);
        const { username, displayName, orgUnitId } = command;
        const row = manager.create(PersonEntity, { username, displayName, orgUnitId, roles, passwordHash, enabled: true, idpSubject: null });
        const saved = await manager.save(row).catch((error: unknown) => {
          throw personWriteError(error, command.username);
        });
        created.subject = await this.identityAdmin.createAccount(toIdentityAccount(saved), command.password);
        if (created.subject) await linkSubject(manager, saved.id, created.subject);
        const view = toPersonView(await findPerson(manager, saved.id));
        await auditPerson(manager, 'created', null, view);
        return view;
      });
    } catch (error) {
      if (created.subject) await this.identityAdmin.removeAccount(created.subject).catch(() => undefined);
      throw error;
    }
  }
}
