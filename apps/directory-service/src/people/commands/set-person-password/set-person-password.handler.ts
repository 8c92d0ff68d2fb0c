import { Injectable } from '@nestjs/common';
import { setPersonPasswordSchema, type PersonView } from '@xieshang/contracts';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { IdentityAdmin } from '../../../identity-admin/identity-admin.port.js';
import { hashPassword } from '../../password.rules.js';
import { auditPerson } from '../../person.audit.js';
import { PersonEntity, toPersonView } from '../../person.entity.js';
import { findPerson } from '../../person.lookup.js';
import { assertPasswordLength } from '../../person.rules.js';
import type { z } from 'zod';

/**
 * Sets a new password for a person. With Keycloak holding passwords the directory's own hash is
 * cleared, since it would be stale; the audit record says that it changed, never what to.
 */
@Injectable()
export class SetPersonPasswordHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly identityAdmin: IdentityAdmin,
  ) {}

  async execute({ id, password }: z.infer<typeof setPersonPasswordSchema>): Promise<PersonView> {
    assertPasswordLength(password);
    const passwordHash = this.identityAdmin.holdsPasswords ? null : await hashPassword(password);
    return this.database.write(async (manager) => {
      const person = await findPerson(manager, id, { forUpdate: true });
      const before = toPersonView(person);
      await manager.update(PersonEntity, { id }, { passwordHash });
      await this.identityAdmin.setPassword({ subject: person.idpSubject, username: person.username }, password);
      const after = toPersonView(await findPerson(manager, id));
      await auditPerson(manager, 'password-changed', before, after);
      return after;
    });
  }
}
