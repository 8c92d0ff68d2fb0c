import { Injectable } from '@nestjs/common';
import { personIdSchema, type PersonView } from '@xieshang/contracts';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { toPersonView } from '../../person.entity.js';
import { findPerson } from '../../person.lookup.js';
import type { z } from 'zod';

/** One person of the caller's tenant; another tenant's id is not found, never forbidden. */
@Injectable()
export class GetPersonHandler {
  constructor(private readonly database: TenantDatabase) {}

  execute({ id }: z.infer<typeof personIdSchema>): Promise<PersonView> {
    return this.database.run(async (manager) => toPersonView(await findPerson(manager, id)));
  }
}
