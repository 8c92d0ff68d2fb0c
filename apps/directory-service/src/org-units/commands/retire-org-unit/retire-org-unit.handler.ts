import { Injectable } from '@nestjs/common';
import { orgUnitIdSchema, type OrgUnitView } from '@xieshang/contracts';
import { parseInput } from '@xieshang/platform-errors';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { changeOrgUnitState } from '../change-org-unit-state.js';

/** Takes an org unit out of use: it stays in lists (active=false) and on old records, and receives no new people. */
@Injectable()
export class RetireOrgUnitHandler {
  constructor(private readonly database: TenantDatabase) {}

  execute(input: unknown): Promise<OrgUnitView> {
    const { id } = parseInput(orgUnitIdSchema, input);
    return this.database.run((manager) => changeOrgUnitState(manager, id, false));
  }
}
