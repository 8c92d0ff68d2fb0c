import { Injectable } from '@nestjs/common';
import { orgUnitIdSchema, type OrgUnitView } from '@xieshang/contracts';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { changeOrgUnitState } from '../change-org-unit-state.js';
import type { z } from 'zod';

/** Brings a retired org unit back into use. */
@Injectable()
export class ReactivateOrgUnitHandler {
  constructor(private readonly database: TenantDatabase) {}

  execute({ id }: z.infer<typeof orgUnitIdSchema>): Promise<OrgUnitView> {
    return this.database.write((manager) => changeOrgUnitState(manager, id, true));
  }
}
