import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { personIdSchema, type PersonView } from '@xieshang/contracts';
import { parseInput } from '@xieshang/platform-errors';
import { inCurrentTenant } from '@xieshang/platform-persistence';
import { IdentityAdmin } from '../../../identity-admin/identity-admin.port.js';
import { changePersonEnabled } from '../change-person-enabled.js';

/** Lets a disabled person sign in again. */
@Injectable()
export class EnablePersonHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly identityAdmin: IdentityAdmin,
  ) {}

  execute(input: unknown): Promise<PersonView> {
    const { id } = parseInput(personIdSchema, input);
    return inCurrentTenant(this.dataSource, (manager) => changePersonEnabled(manager, this.identityAdmin, id, true));
  }
}
