import { Injectable } from '@nestjs/common';
import { orgUnitIdSchema, type OrgUnitView } from '@xieshang/contracts';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { changeOrgUnitState } from '../change-org-unit-state.js';
import type { z } from 'zod';

/** Takes an org unit out of use: it stays in lists (active=false) and on old records, and receives no new people. */
@Injectable()
export class RetireOrgUnitHandler {
  constructor(private readonly database: TenantDatabase) {}

  execute({ id }: z.infer<typeof orgUnitIdSchema>): Promise<OrgUnitView> {
    return this.database.write((manager) => changeOrgUnitState(manager, id, false));
  }
}
