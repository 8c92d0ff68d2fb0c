import { Injectable } from '@nestjs/common';
import { updatePersonSchema, type PersonView } from '@xieshang/contracts';
import { assertCurrentVersion, TenantDatabase } from '@xieshang/platform-persistence';
import { IdentityAdmin } from '../../../identity-admin/identity-admin.port.js';
import { syncIdentityAccount } from '../../identity-account.sync.js';
import { auditPerson } from '../../person.audit.js';
import { PersonEntity, toPersonView } from '../../person.entity.js';
import { findPerson, findTargetOrgUnit } from '../../person.lookup.js';
import { assertReceivesPeople, grantableRoles, isPersonEdited } from '../../person.rules.js';
import type { z } from 'zod';
import { assertRolesFitOrgUnit } from '../../role-placement.rules.js';

/** Changes a person's name, org unit and roles, on the version the editor read; Keycloak follows before commit. */
@Injectable()
export class UpdatePersonHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly identityAdmin: IdentityAdmin,
  ) {}

  execute(command: z.infer<typeof updatePersonSchema>): Promise<PersonView> {
    return this.database.write(async (manager) => {
      const person = await findPerson(manager, command.id, { forUpdate: true });
      assertCurrentVersion('person', person.version, command.version);
      const roles = grantableRoles(command.roles, person.roles);
      const unit = await findTargetOrgUnit(manager, command.orgUnitId);
      assertReceivesPeople(unit, person.orgUnitId, command.orgUnitId);
      if (unit) assertRolesFitOrgUnit(roles, unit.kind);
      const before = toPersonView(person);
      const edit = { displayName: command.displayName, orgUnitId: command.orgUnitId, roles };
      if (!isPersonEdited(person, edit)) return before;
      await manager.update(PersonEntity, { id: person.id }, edit);
      const updated = await findPerson(manager, person.id);
      await syncIdentityAccount(manager, this.identityAdmin, updated);
      const after = toPersonView(updated);
      await auditPerson(manager, 'updated', before, after);
      return after;
    });
  }
}
