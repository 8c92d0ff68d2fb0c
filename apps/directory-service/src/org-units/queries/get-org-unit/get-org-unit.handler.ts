import { Injectable } from '@nestjs/common';
import { orgUnitIdSchema, type OrgUnitView } from '@xieshang/contracts';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { toOrgUnitView } from '../../org-unit.entity.js';
import { findOrgUnit } from '../../org-unit.lookup.js';
import type { z } from 'zod';

/** One org unit of the caller's tenant; another tenant's id is not found, never forbidden. */
@Injectable()
export class GetOrgUnitHandler {
  constructor(private readonly database: TenantDatabase) {}

  execute({ id }: z.infer<typeof orgUnitIdSchema>): Promise<OrgUnitView> {
    return this.database.run(async (manager) => toOrgUnitView(await findOrgUnit(manager, id)));
  }
}
