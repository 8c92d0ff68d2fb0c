import { Injectable } from '@nestjs/common';
import { personIdSchema, type PersonView } from '@xieshang/contracts';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { IdentityAdmin } from '../../../identity-admin/identity-admin.port.js';
import { changePersonEnabled } from '../change-person-enabled.js';
import type { z } from 'zod';

/** Lets a disabled person sign in again. */
@Injectable()
export class EnablePersonHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly identityAdmin: IdentityAdmin,
  ) {}

  execute({ id }: z.infer<typeof personIdSchema>): Promise<PersonView> {
    return this.database.write((manager) => changePersonEnabled(manager, this.identityAdmin, id, true));
  }
}
