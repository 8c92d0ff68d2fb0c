import { Injectable } from '@nestjs/common';
import { personIdSchema, type PersonView } from '@xieshang/contracts';
import { parseInput } from '@xieshang/platform-errors';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { IdentityAdmin } from '../../../identity-admin/identity-admin.port.js';
import { changePersonEnabled } from '../change-person-enabled.js';

/** Stops a person from signing in; their records stay as they are. */
@Injectable()
export class DisablePersonHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly identityAdmin: IdentityAdmin,
  ) {}

  execute(input: unknown): Promise<PersonView> {
    const { id } = parseInput(personIdSchema, input);
    return this.database.run((manager) => changePersonEnabled(manager, this.identityAdmin, id, false));
  }
}
