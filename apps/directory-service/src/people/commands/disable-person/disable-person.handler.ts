import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { personIdSchema, type PersonView } from '@xieshang/contracts';
import { parseInput } from '@xieshang/platform-errors';
import { inCurrentTenant } from '@xieshang/platform-persistence';
import { IdentityAdmin } from '../../../identity-admin/identity-admin.port.js';
import { changePersonEnabled } from '../change-person-enabled.js';

/** Stops a person from signing in; their records stay as they are. */
@Injectable()
export class DisablePersonHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly identityAdmin: IdentityAdmin,
  ) {}

  execute(input: unknown): Promise<PersonView> {
    const { id } = parseInput(personIdSchema, input);
    return inCurrentTenant(this.dataSource, (manager) => changePersonEnabled(manager, this.identityAdmin, id, false));
  }
}
