import { Injectable } from '@nestjs/common';
import { orgUnitIdSchema, type OrgUnitView } from '@xieshang/contracts';
import { parseInput } from '@xieshang/platform-errors';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { changeOrgUnitState } from '../change-org-unit-state.js';

/** Brings a retired org unit back into use. */
@Injectable()
export class ReactivateOrgUnitHandler {
  constructor(private readonly database: TenantDatabase) {}

  execute(input: unknown): Promise<OrgUnitView> {
    const { id } = parseInput(orgUnitIdSchema, input);
    return this.database.run((manager) => changeOrgUnitState(manager, id, true));
  }
}
